import type { Score } from '../blocks/types';
import { appVersionCheck } from '../cohort/progress-file';
import { arr, bool, Fault, NewerFault, num, obj, oneOf, pathText, refine, str, type Check } from '../cohort/checks';
import { MAX_NESTING, nestingExceeds } from '../cohort/read-progress-file';
import { account as accountCheck, statement as statementCheck, timestamp } from '../cohort/statement-schema';
import { CONTENT_ID_PATTERN } from '../content/id';
import { sha256Hex } from '../digest';
import { DISPLAY_NAME_MAX } from '../learner';
import { PROFESSIONS } from '../professions';
import { MOTIONS, TEXT_SIZES, THEMES } from '../reader-settings';
import { CARELIT_IRI } from '../xapi/statements';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_MAX_BYTES, type BackupFile } from './backup-file';

/**
 * Reads a backup someone chose to restore (backup-file.ts has its format). Everything in it is
 * untrusted: the checks run from the cheapest to the costliest, and the first failure gives the
 * reason. Nothing here throws: a refusal is a value with a code the UI puts in words.
 */
/** Far above a learner's answers, cards or records (a few hundred each). */
const MAX_ROWS = 20_000;

export type BackupRefusalCode =
  'too-large' | 'empty' | 'too-deep' | 'not-json' | 'not-a-backup' | 'newer-format' | 'newer-app' | 'invalid' | 'digest-mismatch' | 'foreign-statement' | 'duplicate';

export interface BackupRefusal {
  code: BackupRefusalCode;
  params?: Record<string, string | number>;
}

export type BackupReadResult = { ok: true; file: BackupFile } | { ok: false; refusal: BackupRefusal };

const refuse = (code: BackupRefusalCode, params?: BackupRefusal['params']): BackupReadResult => ({ ok: false, refusal: params ? { code, params } : { code } });

const contentId = str({ min: 1, max: 100, pattern: CONTENT_ID_PATTERN, message: 'not a content id' });
const whole = (max: number) => num({ min: 0, max, integer: true });
const optionalTimestamp = timestamp;
// eslint-disable-next-line no-control-regex
const displayName = str({ min: 1, max: DISPLAY_NAME_MAX, pattern: /^[^\u0000-\u001f\u007f-\u009f]*$/u, message: 'control characters in a name' });
const rowId = str({ min: 1, max: 64, pattern: /^[A-Za-z0-9-]+$/, message: 'not an id' });
/** A module attempt's xAPI registration (a UUID); absent for an attempt begun before it existed. */
const registrationId = str({ max: 36, pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, message: 'not a UUID' });
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Any JSON a block type keeps (an answer, a draft): its shape is the type's to check when it is
 * shown. Here only its size, and no key that could reach an object's prototype.
 */
const jsonValue: Check = (value) => {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Fault('expected a number');
    return;
  }
  if (typeof value === 'string') {
    if (value.length > 100_000) throw new Fault('text too long');
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > 1000) throw new Fault('list too long');
    value.forEach((item, i) => inside(i, item));
    return;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length > 1000) throw new Fault('too many members');
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) throw new Fault('a forbidden key', [key]);
      inside(key, (value as Record<string, unknown>)[key]);
    }
    return;
  }
  throw new Fault('not JSON');
};
function inside(segment: string | number, value: unknown): void {
  try {
    jsonValue(value);
  } catch (error) {
    if (error instanceof Fault) error.path.unshift(segment);
    throw error;
  }
}

const scoreCheck = refine(
  obj({ raw: num({ min: 0, max: 1000 }), max: num({ min: 0, max: 1000 }), scaled: num({ min: 0, max: 1 }), correct: bool }),
  (s: Score) => s.raw <= s.max,
  'raw score above max',
);

const memoryCheck = obj(
  {
    due: timestamp,
    stability: num({ min: 0, max: 1e9 }),
    difficulty: num({ min: 0, max: 100 }),
    elapsedDays: whole(1e6),
    scheduledDays: whole(1e6),
    learningSteps: whole(1000),
    reps: whole(1e6),
    lapses: whole(1e6),
    state: oneOf(['new', 'learning', 'review', 'relearning']),
  },
  { lastReview: optionalTimestamp },
);

const backupCheck = obj({
  format: oneOf([BACKUP_FORMAT]),
  formatVersion: oneOf([BACKUP_FORMAT_VERSION]),
  appVersion: appVersionCheck,
  savedAt: timestamp,
  profile: obj({ displayName, profession: oneOf(PROFESSIONS), account: accountCheckName(), createdAt: timestamp }),
  settings: obj({ textSize: oneOf(TEXT_SIZES), theme: oneOf(THEMES), motion: oneOf(MOTIONS), readAloud: bool }, {}, { newerMembers: true }),
  progress: arr(
    obj(
      {
        moduleId: contentId,
        moduleVersion: num({ min: 1, max: 1_000_000, integer: true }),
        status: oneOf(['in-progress', 'completed']),
        currentBlockId: contentId,
        doneBlockIds: arr(contentId, { max: 10_000 }),
        timeSpentMs: num({ min: 0, max: 1e12 }),
        startedAt: timestamp,
        updatedAt: timestamp,
        // Every completion, kept whatever came after (core/attempts.ts says which one counts).
        attempts: arr(
          obj(
            {
              moduleVersion: num({ min: 1, max: 1_000_000, integer: true }),
              startedAt: timestamp,
              completedAt: timestamp,
              score: num({ min: 0, max: 1 }),
              passed: bool,
              timeSpentMs: num({ min: 0, max: 1e12 }),
            },
            { registration: registrationId },
          ),
          { max: 1000 },
        ),
      },
      { registration: registrationId },
    ),
    { max: 1000 },
  ),
  attempts: arr(
    obj(
      {
        id: rowId,
        moduleId: contentId,
        moduleVersion: num({ min: 1, max: 1_000_000, integer: true }),
        blockId: contentId,
        answer: jsonValue,
        score: scoreCheck,
        durationMs: num({ min: 0, max: 1e12 }),
        answeredAt: timestamp,
        statementId: rowId,
      },
      { registration: registrationId },
    ),
    { max: MAX_ROWS },
  ),
  outbox: arr(obj({ id: rowId, createdAt: timestamp, statement: statementCheck }), { max: MAX_ROWS }),
  blockStates: arr(obj({ moduleId: contentId, blockId: contentId, state: jsonValue, updatedAt: timestamp }), { max: MAX_ROWS }),
  cards: arr(obj({ moduleId: contentId, termId: contentId, due: timestamp, memory: memoryCheck }), { max: MAX_ROWS }),
  digest: obj({ algorithm: oneOf(['SHA-256']), value: str({ max: 64, pattern: /^[0-9a-f]{64}$/, message: 'not a SHA-256 digest' }) }),
});

/** A learner's account name, as statements carry it. */
function accountCheckName(): Check {
  return (value) => accountCheck({ homePage: CARELIT_IRI, name: value });
}

/** The digest member as the app writes it: last, compact. */
const WRITTEN_DIGEST = /,"digest":\{"algorithm":"SHA-256","value":"([0-9a-f]{64})"\}\}\s*$/;

/** A backup is checked as written: the text before its digest member is what was hashed. */
async function digestMatches(text: string, digest: string, sha256: (text: string) => Promise<string> | string): Promise<boolean> {
  const written = WRITTEN_DIGEST.exec(text);
  if (written?.[1] !== digest) return false;
  return (await sha256(`${text.slice(0, written.index)}}`)) === digest;
}

/** The first pair of rows that would claim the same place, as "what: key". */
function duplicateOf(file: BackupFile): string | null {
  const keyed: [string, string[]][] = [
    ['progress', file.progress.map((p) => p.moduleId)],
    ['attempts', file.attempts.map((a) => a.id)],
    ['outbox', file.outbox.map((s) => s.id)],
    ['blockStates', file.blockStates.map((s) => `${s.moduleId}/${s.blockId}`)],
    ['cards', file.cards.map((c) => `${c.moduleId}/${c.termId}`)],
  ];
  for (const [what, keys] of keyed) {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) return `${what}: ${key}`;
      seen.add(key);
    }
  }
  return null;
}

export interface BackupReadOptions {
  limit?: number;
  sha256?: (text: string) => Promise<string> | string;
}

/** Reads a backup someone chose to restore. Nothing here throws: a refusal is a value the UI puts in words. */
export async function readBackupFile(text: string, { limit = BACKUP_MAX_BYTES, sha256 = sha256Hex }: BackupReadOptions = {}): Promise<BackupReadResult> {
  if (text.length > limit) return refuse('too-large', { size: text.length, limit });
  if (text.trim() === '') return refuse('empty');
  if (nestingExceeds(text, MAX_NESTING)) return refuse('too-deep', { limit: MAX_NESTING });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  const top = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!top || top.format !== BACKUP_FORMAT) return refuse('not-a-backup');
  if (typeof top.formatVersion === 'number' && top.formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse('newer-format', { version: top.formatVersion, supported: BACKUP_FORMAT_VERSION });
  }
  try {
    backupCheck(data);
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    const where = { path: pathText(error.path), detail: error.message };
    if (error instanceof NewerFault) return refuse('newer-app', { ...where, version: String(top.appVersion).slice(0, 60) });
    return refuse('invalid', where);
  }
  const file = data as BackupFile;
  if (!(await digestMatches(text, file.digest.value, sha256))) return refuse('digest-mismatch');
  const foreign = file.outbox.findIndex((row) => row.statement.id !== row.id || row.statement.actor.account.name !== file.profile.account);
  if (foreign >= 0) return refuse('foreign-statement', { index: foreign });
  const duplicate = duplicateOf(file);
  if (duplicate) return refuse('duplicate', { what: duplicate });
  return { ok: true, file };
}
