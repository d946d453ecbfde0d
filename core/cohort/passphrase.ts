import { fromHex, openSealed, seal, toHex, utf8 } from './sealed';

/**
 * The trainer's passphrase, and the keys it opens. Her cohort data are encrypted at rest
 * (AES-256-GCM) with a key derived from the passphrase: PBKDF2 with SHA-256, a random salt per
 * trainer, at the iteration count OWASP's Password Storage Cheat Sheet recommends for
 * PBKDF2-HMAC-SHA256 (600,000), then HKDF into one key for the data and one for the learners'
 * references. Neither the passphrase nor a key is ever stored: what is kept (the record below)
 * is the salt, the count, and a known text encrypted with the data key, which tells a right
 * passphrase from a wrong one and opens nothing. Another passphrase's record put in its place
 * derives other keys, which open none of her data. A forgotten passphrase cannot be recovered:
 * the cohort data are then gone (the learners' files can be imported again).
 */
export const PASSPHRASE_ITERATIONS = 600_000;
export const PASSPHRASE_MIN_CHARS = 10;
const SALT_BYTES = 16;
/** A record asking for more would freeze the app for minutes: it is not one CareLit wrote. */
const MAX_ITERATIONS = 10_000_000;
const CHECK_TEXT = 'CareLit trainer key check';
const CHECK_CONTEXT = 'key-check';

export const TRAINER_KEY_ALGORITHM = 'PBKDF2-SHA-256+HKDF/AES-256-GCM' as const;

export interface TrainerKeyRecord {
  algorithm: typeof TRAINER_KEY_ALGORITHM;
  iterations: number;
  /** Hex. */
  salt: string;
  /** Hex: CHECK_TEXT sealed with the data key. */
  check: string;
}

/**
 * What CareLit kept before the data were encrypted (a PBKDF2 hash of the passphrase). Read once
 * more, to unlock and encrypt the cohorts saved then; never written again.
 */
export interface LegacyPassphraseRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

export type PassphraseRecord = TrainerKeyRecord | LegacyPassphraseRecord;

/** A WebCrypto key as the platform makes it (never extractable). */
export type TrainerCryptoKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;

/** What an unlocked trainer area holds in memory, and only there. */
export interface TrainerKeys {
  /** AES-256-GCM: every sealed record. */
  data: TrainerCryptoKey;
  /** HMAC-SHA-256: the references that stand for learners' accounts in the database. */
  refs: TrainerCryptoKey;
}

export const isLegacyRecord = (record: PassphraseRecord): record is LegacyPassphraseRecord => record.algorithm === 'PBKDF2-SHA-256';

function plausible(record: { iterations: unknown; salt: unknown }): boolean {
  return (
    Number.isInteger(record.iterations) &&
    (record.iterations as number) >= 1 &&
    (record.iterations as number) <= MAX_ITERATIONS &&
    typeof record.salt === 'string' &&
    /^[0-9a-f]{32}$/.test(record.salt)
  );
}

async function passphraseBits(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
}

async function keysFrom(bits: ArrayBuffer): Promise<TrainerKeys> {
  const base = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const hkdf = (purpose: string) => ({ name: 'HKDF' as const, hash: 'SHA-256' as const, salt: new Uint8Array(0), info: utf8(`carelit ${purpose}`) });
  const [data, refs] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('trainer data'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey(hkdf('learner references'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { data, refs };
}

export type PassphraseProblem = 'too-short' | 'mismatch';

/** Why a new passphrase cannot be set (typed twice), or null when it can. */
export function passphraseProblem(passphrase: string, confirmation: string): PassphraseProblem | null {
  if ([...passphrase].length < PASSPHRASE_MIN_CHARS) return 'too-short';
  if (passphrase !== confirmation) return 'mismatch';
  return null;
}

/** A new passphrase: its record to keep, and the keys it opens. */
export async function createTrainerKey(passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<{ record: TrainerKeyRecord; keys: TrainerKeys }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const keys = await keysFrom(await passphraseBits(passphrase, salt, iterations));
  const check = await seal(keys, CHECK_CONTEXT, utf8(CHECK_TEXT));
  return { record: { algorithm: TRAINER_KEY_ALGORITHM, iterations, salt: toHex(salt), check: toHex(check) }, keys };
}

/** The keys, when the passphrase is the one the record was made with; null otherwise, or for a record CareLit did not write. */
export async function openTrainerKey(passphrase: string, record: TrainerKeyRecord): Promise<TrainerKeys | null> {
  if (record.algorithm !== TRAINER_KEY_ALGORITHM || !plausible(record) || typeof record.check !== 'string' || !/^(?:[0-9a-f]{2}){29,}$/.test(record.check)) return null;
  const keys = await keysFrom(await passphraseBits(passphrase, fromHex(record.salt), record.iterations));
  const opened = await openSealed(keys, CHECK_CONTEXT, fromHex(record.check));
  return opened && new TextDecoder().decode(opened) === CHECK_TEXT ? keys : null;
}

/** Compares every byte whatever the first difference, so the time taken says nothing about the hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Whether the passphrase matches a record kept before the data were encrypted. */
export async function verifyLegacyPassphrase(passphrase: string, record: LegacyPassphraseRecord): Promise<boolean> {
  if (record.algorithm !== 'PBKDF2-SHA-256' || !plausible(record) || typeof record.hash !== 'string') return false;
  return sameBytes(new Uint8Array(await passphraseBits(passphrase, fromHex(record.salt), record.iterations)), fromHex(record.hash));
}

/** Wrong passphrases in a row after which the unlock form makes her wait. */
export const GUESSES_BEFORE_WAITING = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/**
 * How long the unlock form waits after `failures` wrong passphrases in a row: nothing after one
 * or two (a typo, Caps Lock), 30 seconds after the third, doubling with each one after that up
 * to 15 minutes. Guessing by hand at the form becomes hopeless; a right passphrase resets it.
 */
export function waitAfterWrongGuesses(failures: number): number {
  if (failures < GUESSES_BEFORE_WAITING) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - GUESSES_BEFORE_WAITING), LONGEST_WAIT_MS);
}
