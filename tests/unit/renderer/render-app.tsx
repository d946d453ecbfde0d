import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../core/i18n';
import { ServicesProvider } from '../../../renderer/src/context';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { initI18n } from '../../../renderer/src/i18n';
import type { Platform } from '../../../renderer/src/platform';
import { offlineLrs } from './offline-lrs';

export const testPlatform: Platform = {
  kind: 'browser',
  getAppInfo: async () => ({ version: '9.9.9', electron: '', chrome: '', platform: 'test', locale: 'fr' }),
  // Tests that save spy on this one (jest.spyOn(testPlatform, 'saveTextFile')).
  saveTextFile: async () => ({ saved: false }),
  // Tests that use the menu or opened files replace these.
  setMenuLanguage: () => undefined,
  onMenuCommand: () => () => undefined,
  takeOpenedFiles: async () => [],
  onFilesOpened: () => () => undefined,
  // Tests that print spy on this one.
  printPage: async () => ({ outcome: 'dialog' }),
  lrs: offlineLrs(),
};

export function freshDatabase(): CareLitDatabase {
  return new CareLitDatabase(`ui-${Math.random()}`);
}

/** Renders a piece of the app with its real i18n and a real (in-memory) database. */
export async function renderWithServices(ui: ReactElement, { db = freshDatabase(), language = 'fr' as Language } = {}) {
  const i18n = await initI18n(language);
  let utils!: RenderResult;
  // Inside act, so the first effects (the footer's version, the first queries) settle before assertions.
  await act(async () => {
    utils = render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db, platform: testPlatform }}>{ui}</ServicesProvider>
      </I18nextProvider>,
    );
  });
  return { ...utils, db, i18n };
}
