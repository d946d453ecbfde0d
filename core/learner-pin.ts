import { fromHex, toHex } from './cohort/sealed';

/**
 * A profile's optional PIN, on a computer several people share: it keeps others out of her
 * profile in the app (her progress, her private reflections). It is not encryption: the data on
 * disk stay readable to whoever can read the disk, which the app says where the PIN is set.
 *
 * Kept only as a salted hash: PBKDF2 with SHA-256, a random salt per PIN, at the iteration count
 * OWASP's Password Storage Cheat Sheet recommends (600,000, as for the trainer's passphrase). Typing
 * it is no cognitive test (WCAG 2.2, 3.3.8): the field takes paste and password managers, and a
 * pasted PIN with spaces or full-width digits still counts. Wrong tries in a row make the next one
 * wait.
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
/** A record asking for more would freeze the app for minutes: it is not one CareLit wrote. */
const MAX_ITERATIONS = 10_000_000;

export interface PinRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Hex. */
  salt: string;
  /** Hex. */
  hash: string;
}

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

async function pinHash(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalisePin(pin)), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

export async function createPinRecord(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), hash: toHex(await pinHash(pin, salt, iterations)) };
}

/** Compares every byte whatever the first difference, so the time taken says nothing about the hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Whether the PIN is the one the record was made with; false for a record CareLit did not write. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const plausible =
    record.algorithm === 'PBKDF2-SHA-256' &&
    Number.isInteger(record.iterations) &&
    record.iterations >= 1 &&
    record.iterations <= MAX_ITERATIONS &&
    /^[0-9a-f]{32}$/.test(record.salt) &&
    /^[0-9a-f]{64}$/.test(record.hash);
  if (!plausible) return false;
  return sameBytes(await pinHash(pin, fromHex(record.salt), record.iterations), fromHex(record.hash));
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
