import { sha256Hex } from '../digest';
import { DISPLAY_NAME_MAX } from '../learner';
import { cleanName } from '../names';
import { PROFESSIONS, type Profession } from '../professions';
import { CARELIT_IRI, type Statement } from '../xapi/statements';
import { arr, obj, oneOf, str } from './checks';
import { account, statement, timestamp } from './statement-schema';

/**
 * The progress file: what a learner hands her trainer ("Export my progress"), and what the
 * trainer's import and `carelit cohort report` read. A stable, versioned format:
 *
 *   { format, formatVersion, appVersion, exportedAt,
 *     learner: { account, displayName?, profession? }, statements, digest }
 *
 * The digest is SHA-256 over the file's JSON without its `digest` member, written as
 * JSON.stringify writes it. It tells a damaged or hand-edited file from an intact one; it is
 * not a signature (anyone holding the app can make a valid file), which is why every file is
 * still validated as untrusted.
 */
export const PROGRESS_FORMAT = 'carelit-progress' as const;
export const PROGRESS_FORMAT_VERSION = 1 as const;
export const DIGEST_ALGORITHM = 'SHA-256' as const;

/** Far above a real learner (a few hundred statements, well under 2 MB) and far below what hurts. */
export const PROGRESS_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const PROGRESS_FILE_MAX_STATEMENTS = 20_000;

// Control characters would let a name fake line breaks in the dashboard, the CSV and the report;
// a lone surrogate is half a character. The app's export writes neither (core/names.ts).
// eslint-disable-next-line no-control-regex
const NO_CONTROL_OR_LONE_SURROGATE = /^[^\u0000-\u001f\u007f-\u009f\uD800-\uDFFF]*$/u;
const displayName = str({ min: 1, max: DISPLAY_NAME_MAX, pattern: NO_CONTROL_OR_LONE_SURROGATE, message: 'control characters or a broken character in a name' });

export const learnerCheck = obj({ account }, { displayName, profession: oneOf(PROFESSIONS) });

/** Version numbers as package.json writes them. */
export const appVersionCheck = str({ max: 60, pattern: /^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][0-9A-Za-z.-]{1,40})?$/, message: 'not a version number' });

/** The whole file, strictly: every member known, every statement CareLit's. */
export const progressFileCheck = obj({
  format: oneOf([PROGRESS_FORMAT]),
  formatVersion: oneOf([PROGRESS_FORMAT_VERSION]),
  appVersion: appVersionCheck,
  exportedAt: timestamp,
  learner: learnerCheck,
  statements: arr(statement, { max: PROGRESS_FILE_MAX_STATEMENTS }),
  digest: obj({ algorithm: oneOf([DIGEST_ALGORITHM]), value: str({ max: 64, pattern: /^[0-9a-f]{64}$/, message: 'not a SHA-256 digest' }) }),
});

/** A statement as an import accepts it: one CareLit made (core/xapi/statements.ts). */
export type ImportedStatement = Statement;

export interface ProgressFileLearner {
  account: { homePage: typeof CARELIT_IRI; name: string };
  displayName?: string;
  profession?: Profession;
}

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  formatVersion: typeof PROGRESS_FORMAT_VERSION;
  appVersion: string;
  exportedAt: string;
  learner: ProgressFileLearner;
  statements: ImportedStatement[];
  digest: { algorithm: typeof DIGEST_ALGORITHM; value: string };
}

export type ProgressPayload = Omit<ProgressFile, 'digest'>;

/** The digest of a file's content: everything but the digest itself. */
export async function payloadDigest(payload: ProgressPayload, sha256: (text: string) => Promise<string> | string = sha256Hex): Promise<string> {
  return sha256(JSON.stringify(payload));
}

export interface ProgressExportInput {
  appVersion: string;
  exportedAt: Date;
  accountName: string;
  /** Only what the learner chose to share. */
  displayName?: string;
  profession?: Profession;
  statements: readonly Statement[];
}

/** At most `max` UTF-16 units, never cutting a character in two (an emoji is two units). */
function clip(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Builds the file a learner exports, digest included, members in the documented order. Her name
 * is written as CareLit shows names (core/names.ts); a name that cannot be shown is left out.
 */
export async function buildProgressFile(input: ProgressExportInput): Promise<ProgressFile> {
  const name = input.displayName === undefined ? null : cleanName(input.displayName);
  const learner: ProgressFileLearner = {
    account: { homePage: CARELIT_IRI, name: input.accountName },
    ...(name ? { displayName: clip(name, DISPLAY_NAME_MAX) } : {}),
    ...(input.profession ? { profession: input.profession } : {}),
  };
  const payload: ProgressPayload = {
    format: PROGRESS_FORMAT,
    formatVersion: PROGRESS_FORMAT_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt.toISOString(),
    learner,
    statements: [...input.statements],
  };
  return { ...payload, digest: { algorithm: DIGEST_ALGORITHM, value: await payloadDigest(payload) } };
}

/** The file's text: one compact JSON document (a trainer's import reads hundreds of them). */
export function serialiseProgressFile(file: ProgressFile): string {
  return `${JSON.stringify(file)}\n`;
}
