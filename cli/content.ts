import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent, type ContentFile } from '../core/content/check';
import { byPosition, formatFault, type ContentFault } from '../core/content/faults';
import { parseTermList, placedTermFaults, termChecker, termFaults, TERMS_FILE, type TermChecker } from '../core/content/terms';
import { isLanguage, LANGUAGES, type Language } from '../core/i18n';
import { BLOCK_TYPES } from '../core/blocks';
import { BLOCKS } from '../core/blocks/registry';
import type { AnyBlockDefinition } from '../core/blocks/types';
import type { LearningModule } from '../core/content/schema';
import { promptCheckTexts } from '../core/prompt-check/messages';
import { formatStats, moduleStats, statsJson } from '../core/content/stats';

export const MODULE_FILE = 'module.yaml';

/** Reads every `<dir>/<module-id>/module.yaml` under `dir`. */
export function readModuleFiles(dir: string, cwd = process.cwd()): ContentFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, MODULE_FILE)))
    .map((entry) => {
      const path = join(dir, entry.name, MODULE_FILE);
      return { file: relative(cwd, path) || path, folder: entry.name, text: readFileSync(path, 'utf8') };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Images live in the assets/ folder beside the modules folder. */
export function assetsBeside(modulesDir: string): (src: string) => boolean {
  const assets = join(dirname(resolve(modulesDir)), 'assets');
  return (src) => existsSync(join(assets, src)) && statSync(join(assets, src)).isFile();
}

/**
 * The term lists of `modulesDir` (its terms.yaml), or their faults; none when the folder has no
 * list (a folder of test modules, say).
 */
export function termsOf(modulesDir: string, cwd = process.cwd()): { terms?: TermChecker; faults: ContentFault[] } {
  const path = join(modulesDir, TERMS_FILE);
  if (!existsSync(path)) return { faults: [] };
  const parsed = parseTermList(readFileSync(path, 'utf8'), relative(cwd, path) || path);
  return parsed.ok ? { terms: termChecker(parsed.list), faults: [] } : { faults: parsed.faults };
}

/**
 * The app's UI strings beside the modules folder: locales/<lang>/*.json and each block type's
 * renderer/src/blocks/<type>/locales/<lang>.json, each with its language.
 */
function uiStringFiles(modulesDir: string, cwd: string): { file: string; lang: string; text: string }[] {
  const root = dirname(resolve(modulesDir));
  const jsonIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith('.json'))
          .map((n) => join(dir, n))
      : [];
  const locales = join(root, 'locales');
  const blocks = join(root, 'renderer', 'src', 'blocks');
  const shared = existsSync(locales) ? readdirSync(locales).flatMap((lang) => jsonIn(join(locales, lang)).map((path) => ({ path, lang }))) : [];
  const own = existsSync(blocks)
    ? readdirSync(blocks).flatMap((type) => jsonIn(join(blocks, type, 'locales')).map((path) => ({ path, lang: path.replace(/^.*[/\\]|\.json$/g, '') })))
    : [];
  return [...shared, ...own].map(({ path, lang }) => ({ file: relative(cwd, path) || path, lang, text: readFileSync(path, 'utf8') }));
}

/** Texts the interface shows that are written in code, and the files they may be written in. */
interface CodeTexts {
  files: string[];
  texts: (lang: Language) => { key: string; text: string }[];
}

/** The .ts files of a folder, tests left out. */
const sourcesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .map((name) => join(dir, name))
    : [];

/**
 * Interface texts written in code rather than in a locale file: the prompt checker's messages;
 * and each block type's name and the names it gives its parts in the learner's view and a
 * trainer's report (a rubric's "Audience", an alarm's classes…), read from its definition for the
 * shipped blocks and looked for in its folder (a part named by the module is not found there:
 * it is checked as the module's text).
 */
function codeTexts(root: string, modules: readonly LearningModule[]): CodeTexts[] {
  const blocks = modules.flatMap((mod) => mod.lessons.flatMap((lesson) => lesson.blocks));
  return [
    { files: [join(root, 'core', 'prompt-check', 'messages.ts')], texts: promptCheckTexts },
    ...BLOCK_TYPES.map((type) => ({
      files: sourcesIn(join(root, 'core', 'blocks', type)),
      texts: (lang: Language) => {
        const definition: AnyBlockDefinition = BLOCKS[type];
        const labels = blocks.filter((block) => block.type === type).flatMap((block) => Object.entries(definition.answer?.report.labels(block as never).parts ?? {}));
        return [...new Map([['label', definition.label] as const, ...labels]).entries()].map(([key, label]) => ({ key, text: label[lang] }));
      },
    })),
  ];
}

/**
 * Forbidden variants in the interface's texts written in code (codeTexts): the texts as this
 * build has them, each placed on the line that holds its longest stretch of words (a placeholder
 * such as [NISS] is written there as code). Only files beside the modules folder are read: a
 * folder of test modules has none.
 */
export function codeTextTermFaults(modulesDir: string, modules: readonly LearningModule[], terms: TermChecker, cwd = process.cwd()): ContentFault[] {
  return codeTexts(dirname(resolve(modulesDir)), modules).flatMap(({ files, texts }) => {
    const sources = files.filter((file) => existsSync(file)).map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n') }));
    return LANGUAGES.flatMap((lang) =>
      texts(lang).flatMap(({ key, text }) => {
        const words = text.split(/\[[^\]]*\]/).reduce((longest, piece) => (piece.trim().length > longest.length ? piece.trim() : longest), '') || text;
        for (const { file, lines } of sources) {
          const line = lines.findIndex((l) => l.includes(words)) + 1;
          if (line > 0) return placedTermFaults(terms, relative(cwd, file) || file, [{ lang, text, line, path: `${lang}.${key}` }]);
        }
        return [];
      }),
    );
  });
}

/** Forbidden variants in the UI strings: the interface uses the content's words. */
function uiTermFaults(modulesDir: string, modules: readonly LearningModule[], terms: TermChecker, cwd = process.cwd()): ContentFault[] {
  return [
    ...uiStringFiles(modulesDir, cwd).flatMap((f) => (isLanguage(f.lang) ? termFaults(terms, f.file, f.text, f.lang) : [])),
    ...codeTextTermFaults(modulesDir, modules, terms, cwd),
  ];
}

export interface CommandOutput {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Reads and checks the modules of `dir`; the faults, or the valid modules. */
function checkedModules(dir: string): CommandOutput | ReturnType<typeof checkContent> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { code: 1, stdout: [], stderr: [`${dir}: not a folder (expected a folder of modules, each with a ${MODULE_FILE})`] };
  }
  const files = readModuleFiles(dir);
  if (files.length === 0) {
    return { code: 1, stdout: [], stderr: [`${dir}: no module found (expected <module-id>/${MODULE_FILE})`] };
  }
  const { terms, faults: listFaults } = termsOf(dir);
  const report = checkContent(files, { assetExists: assetsBeside(dir), ...(terms ? { terms } : {}) });
  const faults = [...listFaults, ...report.faults, ...(terms ? uiTermFaults(dir, report.modules, terms) : [])].sort(byPosition);
  return faults.length > 0 ? { code: 1, stdout: faults.map(formatFault), stderr: [] } : report;
}

export function contentCheck(dir: string): CommandOutput {
  const result = checkedModules(dir);
  if ('code' in result) return result;
  const noun = result.modules.length === 1 ? 'module' : 'modules';
  return { code: 0, stdout: [`${result.modules.length} ${noun} checked: no fault.`], stderr: [] };
}

/**
 * Per module: blocks by type, words per language, computed minutes against the declared
 * estimate. As text for authors, or with `json` one object per module and line, for scripts.
 */
export function contentStats(dir: string, { json = false } = {}): CommandOutput {
  const result = checkedModules(dir);
  if ('code' in result) return result;
  const stats = result.modules.map(moduleStats);
  return { code: 0, stdout: json ? stats.map((s) => JSON.stringify(statsJson(s))) : stats.flatMap(formatStats), stderr: [] };
}
