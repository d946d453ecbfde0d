import Dexie from 'dexie';
import { newerLearner } from '../../../core/cohort/merge';
import type { ProgressFile } from '../../../core/cohort/progress-file';
import { summariseLearner, type LearnerSummary } from '../../../core/cohort/summary';
import type { CareLitDatabase } from './database';
import type { CohortLearnerRow, CohortRow, CohortStatementRow } from './rows';

export const COHORT_NAME_MAX = 80;

export async function createCohort(db: CareLitDatabase, name: string, now = new Date()): Promise<CohortRow> {
  const cohort: CohortRow = { id: crypto.randomUUID(), name: name.trim().slice(0, COHORT_NAME_MAX), createdAt: now.toISOString() };
  await db.cohorts.add(cohort);
  return cohort;
}

export async function renameCohort(db: CareLitDatabase, id: string, name: string): Promise<void> {
  await db.cohorts.update(id, { name: name.trim().slice(0, COHORT_NAME_MAX) });
}

/** Archiving hides a finished group from the current list; nothing is deleted. */
export async function setCohortArchived(db: CareLitDatabase, id: string, archived: boolean, now = new Date()): Promise<void> {
  await db.cohorts.where('id').equals(id).modify((row) => {
    if (archived) row.archivedAt = now.toISOString();
    else delete row.archivedAt;
  });
}

export type ImportOutcome =
  | { ok: true; account: string; added: number; alreadyKnown: number; newLearner: boolean }
  | { ok: false; code: 'id-clash' };

const toRow = (cohortId: string, account: string) => (statement: ProgressFile['statements'][number]): CohortStatementRow => ({
  cohortId,
  id: statement.id,
  account,
  statement,
});

function learnerInfo(row: Pick<CohortLearnerRow, 'account' | 'learner'>) {
  const { displayName, profession } = row.learner;
  return { account: row.account, ...(displayName ? { displayName } : {}), ...(profession ? { profession } : {}) };
}

/**
 * Imports one validated progress file into a cohort, in one transaction: its new statements and
 * the learner's refreshed summary are saved together or not at all. Statements already in the
 * cohort (the same file again, or an older export of the same learner) are skipped.
 *
 * A learner new to the cohort costs one bulkAdd and a summary of her file, nothing more; only a
 * learner already known has her earlier statements read back to summarise them all.
 */
export async function importProgressFile(db: CareLitDatabase, cohortId: string, file: ProgressFile, now = new Date()): Promise<ImportOutcome> {
  const account = file.learner.account.name;
  try {
    return await db.transaction('rw', db.cohortStatements, db.cohortLearners, async () => {
      const known = await db.cohortLearners.get([cohortId, account]);
      let fresh = file.statements;
      let all = file.statements;
      if (known) {
        const existing = await db.cohortStatements.bulkGet(file.statements.map((s) => [cohortId, s.id] as [string, string]));
        if (existing.some((row) => row && row.account !== account)) return { ok: false, code: 'id-clash' } as const;
        fresh = file.statements.filter((_, i) => existing[i] === undefined);
        if (fresh.length) {
          const earlier = await db.cohortStatements.where('[cohortId+account]').equals([cohortId, account]).toArray();
          all = [...earlier.map((r) => r.statement), ...fresh];
        }
      }
      if (fresh.length) await db.cohortStatements.bulkAdd(fresh.map(toRow(cohortId, account)));

      const takesLearner = newerLearner(known, file);
      const learner = takesLearner ? file.learner : known!.learner;
      const info = learnerInfo({ account, learner });
      const row: CohortLearnerRow = {
        cohortId,
        account,
        learner,
        exportedAt: takesLearner ? file.exportedAt : known!.exportedAt,
        importedAt: now.toISOString(),
        // Nothing new: the statements are the same, only what she shares may have changed.
        summary: known && !fresh.length ? withLearnerInfo(known.summary, info) : summariseLearner(info, all),
      };
      await db.cohortLearners.put(row);
      return { ok: true, account, added: fresh.length, alreadyKnown: file.statements.length - fresh.length, newLearner: !known };
    });
  } catch (error) {
    // A statement id already used in this cohort by another learner: a forged or hand-edited file.
    if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) return { ok: false, code: 'id-clash' };
    throw error;
  }
}

function withLearnerInfo(summary: LearnerSummary, info: ReturnType<typeof learnerInfo>): LearnerSummary {
  const { displayName: _name, profession: _profession, ...rest } = summary;
  return { ...rest, ...info };
}

/** The dashboard's one read: a row per learner through the cohortId index, no statement touched. */
export async function cohortSummaries(db: CareLitDatabase, cohortId: string): Promise<LearnerSummary[]> {
  const rows = await db.cohortLearners.where('cohortId').equals(cohortId).toArray();
  return rows.map((r) => r.summary);
}

/** Deletes a cohort with everything imported into it, in one transaction; learners' own files are not touched. */
export async function deleteCohort(db: CareLitDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.cohorts, db.cohortStatements, db.cohortLearners, async () => {
    await db.cohortStatements.where('[cohortId+id]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
    await db.cohortLearners.where('cohortId').equals(id).delete();
    await db.cohorts.delete(id);
  });
}
