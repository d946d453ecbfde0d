import {
  createTrainerKey,
  isLegacyRecord,
  openTrainerKey,
  PASSPHRASE_ITERATIONS,
  verifyLegacyPassphrase,
  waitAfterWrongGuesses,
  type PassphraseRecord,
  type TrainerKeys,
} from '../../../core/cohort/passphrase';
import type { CareLitDatabase } from './database';
import { LEGACY_TABLES, replaceLegacyCohorts, sealLegacyCohorts } from './legacy-cohorts';
import type { WrongGuesses } from './rows';

const KEY = 'trainer-passphrase';
const GUESSES = 'trainer-guesses';

/** The trainer area's passphrase record (salt, count and key check only), or undefined before the first set-up. */
export async function getPassphraseRecord(db: CareLitDatabase): Promise<PassphraseRecord | undefined> {
  const row = await db.settings.get(KEY);
  return row?.key === KEY ? row.value : undefined;
}

/**
 * Saves the record of a new passphrase and returns the keys it opens. Refuses to replace an
 * existing one (null): the only way to a new passphrase is through a new set-up once the record
 * is gone, and the data sealed with the old one then stay closed. Cohorts still in clear from
 * before version 6 go with it: nothing could check they are hers (renderer/src/db/legacy-cohorts.ts).
 */
export async function setPassphrase(db: CareLitDatabase, passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<TrainerKeys | null> {
  // Derived outside the transaction: an IndexedDB transaction closes while WebCrypto works.
  const { record, keys } = await createTrainerKey(passphrase, iterations);
  return db.transaction('rw', [db.settings, ...LEGACY_TABLES(db)], async () => {
    if (await db.settings.get(KEY)) return null;
    await db.settings.add({ key: KEY, value: record });
    await db.settings.delete(GUESSES);
    await Promise.all(LEGACY_TABLES(db).map((table) => table.clear()));
    return keys;
  });
}

async function wrongGuesses(db: CareLitDatabase): Promise<WrongGuesses | undefined> {
  const row = await db.settings.get(GUESSES);
  return row?.key === GUESSES ? row.value : undefined;
}

/** How long the door still makes her wait after wrong passphrases (0: she may try now). Kept in the database: a reload does not reset it. */
export async function waitBeforeGuess(db: CareLitDatabase, now = new Date()): Promise<number> {
  const guesses = await wrongGuesses(db);
  if (!guesses) return 0;
  const until = Date.parse(guesses.lastFailureAt) + waitAfterWrongGuesses(guesses.failures);
  return Math.max(0, until - now.getTime());
}

export type UnlockResult =
  | { ok: true; keys: TrainerKeys }
  /** `wrong`: the passphrase was checked and is not hers; `waiting`: it was not checked, the wait is not over. `waitMs`: how long before the next try. */
  | { ok: false; reason: 'wrong' | 'waiting'; waitMs: number };

/**
 * Opens the trainer area with a passphrase: the keys when it is hers. A record kept before the
 * data were encrypted is checked as it was, then replaced by a new one in the same transaction
 * that seals the cohorts saved in clear (`onEncrypting` says that this is happening). A wrong
 * passphrase is counted; from the third in a row, the next try waits (core/cohort/passphrase.ts).
 */
export async function unlockTrainer(
  db: CareLitDatabase,
  passphrase: string,
  { now = new Date(), onEncrypting }: { now?: Date; onEncrypting?: () => void } = {},
): Promise<UnlockResult> {
  const waitMs = await waitBeforeGuess(db, now);
  if (waitMs > 0) return { ok: false, reason: 'waiting', waitMs };
  const record = await getPassphraseRecord(db);
  let keys: TrainerKeys | null = null;
  if (record && isLegacyRecord(record)) {
    if (await verifyLegacyPassphrase(passphrase, record)) {
      onEncrypting?.();
      keys = await encryptLegacy(db, passphrase, record);
      // Another window encrypted them first: its record is the one to open.
      if (!keys) return unlockTrainer(db, passphrase, { now });
    }
  } else if (record) {
    keys = await openTrainerKey(passphrase, record);
  }
  if (keys) {
    await db.settings.delete(GUESSES);
    return { ok: true, keys };
  }
  const failures = ((await wrongGuesses(db))?.failures ?? 0) + 1;
  await db.settings.put({ key: GUESSES, value: { failures, lastFailureAt: now.toISOString() } });
  return { ok: false, reason: 'wrong', waitMs: waitAfterWrongGuesses(failures) };
}

/** The keys of a new record, once the cohorts in clear are sealed with them; null when the old record was replaced meanwhile. */
async function encryptLegacy(db: CareLitDatabase, passphrase: string, legacy: PassphraseRecord): Promise<TrainerKeys | null> {
  // The same strength she had.
  const { record, keys } = await createTrainerKey(passphrase, legacy.iterations);
  const sealed = await sealLegacyCohorts(db, keys);
  return db.transaction('rw', [db.settings, db.trainerCohorts, db.trainerLearners, db.trainerLearnerIds, db.trainerStatements, ...LEGACY_TABLES(db)], async () => {
    if ((await getPassphraseRecord(db))?.salt !== legacy.salt) return null;
    await db.settings.put({ key: KEY, value: record });
    await replaceLegacyCohorts(db, sealed);
    return keys;
  });
}
