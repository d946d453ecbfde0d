import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cohortCsv, type CsvLabels } from '../core/cohort/csv';
import { identityClashes, mergeProgressFiles, summariseMerged } from '../core/cohort/merge';
import type { CohortRefusalCode, Refusal } from '../core/cohort/read-progress-file';
import type { LearnerSummary } from '../core/cohort/summary';
import { cohortReport, reportModule, type CellStatus, type ReportModule } from '../core/cohort/report';
import type { ModuleResult } from '../core/attempts';
import { checkContent } from '../core/content/check';
import type { LearningModule } from '../core/content/schema';
import { isLanguage, LANGUAGES, type Language } from '../core/i18n';
import { cleanName, escapeInvisible } from '../core/names';
import type { Profession } from '../core/professions';
import enCohort from '../locales/en/cohort.json';
import enCommon from '../locales/en/common.json';
import frCohort from '../locales/fr/cohort.json';
import frCommon from '../locales/fr/common.json';
import nlCohort from '../locales/nl/cohort.json';
import nlCommon from '../locales/nl/common.json';
import { cacheBeside, catalogueKey, keepCatalogue, keptCatalogue } from './catalogue-cache';
import { digestFile, expandPaths, readBytes, readOne, type DigestedFile, type Refused } from './cohort-files';
import { readModuleFiles, type CommandOutput } from './content';

export const COHORT_USAGE = [
  '  cohort report [--format json|csv] [--lang fr|nl|en] FILE|DIR...',
  "                        validate learners' progress files (of a folder: its *.json files) as the app's",
  '                        import does, and print the cohort report: JSON (default) or CSV (--lang: its',
  '                        labels, default en). A refused file is skipped and named on stderr with its',
  '                        reason (FILE: reason); two files whose records belong to two learners are both',
  '                        named there, and neither learner is counted; the exit code is then 2',
];

/** Where this file runs from: cli/ through tsx, or dist/cli/ once built (scripts/build-cli.mjs). */
const BUILT = __filename.endsWith('.cjs');
const PROJECT_ROOT = resolve(__dirname, ...(BUILT ? ['..', '..'] : ['..']));

/** The app's catalogue: every module in modules/, checked as the build checks it. */
export const MODULES_DIR = resolve(PROJECT_ROOT, 'modules');

/**
 * One source of wording: the refusal messages, status and CSV labels the app shows, from
 * locales/. The types make a code or label missing from a locale file a compile error.
 */
interface CohortWords {
  refusal: Record<CohortRefusalCode, string>;
  held: { cli: string };
  status: Record<CellStatus, string>;
  result: Record<ModuleResult, string>;
  csv: Omit<Record<keyof CsvLabels, string>, 'professionName' | 'statusName' | 'resultName'>;
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
 * come from outside: every character not shown as itself is shown escaped (core/names.ts), so
 * that one refusal stays one line, a file cannot send escape sequences to the trainer's terminal,
 * and a name cannot turn itself around.
 */
export const printable = escapeInvisible;

export function refusalMessage(refusal: { code: CohortRefusalCode; params?: Refusal['params'] }, lang: Language = 'en'): string {
  const params = Object.fromEntries(Object.entries(refusal.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? printable(v) : v]));
  return interpolate(WORDS[lang].cohort.refusal[refusal.code], params);
}

export function csvLabels(lang: Language): CsvLabels {
  const { cohort, professions } = WORDS[lang];
  const { anonymous, ...header } = cohort.csv;
  return {
    ...header,
    professionName: (profession) => professions[profession],
    statusName: (status) => cohort.status[status],
    resultName: (result) => cohort.result[result],
    anonymous: (accountStart) => interpolate(anonymous, { id: accountStart }),
  };
}

/** Built, the command line keeps the catalogue it checked beside itself (cli/catalogue-cache.ts). */
const CATALOGUE_CACHE = BUILT ? cacheBeside(__filename, __dirname) : null;

export function catalogueModules(dir = MODULES_DIR, cache = CATALOGUE_CACHE): { ok: true; modules: LearningModule[] } | { ok: false; message: string } {
  let files;
  try {
    files = readModuleFiles(dir);
  } catch {
    return { ok: false, message: `${dir}: cannot read the modules folder` };
  }
  const key = cache && catalogueKey(files, cache.build);
  const kept = cache && key && keptCatalogue(cache, key);
  if (kept) return { ok: true, modules: kept };
  const { modules, faults } = checkContent(files);
  if (faults.length) return { ok: false, message: `${dir}: ${faults.length} fault(s) in the modules; run "carelit content check" to see them` };
  if (cache && key) keepCatalogue(cache, key, modules);
  return { ok: true, modules };
}

// ---------------------------------------------------------------------------------------------
// Merging the files

/**
 * Helper threads for reading files: one per core beyond the main thread's. They are started
 * first thing and the main thread reads files too meanwhile: whoever is free takes the next file.
 */
export interface Helpers {
  readonly workers: Worker[];
  stop(): Promise<void>;
}

/** Below this many files, a helper thread's start-up costs more than it saves. */
const FILES_WORTH_A_HELPER = 8;

export function startHelpers(count = availableParallelism() - 1): Helpers {
  const entry = pathToFileURL(join(__dirname, 'cohort-worker.ts')).href;
  // Built, a helper is plain JavaScript; run through tsx, it loads the same way, through tsx's API.
  const start = () =>
    BUILT
      ? new Worker(join(__dirname, 'cohort-worker.cjs'))
      : new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, { eval: true });
  const workers: Worker[] = [];
  for (let i = 0; i < count; i += 1) {
    try {
      const worker = start();
      worker.unref();
      workers.push(worker);
    } catch {
      break; // no thread to spare: the main thread reads every file
    }
  }
  return { workers, stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

type Digested = DigestedFile | Refused;

/** Digests every file, in the main thread and the helpers at once; results in the files' order. */
async function digestAll(paths: readonly string[], helpers: Helpers, now: Date): Promise<Digested[]> {
  const results: Digested[] = new Array(paths.length);
  let next = 0;
  const take = () => (next < paths.length ? next++ : -1);
  const inHelper = (worker: Worker) =>
    new Promise<void>((done) => {
      let busy = 0;
      const feed = () => {
        // Two files in hand, so that a helper never waits on a busy main thread for its next one.
        while (busy < 2) {
          const index = take();
          if (index < 0) break;
          busy += 1;
          worker.postMessage({ index, path: paths[index], now: now.getTime() });
        }
        if (busy === 0) done();
      };
      worker.on('message', (message: { ready: true } | { index: number; result: Digested }) => {
        if ('index' in message) {
          results[message.index] = message.result;
          busy -= 1;
        }
        feed();
      });
      // A helper that fails leaves its files to be read again by the main thread.
      worker.on('error', () => done());
    });
  const helpersDone = Promise.all(helpers.workers.map(inHelper));
  // The main thread reads its next file from the disk while it checks the one in hand.
  let index = take();
  let nextRead = index >= 0 ? readBytes(paths[index]!) : null;
  while (index >= 0) {
    const read = await nextRead!;
    const following = take();
    nextRead = following >= 0 ? readBytes(paths[following]!) : null;
    results[index] = await digestFile(paths[index]!, now, read);
    index = following;
  }
  await helpersDone;
  for (let i = 0; i < paths.length; i += 1) results[i] ??= await digestFile(paths[i]!, now);
  return results;
}

/** Two files whose records belong to two learners: the later one read, and the earlier one it shares records with. */
export interface HeldPair {
  file: DigestedFile;
  other: DigestedFile;
  shared: number;
}

/** The pairs of files to hold (core/cohort/merge.ts identityClashes), and the accounts that are then not counted. */
export function heldPairs(read: readonly DigestedFile[]): { held: HeldPair[]; accounts: Set<string> } {
  const { clashes, accounts } = identityClashes(read);
  const held = clashes.flatMap((clash) => clash.with.map((other) => ({ file: read[clash.index]!, other: read[other.index]!, shared: other.shared })));
  return { held, accounts };
}

/**
 * The files as the app would show them: several files of one learner make one learner, and
 * files whose records belong to two learners are held — a command line cannot ask which is
 * genuine, so neither learner is counted, and both files are named (the app sets the later
 * file aside for the trainer's decision). Worker threads read and summarise the files in
 * parallel; only a learner with several files has them read again, to unite her statements
 * exactly as the app does.
 */
export async function readCohort(
  paths: readonly string[],
  helpers: Helpers = { workers: [], stop: async () => {} },
  now = new Date(),
): Promise<{ summaries: LearnerSummary[]; refusals: Refused[]; held: HeldPair[] }> {
  const refusals: Refused[] = [];
  const read: DigestedFile[] = [];
  for (const result of await digestAll(paths, helpers, now)) {
    if (result.ok) read.push(result);
    else refusals.push(result);
  }
  const { held, accounts } = heldPairs(read);
  const byAccount = new Map<string, DigestedFile[]>();
  for (const file of read) {
    if (accounts.has(file.account)) continue;
    const files = byAccount.get(file.account);
    if (files) files.push(file);
    else byAccount.set(file.account, [file]);
  }
  const summaries: LearnerSummary[] = [];
  for (const digested of byAccount.values()) {
    if (digested.length === 1) {
      summaries.push(digested[0]!.summary);
      continue;
    }
    const files = (await Promise.all(digested.map((d) => readOne(d.path, now)))).flatMap((o) => (o.ok ? [o.file] : []));
    summaries.push(...mergeProgressFiles(files).map(summariseMerged));
  }
  return { summaries, refusals, held };
}

/** How a held pair is named on stderr: both files, both learners (names cleaned, file names escaped). */
export function heldMessage({ file, other, shared }: HeldPair, lang: Language = 'en'): string {
  const name = (f: DigestedFile) => cleanName(f.displayName ?? '') || csvLabels(lang).anonymous(f.account.slice(0, 8));
  return `${printable(file.path)}: ${interpolate(WORDS[lang].cohort.held.cli, { shared, other: printable(other.path), otherName: name(other), name: name(file) })}`;
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
  const paths = await expandPaths(parsed.paths);
  if (!paths.length) return usageError(`no *.json file in ${parsed.paths.join(', ')}`);
  // Helpers start now, so that their start-up overlaps the reading of the modules.
  const helpers = startHelpers(paths.length >= FILES_WORTH_A_HELPER ? undefined : 0);
  let read;
  try {
    const catalogue = catalogueModules(modulesDir);
    if (!catalogue.ok) return { code: 1, stdout: [], stderr: [`carelit cohort report: ${catalogue.message}`] };
    read = { catalogue: catalogue.modules, ...(await readCohort(paths, helpers)) };
  } finally {
    await helpers.stop();
  }
  const { summaries, refusals, held } = read;
  const modules: ReportModule[] = read.catalogue.map(reportModule);
  const report = cohortReport(summaries, modules);
  // main() ends each stdout entry with "\n"; the CSV's own line ends are "\r\n", its last one included.
  const text = parsed.format === 'csv' ? cohortCsv(report, modules, parsed.lang, csvLabels(parsed.lang)).slice(0, -1) : JSON.stringify(report, null, 2);
  return {
    code: refusals.length || held.length ? 2 : 0,
    stdout: [text],
    // In --lang's language, as its CSV labels are.
    stderr: [...refusals.map((r) => `${printable(r.path)}: ${refusalMessage(r.refusal, parsed.lang)}`), ...held.map((pair) => heldMessage(pair, parsed.lang))],
  };
}
