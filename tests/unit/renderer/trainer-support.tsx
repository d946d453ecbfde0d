import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createTrainerKey } from '../../../core/cohort/passphrase';
import type { Language } from '../../../core/i18n';
import { ServicesProvider } from '../../../renderer/src/context';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import type { Vault } from '../../../renderer/src/db/vault';
import { initI18n } from '../../../renderer/src/i18n';
import { addTrainerStrings } from '../../../renderer/src/trainer/strings';
import type { Platform } from '../../../renderer/src/platform';
import { useSession } from '../../../renderer/src/stores/session';
import { TrainerScreen } from '../../../renderer/src/trainer/TrainerScreen';
import { useTrainer } from '../../../renderer/src/trainer/store';
import { accountOf, progressFileText, walkStatements } from '../../fixtures/cohort';
import { offlineLrs } from './offline-lrs';
import { freshDatabase, testPlatform } from './render-app';

/**
 * What the trainer-*.test.tsx files share. jsdom has neither WebCrypto's `subtle` nor
 * TextEncoder, which the passphrase and the progress files' digest need: Node's stand in.
 */
export function installWebCrypto(): void {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

/** Deriving at full strength takes half a second a time: tests use a weak count, set through the record. */
export const TEST_ITERATIONS = 1000;
export const PASSPHRASE = 'la salle de garde du 5e';

export function resetStores(): void {
  sessionStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'trainer' } });
  useTrainer.getState().lock();
}

export function fakePlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    // The menu and opened files as a browser has them: none.
    ...testPlatform,
    kind: 'desktop',
    getAppInfo: async () => ({ version: '9.9.9', electron: '', chrome: '', platform: 'test', locale: 'fr' }),
    saveTextFile: jest.fn(async () => ({ saved: true as const })),
    printPage: jest.fn(async () => ({ outcome: 'saved' as const })),
    lrs: offlineLrs(),
    ...overrides,
  };
}

export async function renderTrainer(
  ui: ReactElement = <TrainerScreen iterations={TEST_ITERATIONS} />,
  { db = freshDatabase(), language = 'fr' as Language, platform = fakePlatform() } = {},
) {
  const i18n = await initI18n(language);
  addTrainerStrings(i18n);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db, platform }}>{ui}</ServicesProvider>
      </I18nextProvider>,
    );
  });
  return { db, i18n, platform };
}

/** A database whose trainer passphrase is already set (weakly derived, for speed). */
export async function databaseWithPassphrase(passphrase = PASSPHRASE): Promise<CareLitDatabase> {
  const db = freshDatabase();
  await db.settings.put({ key: 'trainer-passphrase', value: (await createTrainerKey(passphrase, TEST_ITERATIONS)).record });
  return db;
}

/** The trainer area, unlocked the way a trainer unlocks it. */
export async function openUnlocked(options: { platform?: Platform; language?: Language; db?: CareLitDatabase; ui?: ReactElement } = {}) {
  const { db = await databaseWithPassphrase(), ui, ...rest } = options;
  const utils = await renderTrainer(ui, { db, ...rest });
  await userEvent.type(await screen.findByLabelText(options.language === 'en' ? 'Trainer passphrase' : 'Phrase de passe formateur·rice'), PASSPHRASE);
  await userEvent.click(screen.getByRole('button', { name: options.language === 'en' ? 'Unlock' : 'Déverrouiller' }));
  await screen.findByRole('heading', { level: 1, name: options.language === 'en' ? 'Your cohorts' : 'Vos cohortes' });
  await screen.findByText(options.language === 'en' ? 'No current cohort. Create one above.' : 'Aucune cohorte en cours. Créez-en une ci-dessus.');
  return utils;
}

/** Creates a cohort through the form, and waits for its page. */
export async function createCohortNamed(name: string) {
  await userEvent.type(screen.getByLabelText('Nom de la cohorte'), name);
  await userEvent.click(screen.getByRole('button', { name: 'Créer la cohorte' }));
  await screen.findByRole('heading', { level: 1, name });
  await screen.findByText('Pas encore de résultats : importez ci-dessus les fichiers de progression de vos apprenant·es.');
}

/** The unlocked area's vault, for a test to read what the screens saved. */
export function vaultOf(db: CareLitDatabase): Vault {
  const keys = useTrainer.getState().keys;
  if (!keys) throw new Error('the trainer area is locked');
  return { db, keys };
}

/** A file as a learner hands it over. */
export function jsonFile(name: string, content: string | Uint8Array): File {
  return new File([content as BlobPart], name, { type: 'application/json' });
}

/**
 * Three learners of the sample module (q-single: "pro" is right; q-multiple: "diagnosis" and
 * "bp" are right):
 * - Amina, nurse: both right first time, completed: 100 %, 4 min;
 * - Bruno, physician: q-single right, then stopped: in progress;
 * - a nurse who shared no name: "tool" then "pro" on q-single, q-multiple right, completed: 50 %, 6 min.
 */
export async function cohortFiles() {
  const amina = await progressFileText(
    accountOf(1),
    walkStatements({
      account: accountOf(1),
      answers: [
        { quiz: 'q-single', selected: ['pro'], at: '2026-11-02T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['diagnosis', 'bp'], at: '2026-11-02T09:01:00.000Z' },
      ],
      complete: { at: '2026-11-02T09:04:00.000Z', ms: 4 * 60_000 },
    }),
    { displayName: 'Amina Benali', profession: 'nurse' },
  );
  const bruno = await progressFileText(
    accountOf(2),
    walkStatements({ account: accountOf(2), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-03T10:00:00.000Z', ms: 90_000 }] }),
    { displayName: 'Bruno Peeters', profession: 'physician' },
  );
  const anonymous = await progressFileText(
    accountOf(3),
    walkStatements({
      account: accountOf(3),
      answers: [
        { quiz: 'q-single', selected: ['tool'], at: '2026-11-04T14:00:00.000Z' },
        { quiz: 'q-single', selected: ['pro'], at: '2026-11-04T14:01:00.000Z' },
        { quiz: 'q-multiple', selected: ['diagnosis', 'bp'], at: '2026-11-04T14:02:00.000Z' },
      ],
      complete: { at: '2026-11-04T14:06:00.000Z', ms: 6 * 60_000 },
    }),
    { profession: 'nurse' },
  );
  return { amina, bruno, anonymous };
}
