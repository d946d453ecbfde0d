import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueModules, cohortReportCommand, csvLabels, refusalMessage } from '../../../cli/cohort';
import { readOne } from '../../../cli/cohort-files';
import { cohortCsv } from '../../../core/cohort/csv';
import { mergeProgressFiles, summariseMerged } from '../../../core/cohort/merge';
import { buildProgressFile, PROGRESS_FILE_MAX_BYTES, serialiseProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { MAX_NESTING } from '../../../core/cohort/read-progress-file';
import { cohortReport, reportModule, type CohortReport } from '../../../core/cohort/report';
import { simulateCohort } from '../../../core/cohort/simulate';
import enCohort from '../../../locales/en/cohort.json';

// Commands run as users run them start Node and tsx: seconds each on a busy machine.
jest.setTimeout(60_000);

const catalogue = catalogueModules();
if (!catalogue.ok) throw new Error(catalogue.message);
const modules = catalogue.modules;
const reportModules = modules.map(reportModule);

let dir: string;
let files: ProgressFile[];
let good: string[];
const path = (name: string) => join(dir, name);

function write(name: string, text: string): string {
  writeFileSync(path(name), text);
  return path(name);
}

/** What the app's dashboard shows for these files. */
function expectedReport(of: readonly ProgressFile[]): CohortReport {
  return cohortReport(mergeProgressFiles(of).map(summariseMerged), reportModules);
}

/** The command as users run it; a hang fails the test instead of the whole run. */
function carelit(...args: string[]) {
  return spawnSync('npx', ['tsx', 'cli/carelit.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carelit-cohort-'));
  mkdirSync(path('cohort'));
  files = await simulateCohort({ learners: 5, seed: 11, appVersion: '0.1.0' }, modules);
  good = files.map((file, i) => write(`cohort/learner-${i + 1}.json`, serialiseProgressFile(file)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('refusal messages', () => {
  it('are the app’s English wording, with their values filled in', () => {
    expect(refusalMessage({ code: 'not-json' })).toBe(enCohort.refusal['not-json']);
    expect(refusalMessage({ code: 'too-large', params: { size: 1_073_741_824, limit: PROGRESS_FILE_MAX_BYTES } })).toBe(
      `The file is too large (1073741824 bytes; a progress file is at most ${PROGRESS_FILE_MAX_BYTES} bytes). It is not a CareLit progress file, or it is damaged.`,
    );
    expect(refusalMessage({ code: 'unreadable', params: { detail: 'permission denied' } })).toBe('The file could not be read from the disk (permission denied).');
  });
});

describe('carelit cohort report, run as a command', () => {
  it('reports the good files, names each refused one with its reason on stderr, and exits 2', () => {
    // One learner's file, damaged twice: cut short, and a wrong answer made right by hand.
    const k = files.findIndex((f) => serialiseProgressFile(f).includes('"scaled":0,"raw":0,'));
    const text = serialiseProgressFile(files[k]!);
    const broken = write('broken.json', text.slice(0, text.length / 2));
    const raised = text.replace('"scaled":0,"raw":0,', '"scaled":1,"raw":1,');
    expect(raised).not.toBe(text);
    const tampered = write('tampered.json', raised);
    const others = files.filter((_, i) => i !== k);

    const result = carelit('cohort', 'report', ...good.filter((_, i) => i !== k), broken, tampered);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${broken}: ${enCohort.refusal['not-json']}\n${tampered}: ${enCohort.refusal['digest-mismatch']}\n`);
    const report = JSON.parse(result.stdout) as CohortReport;
    expect(report).toEqual(expectedReport(others));
    expect(report.learners.map((l) => l.account).sort()).toEqual(others.map((f) => f.learner.account.name).sort());
  });

  it('exits 0 and prints the pretty-printed report when every file is read, a folder standing for its *.json files', () => {
    writeFileSync(path('cohort/notes.txt'), 'not a progress file, and not a .json one');
    const result = carelit('cohort', 'report', path('cohort'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(expectedReport(files), null, 2)}\n`);
  });

  it('writes the CSV of the dashboard, with the labels of the language asked for', () => {
    const en = carelit('cohort', 'report', '--format', 'csv', ...good);
    expect(en.status).toBe(0);
    const report = expectedReport(files);
    expect(en.stdout).toBe(cohortCsv(report, reportModules, 'en', csvLabels('en')));
    const [header, ...rows] = en.stdout.split('\r\n');
    expect(header).toMatch(/^Learner;Profession;Last activity;AI in care: the basics: status;AI in care: the basics: score \(%\);/);
    const first = report.learners[0]!;
    expect(rows[0]!.split(';').slice(0, 3)).toEqual([first.displayName ?? `Learner ${first.account.slice(0, 8)}`, first.profession ? expect.any(String) : '', first.lastActivityAt?.slice(0, 10) ?? '']);

    const fr = carelit('cohort', 'report', '--format=csv', '--lang=fr', ...good);
    expect(fr.stdout.split('\r\n')[0]).toMatch(/^Apprenant·e;Profession;Dernière activité;/);
  });

  it('counts a learner once when her file is given twice, or twice over through its folder', async () => {
    const once = await cohortReportCommand([good[2]!]);
    const twice = await cohortReportCommand([good[2]!, good[2]!, path('cohort')]);
    expect(once.code).toBe(0);
    expect(twice.code).toBe(0);
    expect((JSON.parse(once.stdout[0]!) as CohortReport).learners).toHaveLength(1);
    expect((JSON.parse(twice.stdout[0]!) as CohortReport).learners).toHaveLength(5);
    const again = (await cohortReportCommand([good[2]!, good[2]!])).stdout[0]!;
    expect(again).toBe(once.stdout[0]);
  });

  it('refuses a 1 GB file without reading it, and a deeply nested one, quickly and without a stack trace', () => {
    const huge = path('huge.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 1024 ** 3); // sparse: takes no disk
    const nested = write('nested.json', '['.repeat(100_000));
    const started = Date.now();
    const result = carelit('cohort', 'report', huge, nested, good[0]!);
    expect(Date.now() - started).toBeLessThan(15_000); // tsx's own start-up included
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `${huge}: ${refusalMessage({ code: 'too-large', params: { size: 1024 ** 3, limit: PROGRESS_FILE_MAX_BYTES } })}`,
      `${nested}: ${refusalMessage({ code: 'too-deep', params: { limit: MAX_NESTING } })}`,
    ]);
    expect((JSON.parse(result.stdout) as CohortReport).learners).toHaveLength(1);
  });

  it('says what it expects, in one line and the usage, exit 1, for a usage error', () => {
    const result = carelit('cohort', 'report', '--format', 'xml', good[0]!);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^carelit cohort report: --format takes json or csv, not "xml"\nusage:\n {2}cohort report /);
  });
});

describe('carelit cohort report, reading files', () => {
  it('refuses a 1 GB file from its size alone, in well under a second', async () => {
    const huge = path('huge-direct.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 1024 ** 3);
    const started = performance.now();
    const outcome = await readOne(huge);
    expect(performance.now() - started).toBeLessThan(100);
    expect(outcome).toEqual({ path: huge, ok: false, refusal: { code: 'too-large', params: { size: 1024 ** 3, limit: PROGRESS_FILE_MAX_BYTES } } });
  });

  it('refuses 100,000 nested brackets as too deep, in well under a second', async () => {
    const nested = write('nested-direct.json', '['.repeat(100_000));
    const started = performance.now();
    const outcome = await readOne(nested);
    expect(performance.now() - started).toBeLessThan(250);
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'too-deep', params: { limit: MAX_NESTING } } });
  });

  it('names a file it cannot read: missing, a dangling link, a folder named like a file, a device', async () => {
    mkdirSync(path('odd'));
    symlinkSync(path('nowhere.json'), path('odd/dangling.json'));
    mkdirSync(path('odd/folder.json'));
    const result = await cohortReportCommand([path('missing.json'), path('odd'), '/dev/null', good[0]!]);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([
      `${path('missing.json')}: The file could not be read from the disk (no such file).`,
      `${path('odd/dangling.json')}: The file could not be read from the disk (no such file).`,
      `${path('odd/folder.json')}: The file could not be read from the disk (it is a folder).`,
      '/dev/null: The file could not be read from the disk (not a regular file).',
    ]);
    expect((JSON.parse(result.stdout[0]!) as CohortReport).learners).toHaveLength(1);
  });

  (process.getuid?.() === 0 ? it.skip : it)('names a file it has no permission to read', async () => {
    const locked = write('locked.json', serialiseProgressFile(files[0]!));
    chmodSync(locked, 0o000);
    const result = await cohortReportCommand([locked]);
    expect(result).toMatchObject({ code: 2, stderr: [`${locked}: The file could not be read from the disk (permission denied).`] });
  });

  it('refuses a file whose records carry another learner’s identifiers, as the app’s import does', async () => {
    const victim = files[1]!;
    const forger = files[3]!.learner.account.name;
    const forged = await buildProgressFile({
      appVersion: '0.1.0',
      exportedAt: new Date(victim.exportedAt),
      accountName: forger,
      statements: victim.statements.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: forger } } })),
    });
    const path2 = write('forged.json', serialiseProgressFile(forged));
    const result = await cohortReportCommand([good[1]!, path2]);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([`${path2}: ${enCohort.refusal['id-clash']}`]);
    expect((JSON.parse(result.stdout[0]!) as CohortReport).learners.map((l) => l.account)).toEqual([victim.learner.account.name]);
  });

  it('keeps each refusal on one line, whatever the file’s name or content holds', async () => {
    const name = write('two\nlines\u001b[31m.json', '{"format": "carelit-progress", "\\u001b]0;x\\u0007": {"__proto__": 1}}');
    const result = await cohortReportCommand([name]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toBe(
      `${path('two\\u000alines\\u001b[31m.json')}: ${enCohort.refusal['forbidden-key'].replace('{{path}}', '\\u001b]0;x\\u0007.__proto__')}`,
    );
  });

  it.each([
    [[], 'no progress file given'],
    [['--lang', 'de', 'a.json'], '--lang takes fr, nl, en, not "de"'],
    [['--verbose', 'a.json'], 'unknown option "--verbose"'],
    [['--format'], '--format takes json or csv'],
  ])('refuses %j as a usage error, exit 1', async (args, message) => {
    const result = await cohortReportCommand(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toBe(`carelit cohort report: ${message}`);
  });
});

describe('many files, read by worker threads', () => {
  it('give the same report as the app computes, one learner with two files merged and a clashing file refused', async () => {
    mkdirSync(path('many'));
    const many = await simulateCohort({ learners: 18, seed: 23, appVersion: '0.1.0' }, modules);
    many.forEach((file, i) => write(`many/learner-${String(i + 1).padStart(2, '0')}.json`, serialiseProgressFile(file)));
    // Her first export again, under another name: one learner, not two.
    const half = await buildProgressFile({
      appVersion: '0.1.0',
      exportedAt: new Date('2026-08-31T10:00:00Z'),
      accountName: many[0]!.learner.account.name,
      statements: many[0]!.statements.slice(0, 3) as never,
    });
    write('many/z-again.json', serialiseProgressFile(half));
    const result = carelit('cohort', 'report', path('many'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expectedReport([...many, half]))));
  });
});
