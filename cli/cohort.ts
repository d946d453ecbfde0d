import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cohortCsv, type CsvLabels } from '../core/cohort/csv';
import { mergeProgressFiles, summariseMerged } from '../core/cohort/merge';
import type { ProgressFile } from '../core/cohort/progress-file';
import { readProgressFile, tooLarge, type CohortRefusalCode, type Refusal } from '../core/cohort/read-progress-file';
import { cohortReport, reportModule, type CellStatus, type ReportModule } from '../core/cohort/report';
import { checkContent } from '../core/content/check';
import type { LearningModule } from '../core/content/schema';
import { isLanguage, LANGUAGES, type Language } from '../core/i18n';
import type { Profession } from '../core/professions';
import enCohort from '../locales/en/cohort.json';
import enCommon from '../locales/en/common.json';
import frCohort from '../locales/fr/cohort.json';
import frCommon from '../locales/fr/common.json';
import nlCohort from '../locales/nl/cohort.json';
import nlCommon from '../locales/nl/common.json';
import { readModuleFiles, type CommandOutput } from './content';

export const COHORT_USAGE = [
  '  cohort report [--format json|csv] [--lang fr|nl|en] FILE|DIR...',
  '                        validate learners\' progress files (of a folder: its *.json files) as the app\'s',
  '                        import does, and print the cohort report: JSON (default) or CSV (--lang: its',
  '                        labels, default en). A refused file is skipped and named on stderr with its',
  '                        reason (FILE: reason); the exit code is then 2',
];

/** The app's catalogue: every module in modules/, checked as the build checks it. */
export const MODULES_DIR = resolve(__dirname, '..', 'modules');


/**
 * One source of wording: the refusal messages, status and CSV labels the app shows, from
 * locales/. The types make a code or label missing from a locale file a compile error.
 */
const REFUSAL_MESSAGES: Record<CohortRefusalCode, string> = enCohort.refusal;

interface CohortWords {
  status: Record<CellStatus, string>;
  csv: Omit<Record<keyof CsvLabels, string>, 'professionName' | 'statusName'>;
}
const WORDS: Record<Language, { cohort: CohortWords; professions: Record<Profession, string> }> = {
  fr: { cohort: frCohort, professions: frCommon.profiles.professions },
  nl: { cohort: nlCohort, professions: nlCommon.profiles.professions },
  en: { cohort: enCohort, professions: enCommon.profiles.professions },
};

/** i18next's {{name}} placeholders, filled. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * A file's name and the values a refusal quotes from it (a key's path, the schema's detail)
 * come from outside: control characters are shown escaped, so that one refusal stays one line
 * and a file cannot send escape sequences to the trainer's terminal.
 */
// eslint-disable-next-line no-control-regex
export const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function refusalMessage(refusal: { code: CohortRefusalCode; params?: Refusal['params'] }): string {
  const params = Object.fromEntries(Object.entries(refusal.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? printable(v) : v]));
  return interpolate(REFUSAL_MESSAGES[refusal.code], params);
}

export function csvLabels(lang: Language): CsvLabels {
  const { cohort, professions } = WORDS[lang];
  const { anonymous, ...header } = cohort.csv;
  return {
    ...header,
    professionName: (profession) => professions[profession],
    statusName: (status) => cohort.status[status],
    anonymous: (accountStart) => interpolate(anonymous, { id: accountStart }),
  };
}

export function catalogueModules(dir = MODULES_DIR): { ok: true; modules: LearningModule[] } | { ok: false; message: string } {
  let files;
  try {
    files = readModuleFiles(dir);
  } catch {
    return { ok: false, message: `${dir}: cannot read the modules folder` };
  }
  const { modules, faults } = checkContent(files);
  if (faults.length) return { ok: false, message: `${dir}: ${faults.length} fault(s) in the modules; run "carelit content check" to see them` };
  return { ok: true, modules };
}

// ---------------------------------------------------------------------------------------------
// Reading the files

type CohortRefusal = { code: CohortRefusalCode; params?: Refusal['params'] };
export type Refused = { path: string; ok: false; refusal: CohortRefusal };
type Outcome = { path: string; ok: true; file: ProgressFile } | Refused;

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

/**
 * Reads one file as the app's import does, its size checked before a byte is read (a 1 GB file
 * is refused, not read), and checked again through the open handle, so that what is measured is
 * what is read. Decoding strips a byte-order mark, as the browser's File.text() does.
 */
export async function readOne(path: string): Promise<Outcome> {
  try {
    const before = unfit(path, await stat(path));
    if (before) return before;
    const handle = await open(path, 'r');
    try {
      const opened = unfit(path, await handle.stat());
      if (opened) return opened;
      const read = await readProgressFile(new TextDecoder().decode(await handle.readFile()));
      return read.ok ? { path, ok: true, file: read.file } : refused(path, read.refusal);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(path, error);
  }
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
 * The app refuses a file whose statement ids another learner of the cohort already has (the
 * cohort's store is keyed by statement id); mergeProgressFiles does not look across learners,
 * so the CLI checks it here, in the order the files are given, as the app imports them.
 */
function clashes(file: ProgressFile, owners: Map<string, string>): boolean {
  const account = file.learner.account.name;
  return file.statements.some((s) => {
    const owner = owners.get(s.id);
    return owner !== undefined && owner !== account;
  });
}

export async function readCohort(paths: readonly string[]): Promise<{ files: ProgressFile[]; refusals: Refused[] }> {
  const files: ProgressFile[] = [];
  const refusals: Refused[] = [];
  const owners = new Map<string, string>();
  // One file read ahead while the last one is validated: the disk and the CPU overlap.
  let next = paths.length ? readOne(paths[0]!) : null;
  for (let i = 0; next; i += 1) {
    const outcome = await next;
    next = i + 1 < paths.length ? readOne(paths[i + 1]!) : null;
    if (!outcome.ok) refusals.push(outcome);
    else if (clashes(outcome.file, owners)) refusals.push(refused(outcome.path, { code: 'id-clash' }));
    else {
      for (const s of outcome.file.statements) owners.set(s.id, outcome.file.learner.account.name);
      files.push(outcome.file);
    }
  }
  return { files, refusals };
}

// ---------------------------------------------------------------------------------------------
// The command

type Format = 'json' | 'csv';
interface ReportArgs {
  format: Format;
  lang: Language;
  paths: string[];
}

/** Reads `--name value` and `--name=value`; everything after `--` is a file. */
export function parseReportArgs(args: readonly string[]): ReportArgs | { error: string } {
  const parsed: ReportArgs = { format: 'json', lang: 'en', paths: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      parsed.paths.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (name === '--format') {
      if (value !== 'json' && value !== 'csv') return { error: `--format takes json or csv${value === undefined ? '' : `, not "${value}"`}` };
      parsed.format = value;
    } else if (name === '--lang') {
      if (!isLanguage(value)) return { error: `--lang takes ${LANGUAGES.join(', ')}${value === undefined ? '' : `, not "${value}"`}` };
      parsed.lang = value;
    } else return { error: `unknown option "${name}"` };
  }
  if (!parsed.paths.length) return { error: 'no progress file given' };
  return parsed;
}

function usageError(message: string): CommandOutput {
  return { code: 1, stdout: [], stderr: [`carelit cohort report: ${message}`, 'usage:', ...COHORT_USAGE] };
}

/**
 * `carelit cohort report`: the same core code as the app, from file to report. Exit 0 when
 * every file was read; 2 when some were refused (named on stderr, the others still reported);
 * 1 for a usage error (nothing reported).
 */
export async function cohortReportCommand(args: readonly string[], modulesDir = MODULES_DIR): Promise<CommandOutput> {
  if (args.includes('--help')) return { code: 0, stdout: ['usage:', ...COHORT_USAGE], stderr: [] };
  const parsed = parseReportArgs(args);
  if ('error' in parsed) return usageError(parsed.error);
  const catalogue = catalogueModules(modulesDir);
  if (!catalogue.ok) return { code: 1, stdout: [], stderr: [`carelit cohort report: ${catalogue.message}`] };

  const paths = await expandPaths(parsed.paths);
  if (!paths.length) return usageError(`no *.json file in ${parsed.paths.join(', ')}`);
  const { files, refusals } = await readCohort(paths);
  const modules: ReportModule[] = catalogue.modules.map(reportModule);
  const report = cohortReport(mergeProgressFiles(files).map(summariseMerged), modules);
  // main() ends each stdout entry with "\n"; the CSV's own line ends are "\r\n", its last one included.
  const text = parsed.format === 'csv' ? cohortCsv(report, modules, parsed.lang, csvLabels(parsed.lang)).slice(0, -1) : JSON.stringify(report, null, 2);
  return {
    code: refusals.length ? 2 : 0,
    stdout: [text],
    stderr: refusals.map((r) => `${printable(r.path)}: ${refusalMessage(r.refusal)}`),
  };
}
