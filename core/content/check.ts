import { definitionOf } from '../blocks';
import type { ContentFault } from './faults';
import { byPosition } from './faults';
import { parseModuleSource } from './parse';
import { termFaults, type TermChecker } from './terms';
import type { LearningModule } from './schema';

export interface ContentFile {
  /** Path shown to the author, relative to where the check was started. */
  file: string;
  /** Name of the folder holding the file: a module's id must match it. */
  folder: string;
  text: string;
}

export interface CheckReport {
  modules: LearningModule[];
  faults: ContentFault[];
}

export interface CheckOptions {
  /** Whether a file a block needs exists (a path relative to assets/). Without it, such files are not checked. */
  assetExists?: (src: string) => boolean;
  /** The term lists (modules/terms.yaml): a forbidden variant is a fault. Without them, terms are not checked. */
  terms?: TermChecker;
}

/** Checks a set of module files together: each on its own, then across files (ids, prerequisites, images). */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): CheckReport {
  const faults: ContentFault[] = [];
  const modules: { mod: LearningModule; file: string }[] = [];
  for (const f of files) {
    const result = parseModuleSource(f.text, f.file);
    if (!result.ok) {
      faults.push(...result.faults);
      continue;
    }
    if (result.module.id !== f.folder) {
      faults.push({
        file: f.file,
        line: lineOfKey(f.text, 'id'),
        field: 'id',
        message: `module id "${result.module.id}" must match its folder name "${f.folder}"`,
      });
      continue;
    }
    modules.push({ mod: result.module, file: f.file });
    if (options.assetExists) faults.push(...missingAssetFaults(result.module, f, options.assetExists));
    if (options.terms) faults.push(...termFaults(options.terms, f.file, f.text));
  }
  const firstFile = new Map<string, string>();
  for (const { mod, file } of modules) {
    const seen = firstFile.get(mod.id);
    if (seen) {
      faults.push({ file, line: lineOfKey(textOf(files, file), 'id'), field: 'id', message: `duplicate module id "${mod.id}" (also in ${seen})` });
    } else firstFile.set(mod.id, file);
  }
  for (const { mod, file } of modules) {
    mod.prerequisites.forEach((pre, i) => {
      if (!firstFile.has(pre)) {
        faults.push({ file, line: lineOfKey(textOf(files, file), 'prerequisites'), field: `prerequisites.${i}`, message: `unknown module "${pre}"` });
      }
    });
  }
  return { modules: faults.length === 0 ? modules.map((m) => m.mod) : [], faults: faults.sort(byPosition) };
}

/** Every file a block needs (an image, say) must be in assets/. */
function missingAssetFaults(mod: LearningModule, f: ContentFile, assetExists: (src: string) => boolean): ContentFault[] {
  return mod.lessons.flatMap((lesson, li) =>
    lesson.blocks.flatMap((block, bi) =>
      definitionOf(block)
        .content.assets(block)
        .filter((asset) => !assetExists(asset.file))
        .map((asset) => ({
          file: f.file,
          line: lineOfText(f.text, asset.file),
          field: ['lessons', li, 'blocks', bi, ...asset.path].join('.'),
          message: `${asset.what} not found: assets/${asset.file}`,
        })),
    ),
  );
}

/** Line (1-based) of the first line that matches, for faults found after parsing; 1 if none. */
function lineWhere(text: string, matches: (line: string) => boolean): number {
  return text.split('\n').findIndex(matches) + 1 || 1;
}

function lineOfText(text: string, needle: string): number {
  return lineWhere(text, (l) => l.includes(needle));
}

function textOf(files: readonly ContentFile[], file: string): string {
  return files.find((f) => f.file === file)?.text ?? '';
}

/** Line (1-based) of a top-level key, for faults found after parsing. */
function lineOfKey(text: string, key: string): number {
  return lineWhere(text, (l) => l.startsWith(`${key}:`));
}
