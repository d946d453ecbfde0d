import { sha256HexOfBytes } from '../digest';
import { cleanName } from '../names';
import { Fault, NewerFault, pathText } from './checks';
import { payloadDigest, PROGRESS_FILE_MAX_BYTES, PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION, progressFileCheck, type ProgressFile, type ProgressPayload } from './progress-file';

/**
 * Reads a progress file someone handed a trainer. Everything in it is untrusted: the checks
 * run from the cheapest to the costliest, and the first failure gives the reason. Nothing
 * here throws: a refusal is a value with a code the UI translates and the CLI prints.
 */
export type RefusalCode =
  | 'too-large'
  | 'not-text'
  | 'empty'
  | 'too-deep'
  | 'not-json'
  | 'forbidden-key'
  | 'not-a-progress-file'
  | 'newer-format'
  | 'newer-app'
  | 'invalid'
  | 'digest-mismatch'
  | 'from-the-future'
  | 'foreign-statement'
  | 'duplicate-statement';

/** Why an import or `cohort report` refuses a file: its content, or reading or saving it. */
export type CohortRefusalCode = RefusalCode | 'unreadable' | 'not-saved';

export interface Refusal {
  code: RefusalCode;
  /** Values for the message: limits, the faulty field's path, the format version found… */
  params?: Record<string, string | number>;
}

export type ReadResult = { ok: true; file: ProgressFile } | { ok: false; refusal: Refusal };

/** Our files nest 8 levels deep; anything much deeper is not ours, and deep nesting is an attack on parsers. */
export const MAX_NESTING = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const refuse = (code: RefusalCode, params?: Refusal['params']): ReadResult => ({ ok: false, refusal: params ? { code, params } : { code } });

/**
 * Whether arrays and objects nest deeper than `limit`, found by scanning the text before any
 * parsing (a 20 MB file of "[" would otherwise become ten million nested arrays). Strings are
 * skipped with indexOf, which is what makes the scan cheap on real files.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
      if (i < 0) return false; // an unterminated string: JSON.parse refuses it next
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

/** The index of the quote closing the string opened at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

/**
 * A refused file that holds a key that could reach an object's prototype is refused for that
 * reason, the more telling one. Only a refused file needs the search: the checks accept no
 * member they do not know, so an accepted file cannot hold one, and they never read a value
 * under an unknown key.
 */
function forbiddenOr(data: unknown, refusal: ReadResult): ReadResult {
  const forbidden = forbiddenKeyPath(data, '');
  return forbidden ? refuse('forbidden-key', { path: forbidden.replace(/^\./, '') }) : refusal;
}

/** The path to the first key that could reach an object's prototype, if any. Depth is already capped. */
function forbiddenKeyPath(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = forbiddenKeyPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`;
      const found = forbiddenKeyPath((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The digest member as serialiseProgressFile writes it: last, compact. */
const WRITTEN_DIGEST = /,"digest":\{"algorithm":"SHA-256","value":"([0-9a-f]{64})"\}\}\s*$/;

const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

/**
 * The file's own bytes when they are its text's UTF-8 (from `start`, after a byte-order mark):
 * a stretch of the text is then a stretch of them, and is hashed without being encoded again.
 */
export interface Utf8Bytes {
  bytes: Uint8Array;
  start: number;
}

const CLOSING_BRACE = new Uint8Array([0x7d]); // }

/** The UTF-8 of the text before `end`, followed by the `}` that closes the payload: in pieces, hashed one after the other. */
function payloadBytes(text: string, end: number, source: Utf8Bytes | null): Uint8Array[] {
  if (!source) return [utf8(text.slice(0, end)), CLOSING_BRACE];
  return [source.bytes.subarray(source.start, source.bytes.length - utf8(text.slice(end)).length), CLOSING_BRACE];
}

/**
 * A file as the app writes it is the payload's JSON with the digest member added at the end:
 * the text before that member IS what was hashed, so it is hashed as it stands (from the file's
 * bytes, when they are its UTF-8). Any other layout (a file reformatted by an editor) is checked
 * over the payload re-serialised, in the text's own member order (the schema's output may order
 * members differently).
 */
async function digestMatches(text: string, source: Utf8Bytes | null, data: Record<string, unknown>, digest: string, sha256: Sha256): Promise<boolean> {
  const tail = text.slice(-200);
  const written = WRITTEN_DIGEST.exec(tail);
  if (written?.[1] === digest) {
    const end = text.length - (tail.length - written.index);
    if ((await sha256(payloadBytes(text, end, source))) === digest) return true;
  }
  const { digest: _digest, ...payload } = data;
  return (await payloadDigest(payload as ProgressPayload, (json) => sha256([utf8(json)]))) === digest;
}

/**
 * `byteLength` is the file's size as the caller read it from the file system; a caller that
 * has it checks it BEFORE reading the file (a 1 GB file is refused without being read).
 */
export function tooLarge(byteLength: number, limit = PROGRESS_FILE_MAX_BYTES): Refusal | null {
  return byteLength > limit ? { code: 'too-large', params: { size: byteLength, limit } } : null;
}

/**
 * How far ahead of the reading computer's clock a file's dates may be. A learner's computer
 * whose clock shows Brussels time while set to UTC writes times two hours ahead; an hour more
 * covers a clock that has drifted. Beyond that, a date in the future is a forgery (an export
 * "of 2099" would otherwise name the learner for good) or a clock to set right.
 */
export const CLOCK_TOLERANCE_MS = 3 * 60 * 60 * 1000;

export interface ReadOptions {
  limit?: number;
  /** The moment of reading: no date in the file may come after it, beyond CLOCK_TOLERANCE_MS. */
  now?: Date;
  /** SHA-256 as hex of bytes given in pieces. WebCrypto's by default; Node's own hash is faster and takes the pieces as they are, so the CLI passes it. */
  sha256?: Sha256;
  /**
   * The text of UTF-8 bytes (a byte-order mark already taken off), or null when they are not
   * valid UTF-8. TextDecoder's by default; Node has a faster one, so the CLI passes it.
   */
  utf8Text?: (bytes: Uint8Array) => string | null;
}

type Sha256 = (pieces: readonly Uint8Array[]) => Promise<string> | string;

/** WebCrypto hashes one array: the pieces are put together first. */
function webCryptoSha256(pieces: readonly Uint8Array[]): Promise<string> {
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return sha256HexOfBytes(whole);
}

/** The UTF-16 a file's byte-order mark names, if it names one. */
const utf16Of = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null);

/** Where the text starts in bytes read as UTF-8: after a byte-order mark, if there is one. */
const utf8Start = (bytes: Uint8Array) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

/**
 * The text of a file's bytes, decoded by the same rules in the app and the CLI: UTF-8, with or
 * without a byte-order mark, or UTF-16 (little- or big-endian) with its byte-order mark. Bytes
 * that are not valid in their encoding are refused rather than replaced (a replaced byte could
 * turn a broken file into an accepted one).
 */
export function decodeProgressBytes(
  bytes: Uint8Array,
  utf8Text: NonNullable<ReadOptions['utf8Text']> = webUtf8Text,
): { ok: true; text: string; utf8: Utf8Bytes | null } | { ok: false; refusal: Refusal } {
  const notText = { ok: false as const, refusal: { code: 'not-text' as const } };
  const utf16 = utf16Of(bytes);
  if (utf16) {
    try {
      // The decoder drops the byte-order mark of its own encoding.
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), utf8: null };
    } catch {
      return notText;
    }
  }
  const start = utf8Start(bytes);
  const text = utf8Text(bytes.subarray(start));
  return text === null ? notText : { ok: true, text, utf8: { bytes, start } };
}

/**
 * The UTF-8 of a file's text, byte-order mark left out, taken from the bytes a file was read
 * from (readProgressBytes accepted them); null when they were UTF-16. Parsing it again gives the
 * same file, before its name was cleaned.
 */
export function utf8TextOf(bytes: Uint8Array): Uint8Array | null {
  return utf16Of(bytes) ? null : bytes.subarray(utf8Start(bytes));
}

function webUtf8Text(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the caller took off the file's own; one more at the start would be text.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads a progress file from its bytes: the size, the decoding, then everything readProgressFile checks. */
export async function readProgressBytes(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const large = tooLarge(bytes.length, options.limit);
  if (large) return { ok: false, refusal: large };
  const decoded = decodeProgressBytes(bytes, options.utf8Text);
  return decoded.ok ? readText(decoded.text, decoded.utf8, options) : decoded;
}

/** The first date in the file later than `latest`, if any (the export's, or a statement's), with its path. */
function futureDate(file: ProgressFile, latest: number): { path: string; date: string } | null {
  if (Date.parse(file.exportedAt) > latest) return { path: 'exportedAt', date: file.exportedAt };
  const index = file.statements.findIndex((s) => Date.parse(s.timestamp) > latest);
  return index < 0 ? null : { path: `statements[${index}].timestamp`, date: file.statements[index]!.timestamp };
}

export async function readProgressFile(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  return readText(text, null, options);
}

async function readText(text: string, source: Utf8Bytes | null, { limit = PROGRESS_FILE_MAX_BYTES, sha256 = webCryptoSha256, now = new Date() }: ReadOptions): Promise<ReadResult> {
  // UTF-8 takes at least one byte per UTF-16 unit, so the text length is a lower bound of the size.
  const large = tooLarge(text.length, limit);
  if (large) return { ok: false, refusal: large };
  if (text.trim() === '') return refuse('empty');
  if (nestingExceeds(text, MAX_NESTING)) return refuse('too-deep', { limit: MAX_NESTING });

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  const top = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!top || top.format !== PROGRESS_FORMAT) return forbiddenOr(data, refuse('not-a-progress-file'));
  if (typeof top.formatVersion === 'number' && top.formatVersion > PROGRESS_FORMAT_VERSION) {
    return refuse('newer-format', { version: top.formatVersion, supported: PROGRESS_FORMAT_VERSION });
  }

  try {
    progressFileCheck(data);
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    const where = { path: pathText(error.path), detail: error.message };
    // Known types badly written are invalid; what this version does not know may be genuine, from a newer CareLit.
    if (error instanceof NewerFault) return forbiddenOr(data, refuse('newer-app', { ...where, version: String(top.appVersion).slice(0, 60) }));
    return forbiddenOr(data, refuse('invalid', where));
  }
  const file = data as ProgressFile;
  if (!(await digestMatches(text, source, top, file.digest.value, sha256))) return refuse('digest-mismatch');
  const future = futureDate(file, now.getTime() + CLOCK_TOLERANCE_MS);
  if (future) return refuse('from-the-future', future);

  const seen = new Set<string>();
  for (let i = 0; i < file.statements.length; i += 1) {
    const statement = file.statements[i]!;
    if (statement.actor.account.name !== file.learner.account.name) return refuse('foreign-statement', { index: i });
    if (seen.has(statement.id)) return refuse('duplicate-statement', { id: statement.id });
    seen.add(statement.id);
  }
  // The name as CareLit shows names: what the checks let through (no control character, no
  // half character) is cleaned of what could still disguise it. The digest was over the name as written.
  if (file.learner.displayName !== undefined) {
    const name = cleanName(file.learner.displayName);
    if (name) file.learner.displayName = name;
    else delete file.learner.displayName;
  }
  return { ok: true, file };
}
