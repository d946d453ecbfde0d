import { createPassphraseRecord, verifyPassphrase, type PassphraseRecord } from './cohort/passphrase';

/**
 * A profile's optional PIN, on a computer several people share: it keeps others out of her
 * profile in the app (her progress, her private reflections). It is not encryption: the data on
 * disk stay readable to whoever can read the disk, which the app says where the PIN is set.
 *
 * Kept only as a salted PBKDF2 hash (the trainer's passphrase's scheme and cost). Typing it is no
 * cognitive test (WCAG 2.2, 3.3.8): the field takes paste and password managers, and a pasted PIN
 * with spaces or full-width digits still counts. Wrong tries in a row make the next one wait.
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
export type PinRecord = PassphraseRecord;

/** "12 34", "1234\n", "１２３４" (full-width) → "1234": what a paste or a password manager may bring. */
export function normalisePin(input: string): string {
  return input.normalize('NFKC').replace(/[\s.\-_]/gu, '');
}

export type PinProblem = 'not-digits' | 'too-short' | 'too-long' | 'mismatch';

/** Why a new PIN (typed twice) cannot be set, or null when it can. */
export function newPinProblem(pin: string, confirmation: string): PinProblem | null {
  const clean = normalisePin(pin);
  if (!/^\d*$/.test(clean)) return 'not-digits';
  if (clean.length < PIN_MIN_DIGITS) return 'too-short';
  if (clean.length > PIN_MAX_DIGITS) return 'too-long';
  if (clean !== normalisePin(confirmation)) return 'mismatch';
  return null;
}

export function createPinRecord(pin: string, iterations?: number): Promise<PinRecord> {
  return createPassphraseRecord(normalisePin(pin), iterations);
}

export function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  return verifyPassphrase(normalisePin(pin), record);
}

/** Wrong tries allowed before any wait: enough for a typo or two. */
export const FREE_PIN_TRIES = 3;
const WAITS_MS = [30_000, 60_000, 120_000, 300_000, 900_000];

/**
 * How long to wait before the next try after `failures` wrong tries in a row: nothing for the
 * first three, then 30 s, 1, 2 and 5 minutes, then 15 minutes each time. A 4-digit PIN then takes
 * weeks to guess at the keyboard; the one who forgot hers is told what she can do instead.
 */
export function pinWaitMs(failures: number): number {
  if (failures < FREE_PIN_TRIES) return 0;
  return WAITS_MS[Math.min(failures - FREE_PIN_TRIES, WAITS_MS.length - 1)]!;
}
