import { z } from 'zod';
import { sha256Hex } from '../digest';
import { PROFESSIONS, type Profession } from '../professions';
import { CARELIT_IRI, type Statement } from '../xapi/statements';
import { accountSchema, statementSchema, timestampSchema } from './statement-schema';

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
export const PROGRESS_FORMAT = 'carelit-progress';
export const PROGRESS_FORMAT_VERSION = 1;
export const DIGEST_ALGORITHM = 'SHA-256';

/** Far above a real learner (a few hundred statements, well under 2 MB) and far below what hurts. */
export const PROGRESS_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const PROGRESS_FILE_MAX_STATEMENTS = 20_000;
export const DISPLAY_NAME_MAX_CHARS = 60;

// Control characters would let a name fake line breaks in the dashboard, the CSV and the report.
// eslint-disable-next-line no-control-regex
const displayName = z.string().min(1).max(DISPLAY_NAME_MAX_CHARS).regex(/^[^\u0000-\u001f\u007f-\u009f]*$/u, 'control characters in a name');

export const learnerSchema = z
  .object({
    account: accountSchema,
    displayName: displayName.optional(),
    profession: z.enum(PROFESSIONS).optional(),
  })
  .strict();

const payloadShape = {
  format: z.literal(PROGRESS_FORMAT),
  formatVersion: z.literal(PROGRESS_FORMAT_VERSION),
  appVersion: z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][0-9A-Za-z.-]{1,40})?$/, 'not a version number'),
  exportedAt: timestampSchema,
  learner: learnerSchema,
  statements: z.array(statementSchema).max(PROGRESS_FILE_MAX_STATEMENTS),
};

export const progressFileSchema = z
  .object({
    ...payloadShape,
    digest: z.object({ algorithm: z.literal(DIGEST_ALGORITHM), value: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 digest') }).strict(),
  })
  .strict();

export type ProgressFile = z.infer<typeof progressFileSchema>;
export type ProgressFileLearner = ProgressFile['learner'];
/** A statement as an import accepts it (the schema's type of CareLit's statements). */
export type ImportedStatement = ProgressFile['statements'][number];
export type ProgressPayload = Omit<ProgressFile, 'digest'>;

/** The digest of a file's content: everything but the digest itself. */
export function payloadDigest(payload: ProgressPayload): Promise<string> {
  return sha256Hex(JSON.stringify(payload));
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

/** Builds the file a learner exports, digest included, members in the documented order. */
export async function buildProgressFile(input: ProgressExportInput): Promise<ProgressFile> {
  const learner: ProgressFileLearner = {
    account: { homePage: CARELIT_IRI, name: input.accountName },
    ...(input.displayName?.trim() ? { displayName: clip(input.displayName.trim(), DISPLAY_NAME_MAX_CHARS) } : {}),
    ...(input.profession ? { profession: input.profession } : {}),
  };
  const payload: ProgressPayload = {
    format: PROGRESS_FORMAT,
    formatVersion: PROGRESS_FORMAT_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt.toISOString(),
    learner,
    statements: [...input.statements] as ProgressPayload['statements'],
  };
  return { ...payload, digest: { algorithm: DIGEST_ALGORITHM, value: await payloadDigest(payload) } };
}

/** The file's text: one compact JSON document (a trainer's import reads hundreds of them). */
export function serialiseProgressFile(file: ProgressFile): string {
  return `${JSON.stringify(file)}\n`;
}
