import Dexie from 'dexie';
import { newerLearner } from '../../../core/cohort/merge';
import type { ImportedStatement, ProgressFile, ProgressFileLearner } from '../../../core/cohort/progress-file';
import { sealedVersion, type Sealed } from '../../../core/cohort/sealed';
import { summariseLearner, type LearnerSummary } from '../../../core/cohort/summary';
import type { Profession } from '../../../core/professions';
import {
  learnerIds,
  learnerRecords,
  memoryOf,
  openAt,
  openCompressed,
  place,
  refOf,
  sealAt,
  sealCompressed,
  sealDeflated,
  UnreadableRecord,
  type CohortMemory,
  type LearnerRecord,
  type Vault,
} from './vault';

/**
 * Importing a validated progress file into a cohort, and deciding about a file held back.
 *
 * A learner is stored as a few sealed records, never a row per statement: her summary (what the
 * dashboard reads), the ids of her records (what the next import checks), and per imported file
 * the statements that were new then, whole (for forwarding): the file's own text when they are
 * all of its statements (compressed while the next file is checked, and not written again), a
 * list of them otherwise. Sealing happens before the transaction (WebCrypto would let it close);
 * the transaction then only writes, and checks the cohort's revision, so that a write prepared
 * while another window imported starts again.
 *
 * A file whose records already belong to another learner of the cohort is held for the
 * trainer's decision, with both names shown: it is never refused silently (it may be the
 * genuine one, the copy having come first) and nobody is credited with it until she decides.
 */

/** Who a file or a learner is, as the trainer sees her. */
export interface LearnerInfo {
  account: string;
  displayName?: string;
  profession?: Profession;
}

export interface HeldFile {
  id: string;
  fileName: string;
  heldAt: string;
  /** Who the held file says it is. */
  learner: LearnerInfo;
  /** Learners of the cohort who already have some of its records, and how many each. */
  owners: (LearnerInfo & { shared: number })[];
  /** Its records that no other learner has: what "keep the first" still imports, for its learner. */
  ownRecords: number;
  records: number;
}

export type ImportOutcome = { ok: true; account: string; added: number; alreadyKnown: number; newLearner: boolean } | { ok: false; held: HeldFile };

/** What the trainer may decide about a held file. */
export type HeldDecision = 'keep-first' | 'replace' | 'discard';

/** The cohort was deleted while a file was being imported into it. */
export class CohortGone extends Error {
  override name = 'CohortGone';
}

/** Another window changed the cohort while this write was being prepared. */
class Stale extends Error {}

/** What a held file's small sealed part says about it (the whole file is sealed apart). */
interface HeldAbout {
  fileName: string;
  heldAt: string;
  digest: string;
  learner: LearnerInfo;
  ids: string[];
}

const ATTEMPTS = 8;

async function retried<T>(write: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write(attempt);
    } catch (error) {
      if (!(error instanceof Stale) || attempt === ATTEMPTS) throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What the cohort holds

interface CohortState {
  rev: number;
  memory: CohortMemory;
  /** Each record id of the cohort, with the learner (ref) it belongs to. */
  owners: Map<string, string>;
  /** Taken from what this window last read or wrote, without asking the database: it may be out of date. */
  remembered?: true;
}

/** Kept between imports while the revision stays the one it was built at: a batch of 200 files builds it once. */
const ownersByMemory = new WeakMap<CohortMemory, { rev: number; owners: Map<string, string> }>();

/**
 * What the cohort holds. Unless `fresh`, what this window last read or wrote is taken as it is,
 * without a round trip to the database: a write made on it checks the revision (and starts again
 * on a fresh state when another window moved it), and a file that it finds shared is checked
 * again on a fresh state before it is held.
 */
async function cohortState(vault: Vault, cohortId: string, fresh: boolean): Promise<CohortState> {
  const memory = memoryOf(vault, cohortId);
  const kept = ownersByMemory.get(memory);
  if (kept && !fresh) return { rev: kept.rev, memory, owners: kept.owners, remembered: true };
  const row = await vault.db.trainerCohorts.get(cohortId);
  if (!row) throw new CohortGone(cohortId);
  if (kept?.rev === row.rev) return { rev: row.rev, memory, owners: kept.owners };
  const [ids] = await Promise.all([learnerIds(vault, cohortId), learnerRecords(vault, cohortId)]);
  const owners = new Map<string, string>();
  for (const [ref, { ids: list }] of ids) for (const id of list) owners.set(id, ref);
  ownersByMemory.set(memory, { rev: row.rev, owners });
  return { rev: row.rev, memory, owners };
}

const infoOf = (account: string, learner: Pick<ProgressFileLearner, 'displayName' | 'profession'>): LearnerInfo => ({
  account,
  ...(learner.displayName ? { displayName: learner.displayName } : {}),
  ...(learner.profession ? { profession: learner.profession } : {}),
});
const infoOfSummary = (summary: LearnerSummary): LearnerInfo => infoOf(summary.account, summary);

/** Every statement of a learner, from her sealed rows: each a list of statements, or the file they all came in. */
async function statementsOf(vault: Vault, cohortId: string, ref: string): Promise<ImportedStatement[]> {
  const rows = await vault.db.trainerStatements.where('[cohortId+ref+id]').between([cohortId, ref, Dexie.minKey], [cohortId, ref, Dexie.maxKey]).toArray();
  const kept = await Promise.all(rows.map((row) => openCompressed<ImportedStatement[] | ProgressFile>(vault, place.statements(cohortId, ref, row.id), row.sealed)));
  if (kept.some((value) => value === null)) throw new UnreadableRecord(`statements of learner ${ref} of cohort ${cohortId}`);
  return kept.flatMap((value) => (Array.isArray(value) ? value : value!.statements));
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A learner's records after a change: null when she leaves the cohort (her every record went to another). */
interface LearnerChange {
  ref: string;
  record: LearnerRecord | null;
  ids: string[];
  /** Her statements new with this change, saved as one row; with `rewrite`, her only row. */
  statements: ImportedStatement[];
  /** When they are every statement of the file they came in: its text, compressed, saved instead of them written again. */
  fileText?: Promise<Uint8Array<ArrayBuffer>>;
  rewrite: boolean;
}

/**
 * A learner's records once `fresh` statements are hers: her summary over all her statements,
 * and what she shares from her newest export. Null when nothing would change.
 */
async function learnerChange(
  vault: Vault,
  cohortId: string,
  state: CohortState,
  ref: string,
  from: { learner: ProgressFile['learner']; exportedAt: string },
  fresh: ImportedStatement[],
  now: Date,
): Promise<LearnerChange | null> {
  const known = state.memory.learners.get(ref)?.record;
  const takesLearner = newerLearner(known, from);
  const info = takesLearner || !known ? infoOf(from.learner.account.name, from.learner) : infoOfSummary(known.summary);
  const exportedAt = takesLearner || !known ? from.exportedAt : known.exportedAt;
  if (known && !fresh.length) {
    if (!takesLearner) return null;
    // Only what she shares may have changed: the statements and their summary stay.
    const { displayName: _name, profession: _profession, ...rest } = known.summary;
    const summary = { ...rest, ...info };
    return { ref, record: { summary, exportedAt, importedAt: now.toISOString() }, ids: state.memory.ids.get(ref)?.ids ?? [], statements: [], rewrite: false };
  }
  const all = known ? [...(await statementsOf(vault, cohortId, ref)), ...fresh] : fresh;
  return {
    ref,
    record: { summary: summariseLearner(info, all), exportedAt, importedAt: now.toISOString() },
    ids: all.map((s) => s.id),
    statements: fresh,
    rewrite: false,
  };
}

/**
 * Seals the changes, then writes them in one transaction that first checks the cohort's
 * revision. `whileWriting` is told once the writes are asked for and the transaction told to
 * commit: the main thread has nothing to do until the database has made them.
 */
async function commit(vault: Vault, cohortId: string, state: CohortState, changes: LearnerChange[], held: { remove?: string } = {}, whileWriting?: () => void): Promise<void> {
  const { db } = vault;
  const sealed = await Promise.all(
    changes.map(async (change) => {
      if (!change.record) return { change };
      const rowId = crypto.randomUUID();
      const [learner, ids, statements] = await Promise.all([
        sealAt(vault, place.learner(cohortId, change.ref), change.record),
        sealAt(vault, place.ids(cohortId, change.ref), change.ids),
        change.statements.length ? sealStatements(vault, place.statements(cohortId, change.ref, rowId), change) : null,
      ]);
      return { change, rowId, learner, ids, statements };
    }),
  );
  await db.transaction('rw', [db.trainerCohorts, db.trainerLearners, db.trainerLearnerIds, db.trainerStatements, db.trainerHeld], async (tx) => {
    const row = await db.trainerCohorts.get(cohortId);
    if (!row) throw new CohortGone(cohortId);
    if (row.rev !== state.rev) throw new Stale();
    for (const { change, learner } of sealed) {
      if (!learner || change.rewrite) {
        await db.trainerStatements.where('[cohortId+ref+id]').between([cohortId, change.ref, Dexie.minKey], [cohortId, change.ref, Dexie.maxKey]).delete();
      }
    }
    // The rest asked for at once: the database makes them in the order asked, without a round trip each.
    const writes: Promise<unknown>[] = [];
    for (const { change, rowId, learner, ids, statements } of sealed) {
      const key: [string, string] = [cohortId, change.ref];
      if (!learner) {
        writes.push(db.trainerLearners.delete(key), db.trainerLearnerIds.delete(key));
        continue;
      }
      writes.push(db.trainerLearners.put({ cohortId, ref: change.ref, sealed: learner }), db.trainerLearnerIds.put({ cohortId, ref: change.ref, sealed: ids! }));
      if (statements) writes.push(db.trainerStatements.add({ cohortId, ref: change.ref, id: rowId!, sealed: statements }));
    }
    if (held.remove) writes.push(db.trainerHeld.delete([cohortId, held.remove]));
    writes.push(db.trainerCohorts.put({ ...row, rev: state.rev + 1 }));
    // Nothing more to ask: the database commits once it has made them, without waiting for this
    // thread to hear of each one (busy, meanwhile, with whatever whileWriting starts).
    tx.idbtrans.commit();
    whileWriting?.();
    await Promise.all(writes);
  });
  remember(state, sealed);
}

/** The file's compressed text when there is one (its compression may have failed: the deflate worker broke), a list otherwise. */
async function sealStatements(vault: Vault, where: string, { statements, fileText }: LearnerChange): Promise<Sealed> {
  const text = fileText && (await fileText.catch(() => null));
  return text ? sealDeflated(vault, where, text) : sealCompressed(vault, where, statements);
}

/** What was just written, kept in memory as if read back: the next file of the batch needs no reading. */
function remember(state: CohortState, written: { change: LearnerChange; learner?: Sealed; ids?: Sealed }[]): void {
  const { memory, owners } = state;
  for (const { change, learner, ids } of written) {
    for (const id of memory.ids.get(change.ref)?.ids ?? []) if (owners.get(id) === change.ref) owners.delete(id);
    if (!change.record || !learner || !ids) {
      memory.learners.delete(change.ref);
      memory.ids.delete(change.ref);
      continue;
    }
    memory.learners.set(change.ref, { version: sealedVersion(learner), record: change.record });
    memory.ids.set(change.ref, { version: sealedVersion(ids), ids: change.ids });
    for (const id of change.ids) owners.set(id, change.ref);
  }
  memory.changes += 1;
  // What was complete at the revision just passed is complete at the new one.
  for (const kind of ['learners', 'ids'] as const) if (memory.complete[kind] === state.rev) memory.complete[kind] = state.rev + 1;
  ownersByMemory.set(memory, { rev: state.rev + 1, owners });
}

// ---------------------------------------------------------------------------------------------
// Importing

/** The learners (other than `ref`) who have some of these records, and how many each. */
function sharedWith(state: CohortState, ref: string, ids: readonly string[]): Map<string, number> {
  const shared = new Map<string, number>();
  for (const id of ids) {
    const owner = state.owners.get(id);
    if (owner !== undefined && owner !== ref) shared.set(owner, (shared.get(owner) ?? 0) + 1);
  }
  return shared;
}

async function describeHeld(vault: Vault, cohortId: string, state: CohortState, id: string, about: HeldAbout): Promise<HeldFile> {
  const ref = await refOf(vault, cohortId, about.learner.account);
  const shared = sharedWith(state, ref, about.ids);
  const owners = [...shared].flatMap(([owner, count]) => {
    const record = state.memory.learners.get(owner)?.record;
    return record ? [{ ...infoOfSummary(record.summary), shared: count }] : [];
  });
  const others = [...shared.values()].reduce((sum, n) => sum + n, 0);
  return { id, fileName: about.fileName, heldAt: about.heldAt, learner: about.learner, owners, ownRecords: about.ids.length - others, records: about.ids.length };
}

async function heldAbouts(vault: Vault, cohortId: string): Promise<{ id: string; about: HeldAbout }[]> {
  const rows = await vault.db.trainerHeld.where('cohortId').equals(cohortId).toArray();
  const abouts = await Promise.all(rows.map((row) => openAt<HeldAbout>(vault, place.heldAbout(cohortId, row.id), row.about)));
  return rows.flatMap((row, i) => (abouts[i] ? [{ id: row.id, about: abouts[i]! }] : []));
}

/** Sets a file aside for the trainer's decision (once: the same file again is the same held file). */
async function hold(vault: Vault, cohortId: string, state: CohortState, file: ProgressFile, fileName: string, now: Date): Promise<HeldFile> {
  const already = (await heldAbouts(vault, cohortId)).find((h) => h.about.digest === file.digest.value);
  if (already) return describeHeld(vault, cohortId, state, already.id, already.about);
  const id = crypto.randomUUID();
  const about: HeldAbout = {
    fileName,
    heldAt: now.toISOString(),
    digest: file.digest.value,
    learner: infoOf(file.learner.account.name, file.learner),
    ids: file.statements.map((s) => s.id),
  };
  const [aboutSealed, fileSealed] = await Promise.all([sealAt(vault, place.heldAbout(cohortId, id), about), sealCompressed(vault, place.held(cohortId, id), file)]);
  await vault.db.trainerHeld.add({ cohortId, id, about: aboutSealed, sealed: fileSealed });
  return describeHeld(vault, cohortId, state, id, about);
}

/** What the caller of importProgressFile may add. */
export interface ImportOptions {
  /** The moment of the import (a batch has one). */
  now?: Date;
  /**
   * The UTF-8 text the file was read from, compressed (`compressed` in vault.ts), begun as soon
   * as the file was validated. When every statement of the file is new, it is what is kept of
   * them.
   */
  fileText?: Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Told once when the file's records are on their way to the database (not for a file held, nor
   * when nothing changes): until they are written, the main thread is free for other work (a
   * batch checks its next file then).
   */
  whileWriting?: () => void;
}

/**
 * Imports one validated progress file: its new statements and the learner's refreshed summary
 * are saved together or not at all; statements already in the cohort (the same file again, or
 * an older export of hers) are skipped. A file whose records another learner has is held.
 */
export function importProgressFile(
  vault: Vault,
  cohortId: string,
  file: ProgressFile,
  fileName: string,
  { now = new Date(), fileText, whileWriting }: ImportOptions = {},
): Promise<ImportOutcome> {
  let told = false;
  const tell = () => {
    if (!told) whileWriting?.();
    told = true;
  };
  return retried(async (attempt) => {
    const account = file.learner.account.name;
    const [state, ref] = await Promise.all([cohortState(vault, cohortId, attempt > 1), refOf(vault, cohortId, account)]);
    const newLearner = !state.memory.learners.has(ref);
    if (
      sharedWith(
        state,
        ref,
        file.statements.map((s) => s.id),
      ).size
    ) {
      // Held only on what the database holds now.
      if (state.remembered) throw new Stale();
      return { ok: false, held: await hold(vault, cohortId, state, file, fileName, now) };
    }
    const fresh = file.statements.filter((s) => !state.owners.has(s.id));
    const change = await learnerChange(vault, cohortId, state, ref, file, fresh, now);
    // Nothing to write, so nothing checks the revision: said only on what the database holds now.
    if (!change && state.remembered) throw new Stale();
    if (change && fileText && fresh.length === file.statements.length) change.fileText = fileText;
    if (change) await commit(vault, cohortId, state, [change], {}, tell);
    return { ok: true, account, added: fresh.length, alreadyKnown: file.statements.length - fresh.length, newLearner };
  });
}

// ---------------------------------------------------------------------------------------------
// Deciding

/** The files of a cohort waiting for the trainer's decision, oldest first, each with whose records it holds now. */
export async function heldFiles(vault: Vault, cohortId: string): Promise<HeldFile[]> {
  const abouts = await heldAbouts(vault, cohortId);
  if (!abouts.length) return [];
  const state = await cohortState(vault, cohortId, true);
  const held = await Promise.all(abouts.map(({ id, about }) => describeHeld(vault, cohortId, state, id, about)));
  return held.sort((a, b) => (a.heldAt < b.heldAt ? -1 : a.heldAt > b.heldAt ? 1 : 0));
}

/**
 * The trainer's decision about a held file:
 * - keep-first: the records stay with the learners who had them; the file's other records, if
 *   any, are imported for the learner it names;
 * - replace: the file is imported whole; the learners who had some of its records lose those
 *   (one left with none leaves the cohort);
 * - discard: nothing of the file is imported.
 * The file is no longer held afterwards.
 */
export function decideHeld(vault: Vault, cohortId: string, heldId: string, decision: HeldDecision, now = new Date()): Promise<void> {
  return retried(async () => {
    const { db } = vault;
    if (decision === 'discard') {
      await db.trainerHeld.delete([cohortId, heldId]);
      return;
    }
    const row = await db.trainerHeld.get([cohortId, heldId]);
    if (!row) return;
    const file = await openCompressed<ProgressFile>(vault, place.held(cohortId, heldId), row.sealed);
    if (!file) throw new UnreadableRecord(`held file ${heldId} of cohort ${cohortId}`);
    const state = await cohortState(vault, cohortId, true);
    const ref = await refOf(vault, cohortId, file.learner.account.name);
    const changes: LearnerChange[] = [];
    let fresh: ImportedStatement[];
    if (decision === 'keep-first') {
      fresh = file.statements.filter((s) => !state.owners.has(s.id));
    } else {
      fresh = file.statements.filter((s) => state.owners.get(s.id) !== ref);
      const taken = new Set(fresh.map((s) => s.id));
      for (const owner of sharedWith(state, ref, [...taken]).keys()) changes.push(await withoutRecords(vault, cohortId, state, owner, taken, now));
    }
    const known = state.memory.learners.has(ref);
    // A file whose every record is another learner's brings nobody new when the first is kept.
    const change = fresh.length || known ? await learnerChange(vault, cohortId, state, ref, file, fresh, now) : null;
    if (change) changes.push(change);
    await commit(vault, cohortId, state, changes, { remove: heldId });
  });
}

/** A learner's records once `taken` are no longer hers. */
async function withoutRecords(vault: Vault, cohortId: string, state: CohortState, ref: string, taken: Set<string>, now: Date): Promise<LearnerChange> {
  const record = state.memory.learners.get(ref)!.record;
  const remaining = (await statementsOf(vault, cohortId, ref)).filter((s) => !taken.has(s.id));
  if (!remaining.length) return { ref, record: null, ids: [], statements: [], rewrite: true };
  return {
    ref,
    record: { ...record, summary: summariseLearner(infoOfSummary(record.summary), remaining), importedAt: now.toISOString() },
    ids: remaining.map((s) => s.id),
    statements: remaining,
    rewrite: true,
  };
}
