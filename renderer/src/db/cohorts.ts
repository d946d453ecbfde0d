import type { LearnerSummary } from '../../../core/cohort/summary';
import type { CareLitDatabase } from './database';
import { learnerRecords, memoryOf, openAt, place, refOf, sealAt, summariesIn, type LearnerRecord, type Vault } from './vault';

/**
 * A trainer's cohorts, sealed at rest (renderer/src/db/vault.ts). Reading one opens it with the
 * keys of the unlocked area; a cohort sealed with another passphrase's keys stays closed, and
 * is listed as such so that it can be deleted.
 */
export const COHORT_NAME_MAX = 80;

/** What a cohort's sealed header holds. */
interface CohortHeader {
  name: string;
  /** Set when archived: kept, but out of the list of current cohorts. */
  archivedAt?: string;
}

/** A cohort, opened. */
export interface Cohort extends CohortHeader {
  id: string;
  createdAt: string;
}

export type ListedCohort = (Cohort & { unreadable?: false; learners: number; held: number }) | { id: string; createdAt: string; unreadable: true };

const cleanCohortName = (name: string) => name.trim().slice(0, COHORT_NAME_MAX);

export async function createCohort(vault: Vault, name: string, now = new Date()): Promise<Cohort> {
  const cohort: Cohort = { id: crypto.randomUUID(), name: cleanCohortName(name), createdAt: now.toISOString() };
  const sealed = await sealAt(vault, place.cohort(cohort.id), { name: cohort.name } satisfies CohortHeader);
  await vault.db.trainerCohorts.add({ id: cohort.id, createdAt: cohort.createdAt, rev: 0, sealed });
  return cohort;
}

/** The cohort, 'missing' when it no longer exists, 'unreadable' when these keys do not open it. */
export async function openCohort(vault: Vault, id: string): Promise<Cohort | 'missing' | 'unreadable'> {
  const row = await vault.db.trainerCohorts.get(id);
  if (!row) return 'missing';
  const header = await openAt<CohortHeader>(vault, place.cohort(id), row.sealed);
  return header ? { id, createdAt: row.createdAt, ...header } : 'unreadable';
}

/** Changes the sealed header; the revision and the learners are left as they are. */
async function changeHeader(vault: Vault, id: string, change: (header: CohortHeader) => void): Promise<void> {
  const cohort = await openCohort(vault, id);
  if (typeof cohort === 'string') return;
  const { id: _id, createdAt: _createdAt, ...header } = cohort;
  change(header);
  const sealed = await sealAt(vault, place.cohort(id), header);
  await vault.db.trainerCohorts.update(id, { sealed });
}

export async function renameCohort(vault: Vault, id: string, name: string): Promise<void> {
  await changeHeader(vault, id, (header) => {
    header.name = cleanCohortName(name);
  });
}

/** Archiving hides a finished group from the current list; nothing is deleted. */
export async function setCohortArchived(vault: Vault, id: string, archived: boolean, now = new Date()): Promise<void> {
  await changeHeader(vault, id, (header) => {
    if (archived) header.archivedAt = now.toISOString();
    else delete header.archivedAt;
  });
}

/** Every cohort, newest first, each with how many learners it has and how many files wait for a decision. */
export async function listCohorts(vault: Vault): Promise<ListedCohort[]> {
  const rows = await vault.db.trainerCohorts.orderBy('createdAt').reverse().toArray();
  return Promise.all(
    rows.map(async (row): Promise<ListedCohort> => {
      const header = await openAt<CohortHeader>(vault, place.cohort(row.id), row.sealed);
      if (!header) return { id: row.id, createdAt: row.createdAt, unreadable: true };
      const [learners, held] = await Promise.all([learnerCount(vault, row.id), vault.db.trainerHeld.where('cohortId').equals(row.id).count()]);
      return { id: row.id, createdAt: row.createdAt, ...header, learners, held };
    }),
  );
}

/** How many learners a cohort holds, counted on the index without opening any of them. */
export function learnerCount(vault: Vault, cohortId: string): Promise<number> {
  return vault.db.trainerLearners.where('cohortId').equals(cohortId).count();
}

/** The dashboard's data: one small sealed record per learner, opened once (never the statements). */
export async function cohortSummaries(vault: Vault, cohortId: string): Promise<LearnerSummary[]> {
  await learnerRecords(vault, cohortId);
  return summariesIn(memoryOf(vault, cohortId));
}

/** One learner of a cohort, found by her account. */
export async function learnerRecord(vault: Vault, cohortId: string, account: string): Promise<LearnerRecord | undefined> {
  const [records, ref] = await Promise.all([learnerRecords(vault, cohortId), refOf(vault, cohortId, account)]);
  return records.get(ref)?.record;
}

/**
 * Opens every current cohort's learners at once, as the area unlocks: the dashboard then draws
 * from memory (archived cohorts and those this passphrase does not open wait until asked for).
 */
export async function openCurrentCohorts(vault: Vault): Promise<void> {
  const cohorts = await listCohorts(vault);
  await Promise.all(cohorts.filter((c) => !c.unreadable && !c.archivedAt).map((c) => learnerRecords(vault, c.id)));
}

/** Deletes a cohort with everything imported into it, in one transaction; learners' own files are not touched. Needs no key. */
export async function deleteCohort(db: CareLitDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.trainerCohorts, db.trainerLearners, db.trainerLearnerIds, db.trainerStatements, db.trainerHeld], async () => {
    await Promise.all([db.trainerLearners, db.trainerLearnerIds, db.trainerStatements, db.trainerHeld].map((table) => table.where('cohortId').equals(id).delete()));
    await db.trainerCohorts.delete(id);
  });
}
