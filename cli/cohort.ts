import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cohortCsv, type CsvLabels } from '../core/cohort/csv';
import { mergeProgressFiles, summariseMerged } from '../core/cohort/merge';
import type { CohortRefusalCode, Refusal } from '../core/cohort/read-progress-file';
import type { LearnerSummary } from '../core/cohort/summary';
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
import { digestFile, expandPaths, readOne, refused, type DigestedFile, type Refused } from './cohort-files';
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
// Merging the files

/** Below this many files, starting worker threads costs more than it saves. */
const FILES_PER_WORKER_START = 8;

/** The files digested by worker threads, results in the files' order; null if no worker could start. */
async function digestInWorkers(paths: readonly string[], count: number): Promise<(DigestedFile | Refused)[] | null> {
  const results: (DigestedFile | Refused)[] = new Array(paths.length);
  let next = 0;
  const entry = pathToFileURL(join(__dirname, 'cohort-worker.ts')).href;
  // The CLI runs TypeScript through tsx; a worker loads the same way, through tsx's API.
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  const workers = Array.from({ length: count }, () => new Worker(boot, { eval: true }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const feed = () => {
              if (next >= paths.length) return done();
              const index = next++;
              worker.postMessage({ index, path: paths[index] });
            };
            worker.on('message', ({ index, result }: { index: number; result: DigestedFile | Refused }) => {
              results[index] = result;
              feed();
            });
            worker.on('error', fail);
            worker.on('exit', (code) => (next < paths.length || code !== 1 ? undefined : fail(new Error('worker stopped'))));
            feed();
          }),
      ),
    );
    return results;
  } catch {
    return null;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function digestAll(paths: readonly string[]): Promise<(DigestedFile | Refused)[]> {
  const count = Math.min(availableParallelism(), Math.floor(paths.length / FILES_PER_WORKER_START));
  if (count >= 1) {
    const results = await digestInWorkers(paths, count);
    if (results) return results;
  }
  const results: (DigestedFile | Refused)[] = [];
  for (const path of paths) results.push(await digestFile(path));
  return results;
}

/**
 * The files as the app would hold them after importing them in this order: a file whose
 * statement ids another learner already has is refused (the app's store is keyed by statement
 * id), and several files of one learner make one learner. Worker threads read and summarise
 * the files in parallel; only a learner with several files has them read again, to unite her
 * statements exactly as the app does.
 */
export async function readCohort(paths: readonly string[]): Promise<{ summaries: LearnerSummary[]; refusals: Refused[] }> {
  const refusals: Refused[] = [];
  const owners = new Map<string, string>();
  const byAccount = new Map<string, DigestedFile[]>();
  for (const result of await digestAll(paths)) {
    if (!result.ok) {
      refusals.push(result);
      continue;
    }
    if (result.ids.some((id) => (owners.get(id) ?? result.account) !== result.account)) {
      refusals.push(refused(result.path, { code: 'id-clash' }));
      continue;
    }
    for (const id of result.ids) owners.set(id, result.account);
    byAccount.set(result.account, [...(byAccount.get(result.account) ?? []), result]);
  }
  const summaries: LearnerSummary[] = [];
  for (const digested of byAccount.values()) {
    if (digested.length === 1) {
      summaries.push(digested[0]!.summary);
      continue;
    }
    const files = (await Promise.all(digested.map((d) => readOne(d.path)))).flatMap((o) => (o.ok ? [o.file] : []));
    summaries.push(...mergeProgressFiles(files).map(summariseMerged));
  }
  return { summaries, refusals };
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
  const { summaries, refusals } = await readCohort(paths);
  const modules: ReportModule[] = catalogue.modules.map(reportModule);
  const report = cohortReport(summaries, modules);
  // main() ends each stdout entry with "\n"; the CSV's own line ends are "\r\n", its last one included.
  const text = parsed.format === 'csv' ? cohortCsv(report, modules, parsed.lang, csvLabels(parsed.lang)).slice(0, -1) : JSON.stringify(report, null, 2);
  return {
    code: refusals.length ? 2 : 0,
    stdout: [text],
    stderr: refusals.map((r) => `${printable(r.path)}: ${refusalMessage(r.refusal)}`),
  };
}
