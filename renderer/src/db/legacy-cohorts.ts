import type { TrainerKeys } from '../../../core/cohort/passphrase';
import { learnerRef } from '../../../core/cohort/sealed';
import { summariseLearner } from '../../../core/cohort/summary';
import { cleanName } from '../../../core/names';
import type { CareLitDatabase } from './database';
import type { CohortStatementRow, TrainerCohortRow, TrainerLearnerRow, TrainerStatementsRow } from './rows';
import { place, sealAt, sealCompressed, type LearnerRecord, type Vault } from './vault';

/**
 * Cohorts imported before version 6 were saved in clear (tables cohorts, cohortLearners,
 * cohortStatements). A database upgrade cannot encrypt them: the key is made from the trainer's
 * passphrase, which only she knows. So they stay as they were until her first unlock, which
 * checks her passphrase against the record of that time, makes the new key, seals every cohort
 * into the version 6 tables and empties the old ones (renderer/src/db/trainer.ts), in one
 * transaction. A new passphrase set up without that record erases them instead: nobody could
 * show them to her, and anyone could read them on the disk.
 */
export const LEGACY_TABLES = (db: CareLitDatabase) => [db.cohorts, db.cohortLearners, db.cohortStatements];

export interface SealedCohorts {
  cohorts: TrainerCohortRow[];
  learners: TrainerLearnerRow[];
  ids: TrainerLearnerRow[];
  statements: TrainerStatementsRow[];
}

/** Every cohort saved in clear, sealed with the new keys as an import would have saved it (summaries made again, names cleaned). */
export async function sealLegacyCohorts(db: CareLitDatabase, keys: TrainerKeys): Promise<SealedCohorts> {
  const vault: Vault = { db, keys };
  const [cohorts, learners, statements] = await Promise.all([db.cohorts.toArray(), db.cohortLearners.toArray(), db.cohortStatements.toArray()]);
  const byLearner = new Map<string, CohortStatementRow['statement'][]>();
  for (const row of statements) {
    const key = `${row.cohortId}\n${row.account}`;
    const list = byLearner.get(key);
    if (list) list.push(row.statement);
    else byLearner.set(key, [row.statement]);
  }
  const known = new Set(cohorts.map((c) => c.id));
  const sealed: SealedCohorts = { cohorts: [], learners: [], ids: [], statements: [] };
  await Promise.all(
    cohorts.map(async (c) => {
      const header = { name: c.name, ...(c.archivedAt ? { archivedAt: c.archivedAt } : {}) };
      sealed.cohorts.push({ id: c.id, createdAt: c.createdAt, rev: 0, sealed: await sealAt(vault, place.cohort(c.id), header) });
    }),
  );
  await Promise.all(
    learners
      .filter((l) => known.has(l.cohortId))
      .map(async (l) => {
        const own = byLearner.get(`${l.cohortId}\n${l.account}`) ?? [];
        const name = l.learner.displayName === undefined ? null : cleanName(l.learner.displayName);
        const info = { account: l.account, ...(name ? { displayName: name } : {}), ...(l.learner.profession ? { profession: l.learner.profession } : {}) };
        const record: LearnerRecord = { summary: summariseLearner(info, own), exportedAt: l.exportedAt, importedAt: l.importedAt };
        const ref = await Promise.resolve(learnerRef(keys, l.cohortId, l.account));
        const rowId = crypto.randomUUID();
        const [learner, ids, rows] = await Promise.all([
          sealAt(vault, place.learner(l.cohortId, ref), record),
          sealAt(
            vault,
            place.ids(l.cohortId, ref),
            own.map((s) => s.id),
          ),
          own.length ? sealCompressed(vault, place.statements(l.cohortId, ref, rowId), own) : null,
        ]);
        sealed.learners.push({ cohortId: l.cohortId, ref, sealed: learner });
        sealed.ids.push({ cohortId: l.cohortId, ref, sealed: ids });
        if (rows) sealed.statements.push({ cohortId: l.cohortId, ref, id: rowId, sealed: rows });
      }),
  );
  return sealed;
}

/** Writes what sealLegacyCohorts made and empties the tables in clear; inside the caller's transaction. */
export async function replaceLegacyCohorts(db: CareLitDatabase, sealed: SealedCohorts): Promise<void> {
  await db.trainerCohorts.bulkPut(sealed.cohorts);
  await db.trainerLearners.bulkPut(sealed.learners);
  await db.trainerLearnerIds.bulkPut(sealed.ids);
  await db.trainerStatements.bulkPut(sealed.statements);
  await Promise.all(LEGACY_TABLES(db).map((table) => table.clear()));
}
