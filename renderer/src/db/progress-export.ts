import { appVersionCheck, buildProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { localDate, slugOf } from '../../../core/file-names';
import type { Statement } from '../../../core/xapi/statements';
import type { CareLitDatabase } from './database';
import type { LearnerRow } from './rows';

/**
 * "Export my progress": the file a learner hands her trainer. It holds her xAPI statements
 * (answers' records and scores; never a reflection note, never a prompt's text, which no
 * statement carries) and, beside her pseudonymous account, only what she chose to share.
 */
export interface ShareChoices {
  shareName: boolean;
  shareProfession: boolean;
}

export class NoSuchLearnerError extends Error {
  override name = 'NoSuchLearnerError';
}

/** The version the file claims; a development build ("dev") still makes a file a trainer can read. */
const DEVELOPMENT_VERSION = '0.0.0-dev';

export function fileVersion(appVersion: string): string {
  try {
    appVersionCheck(appVersion);
    return appVersion;
  } catch {
    return DEVELOPMENT_VERSION;
  }
}

/** Her statements in the order she made them. */
function statementsOf(db: CareLitDatabase, learnerId: string): Promise<Statement[]> {
  return db.outbox
    .where('learnerId')
    .equals(learnerId)
    .sortBy('createdAt')
    .then((rows) => rows.map((row) => row.statement));
}

export async function progressFileFor(db: CareLitDatabase, learnerId: string, choices: ShareChoices, appVersion: string, now: Date = new Date()): Promise<ProgressFile> {
  // Read together, so the profile and the statements are of the same moment.
  const [learner, statements] = await db.transaction('r', [db.learners, db.outbox], async () => {
    const row: LearnerRow | undefined = await db.learners.get(learnerId);
    return [row, row ? await statementsOf(db, learnerId) : []] as const;
  });
  if (!learner) throw new NoSuchLearnerError(`no learner ${learnerId}`);
  return buildProgressFile({
    appVersion: fileVersion(appVersion),
    exportedAt: now,
    accountName: learner.accountName,
    // Written as CareLit shows names (buildProgressFile cleans it: core/names.ts).
    ...(choices.shareName ? { displayName: learner.displayName } : {}),
    ...(choices.shareProfession ? { profession: learner.profession } : {}),
    statements,
  });
}

/**
 * `carelit-progress-<who>-<YYYY-MM-DD>.json`, from the file itself, so the name never shows
 * what the file does not: her shared name, or else the start of her pseudonymous account.
 */
export function progressFileName(file: ProgressFile): string {
  const who = (file.learner.displayName && slugOf(file.learner.displayName)) || slugOf(file.learner.account.name.slice(0, 8)) || 'learner';
  return `carelit-progress-${who}-${localDate(new Date(file.exportedAt))}.json`;
}
