import { PROGRESS_FILE_MAX_BYTES, type ProgressFile } from '../../../core/cohort/progress-file';
import { readProgressBytes, tooLarge, utf8TextOf, type CohortRefusalCode, type Refusal, type RefusalCode } from '../../../core/cohort/read-progress-file';
import { importProgressFile, type HeldFile } from '../db/cohort-import';
import { compressed, refOf, type Vault } from '../db/vault';

/** Reasons that come from reading the disk or saving, beyond what the file's content says. */
export interface ImportRefusal {
  code: Exclude<CohortRefusalCode, RefusalCode>;
  params?: Record<string, string>;
}

/** What the trainer sees for each file she imported: imported, refused with a reason, or held for her decision. */
export type FileOutcome =
  | { name: string; ok: true; account: string; displayName?: string; added: number; alreadyKnown: number; newLearner: boolean }
  | { name: string; ok: false; refusal: Refusal | ImportRefusal }
  | { name: string; ok: false; held: HeldFile };

/** The part of a File the import needs (a File, or a test's stand-in). */
export interface ImportSource {
  name: string;
  size: number;
  /**
   * The file's bytes, decoded as the CLI decodes them (core/cohort/read-progress-file.ts). Asked
   * once; the import keeps them (it hands them to its worker when they are the whole of their
   * buffer), so they must be the import's own, as File.arrayBuffer() gives them.
   */
  bytes(): Promise<Uint8Array>;
}

/** How many files are read ahead of the one being saved: each is held parsed until its turn. */
const READ_AHEAD = 3;

/**
 * Imports files in order: each is read, validated and saved in its own transaction, so a bad
 * file is reported with its reason while the good ones still import. The size is checked before
 * the file is read.
 *
 * Up to READ_AHEAD files are read and checked ahead of the one being saved, so the main thread
 * checks while it would otherwise wait: the next file is checked once a file's records are on
 * their way to the database (renderer/src/db/cohort-import.ts), the longest wait of its save;
 * saves happen one at a time, in order. A file accepted has its own text compressed at once, in
 * a worker where one starts (renderer/src/db/vault.ts): when its every statement is new, that
 * is what is kept of them, so neither writing them out again nor compressing them takes the
 * main thread. What a file then costs there beyond reading and checking it is its summary,
 * sealing its small records and one write (`npm run bench -- cohort-import` measures the import
 * against reading and checking alone). Tried and dropped, as no faster on two cores: checking
 * in a worker (each file parsed twice) and waiting for IndexedDB to take the rows before
 * checking the next file. The summary stays here: in the worker it would need the file parsed
 * again, on the core that compresses it, to spare this one about a millisecond a file.
 */
export async function importFiles(vault: Vault, cohortId: string, files: readonly ImportSource[], onProgress?: (done: number, total: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  // One moment for the batch: a file dated after it (beyond the clock tolerance) is refused.
  const now = new Date();
  const reads = new Map<number, Promise<ReadOne>>();
  const readFrom = (i: number) => {
    if (i < files.length) reads.set(i, readOne(vault, cohortId, files[i]!, now));
  };
  for (let i = 0; i < READ_AHEAD; i += 1) readFrom(i);
  for (let i = 0; i < files.length; i += 1) {
    const read = await reads.get(i)!;
    reads.delete(i);
    let asked = false;
    const readNext = () => {
      if (asked) return;
      asked = true;
      readFrom(i + READ_AHEAD);
    };
    // Told from inside the database's transaction: the next file is read in a task of its own, outside it.
    const whileWriting = () => void setTimeout(readNext, 0);
    outcomes.push(read.ok ? await saveOne(vault, cohortId, read, now, whileWriting) : read.outcome);
    // Refused, held, or not saved: it wrote nothing, or the task has not come yet.
    readNext();
    onProgress?.(outcomes.length, files.length);
  }
  return outcomes;
}

type ReadOne = { ok: true; name: string; file: ProgressFile; fileText?: Promise<Uint8Array<ArrayBuffer>> } | { ok: false; outcome: FileOutcome };

async function readOne(vault: Vault, cohortId: string, source: ImportSource, now: Date): Promise<ReadOne> {
  const { name } = source;
  const refused = (refusal: Refusal | ImportRefusal): ReadOne => ({ ok: false, outcome: { name, ok: false, refusal } });
  const large = tooLarge(source.size, PROGRESS_FILE_MAX_BYTES);
  if (large) return refused(large);
  let bytes: Uint8Array;
  try {
    bytes = await source.bytes();
  } catch (error) {
    return refused({ code: 'unreadable', params: { detail: messageOf(error) } });
  }
  const read = await readProgressBytes(bytes, { now });
  if (!read.ok) return refused(read.refusal);
  // Her reference, made now (by WebCrypto's thread), so that her save does not wait for it; a
  // failure is asked again, and said, by her save.
  refOf(vault, cohortId, read.file.learner.account.name).catch(() => {});
  // Compressed at once (beside the main thread where a worker runs, which takes the bytes), in case its every statement is new.
  const text = utf8TextOf(bytes);
  if (!text) return { ok: true, name, file: read.file };
  const fileText = compressed(text);
  // Unused when some of them are known or the file is held: a failure then is nobody's concern (a save that needs it sees it).
  fileText.catch(() => undefined);
  return { ok: true, name, file: read.file, fileText };
}

async function saveOne(vault: Vault, cohortId: string, { name, file, fileText }: ReadOne & { ok: true }, now: Date, whileWriting: () => void): Promise<FileOutcome> {
  let saved;
  try {
    saved = await importProgressFile(vault, cohortId, file, name, { now, ...(fileText ? { fileText } : {}), whileWriting });
  } catch (error) {
    // The disk is full, or the database was closed: the file is fine, saving it failed.
    return { name, ok: false, refusal: { code: 'not-saved', params: { detail: messageOf(error) } } };
  }
  if (!saved.ok) return { name, ok: false, held: saved.held };
  const { displayName } = file.learner;
  return { name, ok: true, account: saved.account, ...(displayName ? { displayName } : {}), added: saved.added, alreadyKnown: saved.alreadyKnown, newLearner: saved.newLearner };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
