import { isUtf8, transcode } from 'node:buffer';
import { createHash } from 'node:crypto';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgressFile } from '../core/cohort/progress-file';
import { readProgressBytes, tooLarge, type CohortRefusalCode, type Refusal } from '../core/cohort/read-progress-file';
import { summariseMerged } from '../core/cohort/merge';
import type { LearnerSummary } from '../core/cohort/summary';

/**
 * Reading progress files from the disk for `carelit cohort report`, as the app's import reads
 * them. Kept apart from the command so that worker threads (cohort-worker.ts) load only this.
 */
export type CohortRefusal = { code: CohortRefusalCode; params?: Refusal['params'] };
export type Refused = { path: string; ok: false; refusal: CohortRefusal };
export type Outcome = { path: string; ok: true; file: ProgressFile } | Refused;

const DISK_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
};

function refused(path: string, refusal: CohortRefusal): Refused {
  return { path, ok: false, refusal };
}

function unreadable(path: string, error: unknown): Refused {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = (code && DISK_ERRORS[code]) ?? code ?? (error instanceof Error ? error.message : String(error));
  return refused(path, { code: 'unreadable', params: { detail } });
}

/** What a path must be before it is opened: a regular file (a pipe or a device could be endless) of a sane size. */
function unfit(path: string, info: { isFile(): boolean; isDirectory(): boolean; size: number }): Refused | null {
  if (!info.isFile()) return refused(path, { code: 'unreadable', params: { detail: info.isDirectory() ? 'it is a folder' : 'not a regular file' } });
  const large = tooLarge(info.size);
  return large ? refused(path, large) : null;
}

/** A file's bytes as read from the disk, or why they were not. */
export type Bytes = { ok: true; bytes: Uint8Array } | Refused;

/**
 * A file's bytes, its size checked before a byte is read (a 1 GB file is refused, not read), and
 * checked again through the open handle, so that what is measured is what is read.
 */
export async function readBytes(path: string): Promise<Bytes> {
  try {
    const before = unfit(path, await stat(path));
    if (before) return before;
    const handle = await open(path, 'r');
    try {
      const opened = unfit(path, await handle.stat());
      if (opened) return opened;
      return { ok: true, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(path, error);
  }
}

/** A file's bytes read as the app's import reads them, by its own rules (core/cohort/read-progress-file.ts). */
async function outcomeOf(path: string, read: Bytes, now: Date): Promise<Outcome> {
  if (!read.ok) return read;
  try {
    const result = await readProgressBytes(read.bytes, { sha256: nodeSha256, utf8Text: nodeUtf8Text, now });
    return result.ok ? { path, ok: true, file: result.file } : refused(path, result.refusal);
  } catch (error) {
    return unreadable(path, error);
  }
}

/** Reads one file as the app's import does: its bytes from the disk (readBytes), then everything the import checks. */
export async function readOne(path: string, now = new Date()): Promise<Outcome> {
  return outcomeOf(path, await readBytes(path), now);
}

/** The files named on the command line, a folder standing for its *.json files in name order. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let folder = false;
    try {
      folder = (await stat(path)).isDirectory();
    } catch {
      // Not there or not reachable: readOne says why, as for any file.
    }
    if (!folder) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

/**
 * UTF-8 bytes as text, or null when they are not valid UTF-8: what the app's decoder gives
 * (TextDecoder, fatal), in about half its time here. Node checks the bytes (the same rules: no
 * overlong form, no surrogate, nothing past U+10FFFF, no cut sequence), then converts them.
 */
export function nodeUtf8Text(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) return null;
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}

function nodeSha256(pieces: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex');
}

/** What a valid file brings to the report once read: its summary and statement ids, not its statements. */
export interface DigestedFile {
  path: string;
  ok: true;
  account: string;
  /** Her name as the file shares it (cleaned when read), for messages. */
  displayName?: string;
  ids: string[];
  summary: LearnerSummary;
}

/**
 * Reads, validates and summarises one file. Only the summary and the ids travel on (from a
 * worker thread, or to the merge): a learner's statements are not kept once summarised.
 */
export async function digestFile(path: string, now = new Date(), read?: Bytes): Promise<DigestedFile | Refused> {
  const outcome = await outcomeOf(path, read ?? (await readBytes(path)), now);
  return outcome.ok ? digestOf(path, outcome.file) : outcome;
}

export function digestOf(path: string, file: ProgressFile): DigestedFile {
  return {
    path,
    ok: true,
    account: file.learner.account.name,
    ...(file.learner.displayName ? { displayName: file.learner.displayName } : {}),
    ids: file.statements.map((s) => s.id),
    summary: summariseMerged({ learner: file.learner, exportedAt: file.exportedAt, statements: file.statements }),
  };
}
