import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent, type ContentFile } from '../core/content/check';
import { byPosition, formatFault, type ContentFault } from '../core/content/faults';
import { parseTermList, placedTermFaults, termChecker, termFaults, TERMS_FILE, type TermChecker } from '../core/content/terms';
import { isLanguage, LANGUAGES, type Language } from '../core/i18n';
import { RUBRIC_LABELS } from '../core/blocks/prompt-lab/definition';
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

/**
 * Interface texts written in code rather than in a locale file, each with the file that holds
 * it beside the modules folder: the prompt checker's messages, and the names of a prompt's
 * rubric (shown under a try and in a trainer's report).
 */
const CODE_TEXTS: readonly { file: string; texts: (lang: Language) => { key: string; text: string }[] }[] = [
  { file: join('core', 'prompt-check', 'messages.ts'), texts: promptCheckTexts },
  { file: join('core', 'blocks', 'prompt-lab', 'definition.ts'), texts: (lang) => Object.entries(RUBRIC_LABELS).map(([key, label]) => ({ key, text: label[lang] })) },
];

/**
 * Forbidden variants in the interface's texts written in code (CODE_TEXTS): the texts as this
 * build has them, each placed on the line of its file that holds its longest stretch of words (a
 * placeholder such as [NISS] is written there as code). None for a file that is not beside the
 * modules folder, as for a folder of test modules.
 */
export function codeTextTermFaults(modulesDir: string, terms: TermChecker, cwd = process.cwd()): ContentFault[] {
  return CODE_TEXTS.flatMap(({ file, texts }) => {
    const path = join(dirname(resolve(modulesDir)), file);
    if (!existsSync(path)) return [];
    const lines = readFileSync(path, 'utf8').split('\n');
    const lineOf = (text: string) => {
      const words = text.split(/\[[^\]]*\]/).reduce((longest, piece) => (piece.trim().length > longest.length ? piece.trim() : longest), '');
      return lines.findIndex((line) => line.includes(words || text)) + 1 || 1;
    };
    const placed = LANGUAGES.flatMap((lang) => texts(lang).map(({ key, text }) => ({ lang, text, line: lineOf(text), path: `${lang}.${key}` })));
    return placedTermFaults(terms, relative(cwd, path) || path, placed);
  });
}

/** Forbidden variants in the UI strings: the interface uses the content's words. */
function uiTermFaults(modulesDir: string, terms: TermChecker, cwd = process.cwd()): ContentFault[] {
  return [...uiStringFiles(modulesDir, cwd).flatMap((f) => (isLanguage(f.lang) ? termFaults(terms, f.file, f.text, f.lang) : [])), ...codeTextTermFaults(modulesDir, terms, cwd)];
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
  const faults = [...listFaults, ...report.faults, ...(terms ? uiTermFaults(dir, terms) : [])].sort(byPosition);
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
