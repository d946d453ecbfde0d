import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { CarelitBridge, MenuCommand, OpenedFile } from '../../../core/ipc';
import { App } from '../../../renderer/src/App';
import { ServicesProvider } from '../../../renderer/src/context';
import { createLearner } from '../../../renderer/src/db/learners';
import { initI18n } from '../../../renderer/src/i18n';
import type { Platform } from '../../../renderer/src/platform';
import { electronPlatform } from '../../../renderer/src/platform/electron';
import { takeOpenedSources, useOpenedFiles } from '../../../renderer/src/platform/opened-files';
import { useSession } from '../../../renderer/src/stores/session';
import { freshDatabase, testPlatform } from './render-app';

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  // jsdom has no <dialog> behaviour: enough of it for the export dialog.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

beforeEach(() => {
  sessionStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'profiles' }, notice: null, request: null });
  useOpenedFiles.setState({ files: [] });
});

/** The desktop as the page sees it: a menu that can be clicked, files that can be opened with the app. */
function desktop(opened: OpenedFile[] = []) {
  let menuListener: ((command: MenuCommand) => void) | undefined;
  let filesListener: (() => void) | undefined;
  let waiting = opened;
  const platform: Platform & { setMenuLanguage: jest.Mock; saveTextFile: jest.Mock } = {
    ...testPlatform,
    kind: 'desktop',
    setMenuLanguage: jest.fn(),
    saveTextFile: jest.fn(async () => ({ saved: true as const })),
    onMenuCommand: (listener) => ((menuListener = listener), () => (menuListener = undefined)),
    onFilesOpened: (listener) => ((filesListener = listener), () => (filesListener = undefined)),
    takeOpenedFiles: async () => {
      const taken = waiting;
      waiting = [];
      return taken;
    },
  };
  return {
    platform,
    click: (command: MenuCommand) => act(() => menuListener?.(command)),
    open: (files: OpenedFile[]) =>
      act(() => {
        waiting = files;
        filesListener?.();
      }),
  };
}

async function renderApp(platform: Platform, db = freshDatabase(), language: 'fr' | 'en' = 'en') {
  const i18n = await initI18n(language);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db, platform }}>
          <App />
        </ServicesProvider>
      </I18nextProvider>,
    );
  });
  return db;
}

describe('the application menu, in the page', () => {
  it('speaks the interface language, and follows it when it changes', async () => {
    const { platform } = desktop();
    await renderApp(platform, freshDatabase(), 'fr');
    expect(platform.setMenuLanguage).toHaveBeenLastCalledWith('fr');
    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    await waitFor(() => expect(platform.setMenuLanguage).toHaveBeenLastCalledWith('nl'));
  });

  it('opens the export of her progress on her modules, from any screen', async () => {
    const { platform, click } = desktop();
    const db = freshDatabase();
    const amina = await createLearner(db, 'Amina Benali', 'nurse');
    act(() => useSession.setState({ learnerId: amina.id, view: { name: 'review' } }));
    await renderApp(platform, db);
    await click('export-progress');
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    expect(await screen.findByRole('dialog', { name: 'Export my progress' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useSession.getState().request).toBeNull();
  });

  it('saves a backup of her profile, even while her profile screen is already open', async () => {
    const { platform, click } = desktop();
    const db = freshDatabase();
    const amina = await createLearner(db, 'Amina Benali', 'nurse');
    act(() => useSession.setState({ learnerId: amina.id, view: { name: 'catalogue' } }));
    await renderApp(platform, db);
    await click('save-backup');
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await waitFor(() => expect(platform.saveTextFile).toHaveBeenCalledTimes(1));
    expect(platform.saveTextFile.mock.calls[0]![0]).toMatchObject({ kind: 'backup' });
    expect(await screen.findByText('Your backup is saved.')).toBeVisible();
    await click('save-backup');
    await waitFor(() => expect(platform.saveTextFile).toHaveBeenCalledTimes(2));
  });

  it('asks to choose a profile first when no one is signed in', async () => {
    const { platform, click } = desktop();
    const db = freshDatabase();
    await createLearner(db, 'Amina Benali', 'nurse');
    await renderApp(platform, db);
    await click('save-backup');
    expect(await screen.findByText('Choose your profile first: what you asked for applies to a profile.')).toBeVisible();
    expect(platform.saveTextFile).not.toHaveBeenCalled();
  });
});

describe('progress files opened with the app', () => {
  it('go to the trainer area from the profile choice, waiting there for its import', async () => {
    const { platform } = desktop([
      { name: 'amina.json', bytes: new TextEncoder().encode('{"format":"carelit-progress"}') },
      { name: 'huge.json', error: 'too-large' },
    ]);
    await renderApp(platform);
    await waitFor(() => expect(useSession.getState().view).toEqual({ name: 'trainer' }));
    const sources = takeOpenedSources();
    expect(sources.map((s) => s.name)).toEqual(['amina.json', 'huge.json']);
    expect(new TextDecoder().decode(await sources[0]!.bytes())).toBe('{"format":"carelit-progress"}');
    expect(sources[1]!.size).toBeGreaterThan(20 * 1024 * 1024);
    expect(takeOpenedSources()).toEqual([]);
  });

  it('never sign a learner at work out: they wait for the trainer area', async () => {
    const { platform, open } = desktop();
    const db = freshDatabase();
    const amina = await createLearner(db, 'Amina Benali', 'nurse');
    act(() => useSession.setState({ learnerId: amina.id, view: { name: 'catalogue' } }));
    await renderApp(platform, db);
    await open([{ name: 'bram.json', bytes: new TextEncoder().encode('{}') }]);
    await waitFor(() => expect(useOpenedFiles.getState().files).toHaveLength(1));
    expect(useSession.getState()).toMatchObject({ learnerId: amina.id, view: { name: 'catalogue' } });
  });
});

describe('the desktop platform', () => {
  it('passes the menu and opened files through the bridge, and opens nothing when the call fails', async () => {
    const bridge = {
      getAppInfo: jest.fn(),
      saveTextFile: jest.fn(),
      setMenuLanguage: jest.fn(async () => undefined),
      takeOpenedFiles: jest
        .fn()
        .mockResolvedValueOnce([{ name: 'a.json', bytes: new Uint8Array([123, 125]) }])
        .mockRejectedValueOnce(new Error('refused')),
      onMenuCommand: jest.fn(() => () => undefined),
      onFilesOpened: jest.fn(() => () => undefined),
    } as unknown as CarelitBridge & Record<string, jest.Mock>;
    const platform = electronPlatform(bridge);
    platform.setMenuLanguage('nl');
    expect(bridge.setMenuLanguage).toHaveBeenCalledWith('nl');
    await expect(platform.takeOpenedFiles()).resolves.toEqual([{ name: 'a.json', bytes: new Uint8Array([123, 125]) }]);
    await expect(platform.takeOpenedFiles()).resolves.toEqual([]);
    const listener = jest.fn();
    platform.onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
  });
});
