import { createPassphraseRecord, PASSPHRASE_ITERATIONS, verifyPassphrase, type PassphraseRecord } from '../../../core/cohort/passphrase';
import type { CareLitDatabase } from './database';

const KEY = 'trainer-passphrase';

/** The trainer area's passphrase record (salt and derived hash only), or undefined before the first set-up. */
export async function getPassphraseRecord(db: CareLitDatabase): Promise<PassphraseRecord | undefined> {
  const row = await db.settings.get(KEY);
  return row?.key === KEY ? row.value : undefined;
}

/**
 * Derives and saves the record of a new passphrase. Refuses to replace an existing one: the
 * only way to a new passphrase is erasing the trainer's data, never a second set-up screen.
 */
export async function setPassphrase(db: CareLitDatabase, passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<boolean> {
  // Derived outside the transaction: an IndexedDB transaction closes while WebCrypto works.
  const record = await createPassphraseRecord(passphrase, iterations);
  return db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(KEY)) return false;
    await db.settings.add({ key: KEY, value: record });
    return true;
  });
}

/** True when the passphrase matches the saved record; false when it does not, or when none is saved. */
export async function checkPassphrase(db: CareLitDatabase, passphrase: string): Promise<boolean> {
  const record = await getPassphraseRecord(db);
  return record ? verifyPassphrase(passphrase, record) : false;
}
