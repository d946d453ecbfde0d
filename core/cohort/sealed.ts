import type { TrainerKeys } from './passphrase';

/**
 * A sealed record: what the trainer's database holds instead of her data. AES-256-GCM with a
 * fresh random 96-bit IV each time, laid out as IV then ciphertext (its tag at the end). The
 * record's place (table and key) is authenticated with it, so that a sealed value moved to
 * another row does not open there: every record is read where it was written, or not at all.
 */
export type Sealed = Uint8Array<ArrayBuffer>;

const IV_BYTES = 12;

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));

/** UTF-8 bytes of a text, typed as WebCrypto takes them. */
export const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

export async function seal(keys: TrainerKeys, place: string, plain: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const body = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(place) }, keys.data, plain));
  const sealed = new Uint8Array(IV_BYTES + body.length);
  sealed.set(iv);
  sealed.set(body, IV_BYTES);
  return sealed;
}

/** The plain bytes; null when the record was sealed with another key, at another place, or changed since. */
export async function openSealed(keys: TrainerKeys, place: string, sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array | null> {
  if (sealed.length <= IV_BYTES) return null;
  try {
    const iv = sealed.slice(0, IV_BYTES);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: utf8(place) }, keys.data, sealed.subarray(IV_BYTES)));
  } catch {
    return null;
  }
}

export async function sealJson(keys: TrainerKeys, place: string, value: unknown): Promise<Sealed> {
  return seal(keys, place, utf8(JSON.stringify(value)));
}

/** The value sealed there, or null (see openSealed). What it holds was written by CareLit, so it is trusted as its type. */
export async function openJson<T>(keys: TrainerKeys, place: string, sealed: Uint8Array<ArrayBuffer>): Promise<T | null> {
  const plain = await openSealed(keys, place, sealed);
  return plain === null ? null : (JSON.parse(new TextDecoder().decode(plain)) as T);
}

/** Which version of a sealed record this is: its IV, unique to each sealing. */
export function sealedVersion(sealed: Uint8Array): string {
  return toHex(sealed.subarray(0, IV_BYTES));
}

/**
 * How the database names a learner of a cohort: a keyed hash of the cohort and her account, so
 * that a learner is found by her account without the account being written anywhere in clear,
 * and the same learner in two cohorts cannot be matched up.
 */
export async function learnerRef(keys: TrainerKeys, cohortId: string, account: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.refs, utf8(`${cohortId}\n${account}`));
  return toHex(new Uint8Array(mac).subarray(0, 16));
}
