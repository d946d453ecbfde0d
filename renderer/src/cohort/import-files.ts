import { PROGRESS_FILE_MAX_BYTES } from '../../../core/cohort/progress-file';
import { readProgressFile, tooLarge, type Refusal } from '../../../core/cohort/read-progress-file';
import type { CareLitDatabase } from '../db/database';
import { importProgressFile } from '../db/cohorts';

/** Reasons that come from reading the disk or saving, beyond what the file's content says. */
export interface ImportRefusal {
  code: 'id-clash' | 'unreadable' | 'not-saved';
  params?: Record<string, string>;
}

/** What the trainer sees for each file she imported. */
export type FileOutcome =
  | { name: string; ok: true; account: string; displayName?: string; added: number; alreadyKnown: number; newLearner: boolean }
  | { name: string; ok: false; refusal: Refusal | ImportRefusal };

/** The part of a File the import needs (a File, or a test's stand-in). */
export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * Imports files one after the other: each is read, validated and saved in its own transaction,
 * so a bad file is reported with its reason while the good ones still import. The size is
 * checked before the file is read.
 */
export async function importFiles(
  db: CareLitDatabase,
  cohortId: string,
  files: readonly ImportSource[],
  onProgress?: (done: number, total: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const source of files) {
    outcomes.push(await importOne(db, cohortId, source));
    onProgress?.(outcomes.length, files.length);
  }
  return outcomes;
}

async function importOne(db: CareLitDatabase, cohortId: string, source: ImportSource): Promise<FileOutcome> {
  const { name } = source;
  const large = tooLarge(source.size, PROGRESS_FILE_MAX_BYTES);
  if (large) return { name, ok: false, refusal: large };
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    return { name, ok: false, refusal: { code: 'unreadable', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  const read = await readProgressFile(text);
  if (!read.ok) return { name, ok: false, refusal: read.refusal };
  let saved;
  try {
    saved = await importProgressFile(db, cohortId, read.file);
  } catch (error) {
    // The disk is full, or the database was closed: the file is fine, saving it failed.
    return { name, ok: false, refusal: { code: 'not-saved', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  if (!saved.ok) return { name, ok: false, refusal: { code: saved.code } };
  const { displayName } = read.file.learner;
  return { name, ok: true, account: saved.account, ...(displayName ? { displayName } : {}), added: saved.added, alreadyKnown: saved.alreadyKnown, newLearner: saved.newLearner };
}
