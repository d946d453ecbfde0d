import type { TrainerKeys } from '../../../core/cohort/passphrase';
import { learnerRef, openJson, openSealed, seal, sealJson, sealedVersion, utf8, type Sealed } from '../../../core/cohort/sealed';
import type { LearnerSummary } from '../../../core/cohort/summary';
import type { CareLitDatabase } from './database';
import { inflated, type DeflateAnswer, type DeflateRequest } from './deflate';
import { rawDeflate } from './raw-deflate';
import { startDeflateWorker } from './deflate-worker';

/**
 * The trainer's data as the unlocked area reaches them: the database and the keys her
 * passphrase made, held in memory only (renderer/src/trainer/store.ts). Every record of a
 * cohort is sealed where it is written (its place is part of what is authenticated) and opened
 * where it is read; nothing here is ever written in clear.
 */
export interface Vault {
  db: CareLitDatabase;
  keys: TrainerKeys;
}

/** Where each kind of record lives: sealed with its place, a record opens nowhere else. */
export const place = {
  cohort: (id: string) => `cohort/${id}`,
  learner: (cohortId: string, ref: string) => `learner/${cohortId}/${ref}`,
  ids: (cohortId: string, ref: string) => `ids/${cohortId}/${ref}`,
  statements: (cohortId: string, ref: string, id: string) => `statements/${cohortId}/${ref}/${id}`,
  held: (cohortId: string, id: string) => `held/${cohortId}/${id}`,
  heldAbout: (cohortId: string, id: string) => `held/${cohortId}/${id}/about`,
};

/**
 * WebCrypto's promises, passed through Promise.resolve: inside a live query, Dexie keeps
 * watching across a promise only when it is one of its own (dexie-react-hooks' rule for
 * queriers that call another asynchronous API).
 */
export const sealAt = (vault: Vault, where: string, value: unknown): Promise<Sealed> => Promise.resolve(sealJson(vault.keys, where, value));
export const openAt = <T>(vault: Vault, where: string, sealed: Sealed): Promise<T | null> => Promise.resolve(openJson<T>(vault.keys, where, sealed));

/**
 * Statements kept whole are compressed before they are sealed (compressing after would gain
 * nothing: what is sealed looks random). xAPI's JSON repeats itself so much that a learner's
 * 500 statements go from about 1.1 MB to about 150 KB (the benchmark's simulated learners):
 * less to encrypt, to write and to keep.
 */
export async function sealCompressed(vault: Vault, where: string, value: unknown): Promise<Sealed> {
  const json = () => utf8(JSON.stringify(value));
  // A worker that broke with the bytes: compressed here from the value again.
  return sealDeflated(vault, where, await compressed(json()).catch(() => rawDeflate(json())));
}

/** Seals JSON text already compressed by `compressed` (what openCompressed opens). */
export const sealDeflated = (vault: Vault, where: string, deflatedJson: Uint8Array<ArrayBuffer>): Promise<Sealed> => Promise.resolve(seal(vault.keys, where, deflatedJson));

export async function openCompressed<T>(vault: Vault, where: string, sealed: Sealed): Promise<T | null> {
  const plain = await Promise.resolve(openSealed(vault.keys, where, sealed));
  return plain === null ? null : (JSON.parse(new TextDecoder().decode(await inflated(plain))) as T);
}

/** The deflate worker broke before it answered: the bytes it was handed went with it. */
export class CompressionLost extends Error {
  override name = 'CompressionLost';
}

/**
 * The bytes compressed (raw-deflate.ts): in the deflate worker when one starts, so that it runs
 * beside the main thread, which goes on checking the next file; on the main thread otherwise.
 * Plain bytes only: keys stay here.
 *
 * Bytes that are the whole of their buffer are handed over to the worker, not copied (a progress
 * file is about 1 MB): the caller must not use them afterwards. A part of a larger buffer is
 * copied first (the rest may be another's). A request the worker could not answer is compressed
 * here with the bytes it sends back; one it was given when it broke fails with CompressionLost,
 * and the caller compresses what it has another way.
 */
export function compressed(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const worker = deflateWorker();
  if (!worker) return Promise.resolve(rawDeflate(bytes));
  return Promise.resolve(
    new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      const id = (deflating.next += 1);
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      try {
        worker.postMessage({ id, bytes: own } satisfies DeflateRequest, [own.buffer]);
      } catch {
        // Bytes that cannot be handed over (a shared buffer): compressed here.
        resolve(rawDeflate(bytes));
        return;
      }
      deflating.waiting.set(id, { resolve, reject });
    }),
  );
}

interface Deflating {
  resolve: (bytes: Uint8Array<ArrayBuffer>) => void;
  reject: (error: unknown) => void;
}
/** The worker (null: none could start; undefined: not tried yet) and the requests it has not answered. */
const deflating: { worker: Worker | null | undefined; next: number; waiting: Map<number, Deflating> } = { worker: undefined, next: 0, waiting: new Map() };

function deflateWorker(): Worker | null {
  if (deflating.worker !== undefined) return deflating.worker;
  let worker: Worker | null;
  try {
    worker = startDeflateWorker();
  } catch {
    worker = null;
  }
  deflating.worker = worker;
  if (!worker) return null;
  worker.onmessage = ({ data }: MessageEvent<DeflateAnswer>) => {
    const request = deflating.waiting.get(data.id);
    if (!request) return;
    deflating.waiting.delete(data.id);
    request.resolve(data.ok ? data.bytes : rawDeflate(data.bytes));
  };
  // A worker that cannot load or breaks: the main thread compresses from now on; what it held is lost.
  worker.onerror = () => {
    worker.terminate();
    deflating.worker = null;
    for (const request of deflating.waiting.values()) request.reject(new CompressionLost());
    deflating.waiting.clear();
  };
  return worker;
}

/** Learners' references by key, made once each: a reference is quick to make, but each asks WebCrypto's thread and waits for its answer. */
const refs = new WeakMap<TrainerKeys, Map<string, Promise<string>>>();

/** A learner's reference in a cohort (core/cohort/sealed.ts learnerRef), made once while the area stays unlocked. */
export function refOf(vault: Vault, cohortId: string, account: string): Promise<string> {
  let made = refs.get(vault.keys);
  if (!made) refs.set(vault.keys, (made = new Map()));
  const key = `${cohortId}\n${account}`;
  let ref = made.get(key);
  if (!ref) {
    made.set(key, (ref = learnerRef(vault.keys, cohortId, account)));
    ref.catch(() => made.delete(key));
  }
  return Promise.resolve(ref);
}

/** A record that should open and does not: sealed with another key, or changed on the disk. */
export class UnreadableRecord extends Error {
  override name = 'UnreadableRecord';
}

/** What the trainer area keeps of one learner (sealed in trainerLearners). */
export interface LearnerRecord {
  /** Her summary, with what she shares from her newest export (by real date). */
  summary: LearnerSummary;
  /** When that newest export was made. */
  exportedAt: string;
  importedAt: string;
}

/**
 * What was opened once, kept while the area stays unlocked: per learner, her record and the ids
 * of her records, each with the version of the sealed value it came from (a value sealed again
 * is opened again, whoever wrote it). Held per key, so locking the area (which drops the keys)
 * drops it too.
 */
export interface CohortMemory {
  learners: Map<string, { version: string; record: LearnerRecord }>;
  ids: Map<string, { version: string; ids: string[] }>;
  /**
   * The cohort's revision when `learners` and `ids` last held every learner: every write to a
   * learner moves the revision (renderer/src/db/cohort-import.ts), so while it has not moved,
   * what is in memory is what the database holds, and nothing needs reading but the cohort's row.
   */
  complete: { learners: number | null; ids: number | null };
  /** One more each time `learners` changes; the list of summaries made from it is kept until then. */
  changes: number;
  summaries: { changes: number; list: LearnerSummary[] } | null;
}
const memories = new WeakMap<TrainerKeys, Map<string, CohortMemory>>();

export function memoryOf(vault: Vault, cohortId: string): CohortMemory {
  let byCohort = memories.get(vault.keys);
  if (!byCohort) memories.set(vault.keys, (byCohort = new Map()));
  let memory = byCohort.get(cohortId);
  if (!memory) byCohort.set(cohortId, (memory = { learners: new Map(), ids: new Map(), complete: { learners: null, ids: null }, changes: 0, summaries: null }));
  return memory;
}

/** Summaries keep their records without a prototype (no key from a file can reach an inherited member); JSON gives them one back. */
function revived(record: LearnerRecord): LearnerRecord {
  const summary = record.summary;
  summary.modules = Object.assign(Object.create(null) as LearnerSummary['modules'], summary.modules);
  summary.items = Object.assign(Object.create(null) as LearnerSummary['items'], summary.items);
  return record;
}

/** Opens the sealed rows not opened yet, or sealed again since; keeps the others as they were, drops those gone. Whether anything changed. */
async function opened<T>(
  kept: Map<string, { version: string } & T>,
  rows: readonly { ref: string; sealed: Sealed }[],
  open: (row: { ref: string; sealed: Sealed }) => Promise<T>,
): Promise<boolean> {
  let changed = false;
  const present = new Set(rows.map((r) => r.ref));
  for (const ref of kept.keys()) if (!present.has(ref)) changed = kept.delete(ref);
  await Promise.all(
    rows.map(async (row) => {
      const version = sealedVersion(row.sealed);
      if (kept.get(row.ref)?.version === version) return;
      kept.set(row.ref, { ...(await open(row)), version });
      changed = true;
    }),
  );
  return changed;
}

/**
 * What a cohort holds of one kind, from memory while the cohort's revision has not moved since
 * it was complete; otherwise its sealed rows are read and those not opened yet (or sealed again
 * since) opened. The revision is read first: rows newer than it only make the next call read again.
 */
async function current<T>(
  vault: Vault,
  cohortId: string,
  kind: 'learners' | 'ids',
  read: () => Promise<{ ref: string; sealed: Sealed }[]>,
  open: (row: { ref: string; sealed: Sealed }) => Promise<T>,
): Promise<Map<string, T>> {
  const memory = memoryOf(vault, cohortId);
  const kept = memory[kind] as unknown as Map<string, { version: string } & T>;
  const rev = (await vault.db.trainerCohorts.get(cohortId))?.rev ?? null;
  if (rev === null || memory.complete[kind] !== rev) {
    if ((await opened(kept, await read(), open)) && kind === 'learners') memory.changes += 1;
    memory.complete[kind] = rev;
  }
  return kept;
}

/** The summaries of the learners in memory, the same list as long as they have not changed. */
export function summariesIn(memory: CohortMemory): LearnerSummary[] {
  if (memory.summaries?.changes !== memory.changes) memory.summaries = { changes: memory.changes, list: [...memory.learners.values()].map((l) => l.record.summary) };
  return memory.summaries.list;
}

/**
 * What the dashboard can draw at once, before its query has checked the database: the summaries
 * opened when the area unlocked (or since), if every learner of the cohort was opened then.
 * The query that follows confirms them, or brings what changed.
 */
export function summariesInMemory(vault: Vault, cohortId: string): LearnerSummary[] | undefined {
  const memory = memoryOf(vault, cohortId);
  return memory.complete.learners === null ? undefined : summariesIn(memory);
}

/** The learners of a cohort, opened once each (then from memory): the dashboard's one read. */
export function learnerRecords(vault: Vault, cohortId: string): Promise<Map<string, { record: LearnerRecord }>> {
  return current(
    vault,
    cohortId,
    'learners',
    () => vault.db.trainerLearners.where('cohortId').equals(cohortId).toArray(),
    async (row) => {
      const record = await openAt<LearnerRecord>(vault, place.learner(cohortId, row.ref), row.sealed);
      if (!record) throw new UnreadableRecord(`learner ${row.ref} of cohort ${cohortId}`);
      return { record: revived(record) };
    },
  );
}

/** The ids of every learner's records in a cohort, opened once each: what an import checks a file against. */
export function learnerIds(vault: Vault, cohortId: string): Promise<Map<string, { ids: string[] }>> {
  return current(
    vault,
    cohortId,
    'ids',
    () => vault.db.trainerLearnerIds.where('cohortId').equals(cohortId).toArray(),
    async (row) => {
      const ids = await openAt<string[]>(vault, place.ids(cohortId, row.ref), row.sealed);
      if (!ids) throw new UnreadableRecord(`ids of learner ${row.ref} of cohort ${cohortId}`);
      return { ids };
    },
  );
}
