/**
 * The trainer area's passphrase. Only a derived hash is kept: PBKDF2 with SHA-256 and a random
 * salt, at the iteration count OWASP's Password Storage Cheat Sheet recommends for
 * PBKDF2-HMAC-SHA256 (600,000). The passphrase itself is never stored, and a forgotten one
 * cannot be recovered, only replaced by erasing the trainer's data.
 */
export const PASSPHRASE_ITERATIONS = 600_000;
export const PASSPHRASE_MIN_CHARS = 10;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PassphraseRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Hex. */
  salt: string;
  /** Hex. */
  hash: string;
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));

async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS));
}

export type PassphraseProblem = 'too-short' | 'mismatch';

/** Why a new passphrase cannot be set (typed twice), or null when it can. */
export function passphraseProblem(passphrase: string, confirmation: string): PassphraseProblem | null {
  if ([...passphrase].length < PASSPHRASE_MIN_CHARS) return 'too-short';
  if (passphrase !== confirmation) return 'mismatch';
  return null;
}

export async function createPassphraseRecord(passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<PassphraseRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), hash: toHex(await derive(passphrase, salt, iterations)) };
}

/** Compares every byte whatever the first difference, so the time taken says nothing about the hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function verifyPassphrase(passphrase: string, record: PassphraseRecord): Promise<boolean> {
  if (record.algorithm !== 'PBKDF2-SHA-256' || !Number.isInteger(record.iterations) || record.iterations < 1) return false;
  return sameBytes(await derive(passphrase, fromHex(record.salt), record.iterations), fromHex(record.hash));
}
