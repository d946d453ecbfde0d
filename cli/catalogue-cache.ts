import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../core/content/check';
import type { LearningModule } from '../core/content/schema';

/**
 * The catalogue as last checked, kept beside the built command line. Checking the modules (their
 * YAML, the schema, each prompt lab's expert prompt through the prompt checker) takes one to two
 * seconds, which `cohort report`, `simulate` and `prompt-check` would otherwise spend on every
 * run (`cohort report` before reading a single progress file). The modules checked are kept under a key made of the module files they
 * were checked from and of the command line that checked them: any other file, or any other
 * build, does not find them and checks the modules again. Only a catalogue without a fault is kept.
 */
export interface CatalogueCache {
  /** The file the checked modules are kept in. */
  path: string;
  /** What else the key holds: the build of the command line (its own file's size and time). */
  build: string;
}

/** The key of a set of module files: their folders and texts, and the build that checks them. */
export function catalogueKey(files: readonly ContentFile[], build: string): string {
  const hash = createHash('sha256').update(build).update('\0');
  for (const { folder, text } of files) hash.update(`${folder.length}:${folder}${text.length}:`).update(text);
  return hash.digest('hex');
}

/** The modules kept under `key`, or null (none kept, kept under another key, or unreadable). */
export function keptCatalogue(cache: CatalogueCache, key: string): LearningModule[] | null {
  try {
    const kept = JSON.parse(readFileSync(cache.path, 'utf8')) as { key?: unknown; modules?: unknown };
    return kept.key === key && Array.isArray(kept.modules) ? (kept.modules as LearningModule[]) : null;
  } catch {
    return null;
  }
}

/** Keeps checked modules under `key`. Best effort: a folder that cannot be written only means checking again next time. */
export function keepCatalogue(cache: CatalogueCache, key: string, modules: readonly LearningModule[]): void {
  // Written whole, then renamed: a run reading it at the same moment finds the old one or the new one.
  const partial = `${cache.path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, JSON.stringify({ key, modules }));
    renameSync(partial, cache.path);
  } catch {
    rmSync(partial, { force: true });
  }
}

/** The cache of the built command line running from `file` (dist/cli/carelit.cjs): beside it, keyed by its build. */
export function cacheBeside(file: string, dir: string): CatalogueCache | null {
  try {
    const { size, mtimeMs } = statSync(file);
    return { path: join(dir, 'catalogue.json'), build: `${size}:${mtimeMs}` };
  } catch {
    return null;
  }
}
