import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueModules, cohortReportCommand, csvLabels, interpolate, refusalMessage } from '../../../cli/cohort';
import { nodeUtf8Text, readOne } from '../../../cli/cohort-files';
import { cohortCsv } from '../../../core/cohort/csv';
import { mergeProgressFiles, summariseMerged } from '../../../core/cohort/merge';
import { buildProgressFile, PROGRESS_FILE_MAX_BYTES, serialiseProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { MAX_NESTING, type Refusal } from '../../../core/cohort/read-progress-file';
import { sha256Hex } from '../../../core/digest';
import { cohortReport, reportModule, type CohortReport } from '../../../core/cohort/report';
import { simulateCohort } from '../../../core/cohort/simulate';
import { isScoredBlock } from '../../../core/blocks';
import type { Score } from '../../../core/blocks/types';
import { moduleScore } from '../../../core/module-score';
import { flattenBlocks } from '../../../core/progress';
import { moduleCompletedStatement } from '../../../core/xapi/statements';
import enCohort from '../../../locales/en/cohort.json';
import frCohort from '../../../locales/fr/cohort.json';
import nlCohort from '../../../locales/nl/cohort.json';
import { HOSTILE_FILES, matching, outcomeOf } from '../../fixtures/hostile-files';

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
    expect(header).toMatch(
      /^Learner;Profession;Last activity;AI in care: the basics: status;AI in care: the basics: result;AI in care: the basics: score \(%\);AI in care: the basics: passing score \(%\);/,
    );
    const first = report.learners[0]!;
    expect(rows[0]!.split(';').slice(0, 3)).toEqual([
      first.displayName ?? `Learner ${first.account.slice(0, 8)}`,
      first.profession ? expect.any(String) : '',
      first.lastActivityAt?.slice(0, 10) ?? '',
    ]);

    const fr = carelit('cohort', 'report', '--format=csv', '--lang=fr', ...good);
    expect(fr.stdout.split('\r\n')[0]).toMatch(/^Apprenant·e;Profession;Dernière activité;/);
  });

  it('says passed or not yet passed per module, by the attempt that counts, in JSON and in the CSV with the score and the passing score', async () => {
    const mod = modules.find((m) => m.id === 'ai-basics')!;
    const scored = flattenBlocks(mod).filter((p) => isScoredBlock(p.block));
    const all = new Map(scored.map((p) => [p.block.id, { raw: 1, max: 1, scaled: 1, correct: true }]));
    let n = 0;
    const completion = (account: string, registration: string, at: string, latest: Map<string, Score>) =>
      moduleCompletedStatement(
        { accountName: account, language: 'nl', now: new Date(at), newId: () => `9a7b0c1d-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`, registration },
        mod,
        moduleScore(mod, latest),
        1_800_000,
      );
    const els = 'e1500000-0000-4000-8000-000000000001';
    const jan = 'a7a00000-0000-4000-8000-000000000002';
    const failedOnly = await buildProgressFile({
      appVersion: '0.1.0',
      exportedAt: new Date('2026-11-21T12:00:00.000Z'),
      accountName: els,
      displayName: 'Els Maes',
      statements: [completion(els, 'f1000000-0000-4000-8000-000000000001', '2026-11-20T10:00:00.000Z', new Map())],
    });
    const retaken = await buildProgressFile({
      appVersion: '0.1.0',
      exportedAt: new Date('2026-11-21T12:00:00.000Z'),
      accountName: jan,
      displayName: 'Jan Peeters',
      statements: [
        completion(jan, 'f2000000-0000-4000-8000-000000000001', '2026-11-19T10:00:00.000Z', new Map()),
        completion(jan, 'f2000000-0000-4000-8000-000000000002', '2026-11-20T11:00:00.000Z', all),
      ],
    });
    const paths = [write('els.json', serialiseProgressFile(failedOnly)), write('jan.json', serialiseProgressFile(retaken))];

    const json = carelit('cohort', 'report', ...paths);
    expect(json.status).toBe(0);
    const cells = Object.fromEntries((JSON.parse(json.stdout) as CohortReport).learners.map((l) => [l.displayName, l.cells['ai-basics']]));
    expect(cells['Els Maes']).toMatchObject({ standing: 'not-yet-passed', result: 'not-yet-passed', score: 0, passingScore: 0.7, attempts: 1 });
    expect(cells['Jan Peeters']).toMatchObject({ standing: 'passed', result: 'passed', score: 1, passingScore: 0.7, attempts: 2, completedAt: '2026-11-20T11:00:00.000Z' });

    const [header, ...rows] = carelit('cohort', 'report', '--format', 'csv', '--lang', 'nl', ...paths).stdout.split('\r\n');
    const columns = header!.split(';');
    const at = (name: string) => columns.indexOf(`AI in de zorg: de basis: ${name}`);
    const row = (who: string) => rows.find((r) => r.startsWith(who))!.split(';');
    expect([at('resultaat'), at('score (%)'), at('slaagdrempel (%)')].every((i) => i > 0)).toBe(true);
    expect([row('Els Maes')[at('resultaat')], row('Els Maes')[at('score (%)')], row('Els Maes')[at('slaagdrempel (%)')]]).toEqual(['nog niet geslaagd', '0', '70']);
    expect([row('Jan Peeters')[at('resultaat')], row('Jan Peeters')[at('score (%)')], row('Jan Peeters')[at('afgerond op')]]).toEqual(['geslaagd', '100', '2026-11-20']);
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

  it('names a refused file in the language --lang asks for, as the app would say it', async () => {
    const bad = write('not-progress.json', '{}');
    const fr = await cohortReportCommand(['--format', 'csv', '--lang', 'fr', bad, good[0]!]);
    const nl = await cohortReportCommand(['--format', 'csv', '--lang', 'nl', bad, good[0]!]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toEqual([`${bad}: ${frCohort.refusal['not-a-progress-file']}`]);
    expect(nl.stderr).toEqual([`${bad}: ${nlCohort.refusal['not-a-progress-file']}`]);
    expect(fr.stderr[0]).not.toBe(nl.stderr[0]);
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

  it('checks the digest over the file as written, from its bytes, with or without a byte-order mark', async () => {
    // A version written "1.0": only the text as it stands gives this digest, not the payload written again.
    const payload = serialiseProgressFile(files[0]!)
      .replace(/,"digest":.*$/s, '')
      .replaceAll('"https://carelit.app/xapi/extensions/module-version":1', '"https://carelit.app/xapi/extensions/module-version":1.0');
    expect(payload).toContain(':1.0');
    const text = `${payload},"digest":{"algorithm":"SHA-256","value":"${await sha256Hex(`${payload}}`)}"}}\n`;
    expect(await readOne(write('as-written.json', text))).toMatchObject({ ok: true });
    expect(await readOne(write('as-written-bom.json', `\ufeff${text}`))).toMatchObject({ ok: true });
    const changed = text.replace('"success":false', '"success":true ');
    expect(changed).not.toBe(text);
    expect(await readOne(write('as-written-changed.json', changed))).toMatchObject({ ok: false, refusal: { code: 'digest-mismatch' } });
  });

  it('reads UTF-8 as the app’s decoder does: the same text, and the same bytes refused', () => {
    const app = (bytes: Uint8Array) => {
      try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        return null;
      }
    };
    const samples: number[][] = [
      [],
      [...Buffer.from('{"name":"Zoë Ünal-Dubois 🌿 «ok» 中文"}')],
      [0xef, 0xbb, 0xbf, 0x7b, 0x7d], // a byte-order mark is text here: the caller takes the file's own off
      [0xc0, 0xaf], // an overlong "/"
      [0xe0, 0x80, 0xaf], // another
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xf4, 0x8f, 0xbf, 0xbf], // U+10FFFF itself
      [0xe2, 0x82], // cut short
      [0x61, 0x80, 0x62], // a continuation byte alone
      [0xff, 0xfe, 0x61, 0x00],
    ];
    for (const sample of samples) {
      const bytes = new Uint8Array(sample);
      expect([sample, nodeUtf8Text(bytes)]).toEqual([sample, app(bytes)]);
    }
    const big = new Uint8Array([0x20, ...Buffer.from('é'.repeat(1000))]);
    expect(nodeUtf8Text(big.subarray(1))).toBe('é'.repeat(1000));
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

  it('holds two files whose records belong to two learners: both named on stderr, neither learner counted, whichever came first', async () => {
    const victim = files[1]!;
    const forger = files[3]!.learner.account.name;
    const forged = await buildProgressFile({
      appVersion: '0.1.0',
      exportedAt: new Date(victim.exportedAt),
      accountName: forger,
      displayName: 'Mallory \u202eypoC',
      statements: victim.statements.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: forger } } })),
    });
    const copy = write('forged.json', serialiseProgressFile(forged));
    const victimName = victim.learner.displayName ?? `Learner ${victim.learner.account.name.slice(0, 8)}`;
    for (const order of [
      [good[1]!, copy, good[0]!],
      [copy, good[1]!, good[0]!],
    ]) {
      const result = await cohortReportCommand(order);
      expect(result.code).toBe(2);
      const [first, second] = order[0] === copy ? [copy, good[1]!] : [good[1]!, copy];
      const names = order[0] === copy ? ['Mallory ypoC', victimName] : [victimName, 'Mallory ypoC'];
      expect(result.stderr).toEqual([`${second}: ${interpolate(enCohort.held.cli, { shared: victim.statements.length, other: first, otherName: names[0]!, name: names[1]! })}`]);
      expect((JSON.parse(result.stdout[0]!) as CohortReport).learners.map((l) => l.account)).toEqual([files[0]!.learner.account.name]);
    }
  });

  it('keeps each refusal on one line, whatever the file’s name or content holds', async () => {
    const name = write('two\nlines\u001b[31m.json', '{"format": "carelit-progress", "\\u001b]0;x\\u0007": {"__proto__": 1}}');
    const result = await cohortReportCommand([name]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toBe(`${path('two\\u000alines\\u001b[31m.json')}: ${enCohort.refusal['forbidden-key'].replace('{{path}}', '\\u001b]0;x\\u0007.__proto__')}`);
  });

  it('shows a file name that would turn itself around, hide characters or break the line, escaped', async () => {
    const name = write('learner\u202enosj.exe\u200b\u2028.json', 'x');
    const result = await cohortReportCommand([name]);
    expect(result.stderr).toEqual([`${path('learner\\u202enosj.exe\\u200b\\u2028.json')}: ${enCohort.refusal['not-json']}`]);
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

describe('the hostile-file corpus, read by the CLI', () => {
  it('gives each file the same answer as core (and so as the app), from its bytes on the disk', async () => {
    mkdirSync(path('hostile'));
    for (const [i, hostile] of HOSTILE_FILES.entries()) {
      const file = path(`hostile/${i}.json`);
      writeFileSync(file, await hostile.bytes());
      const outcome = await readOne(file);
      const read = outcome.ok ? { ok: true as const, file: outcome.file } : { ok: false as const, refusal: outcome.refusal as Refusal };
      expect({ hostile: hostile.name, outcome: outcomeOf(read) }).toEqual({ hostile: hostile.name, outcome: matching(hostile.expected) });
    }
  });

  it('reads a UTF-16 file as the app does, and says the same reason for bytes that are not text', () => {
    const text = serialiseProgressFile(files[0]!);
    const utf16 = write('utf16.json', '');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const broken = write('latin1.json', '');
    writeFileSync(broken, Buffer.from(text.replace('"format"', '"formät"'), 'latin1'));
    const result = carelit('cohort', 'report', utf16, broken);
    expect(result.stderr).toBe(`${broken}: ${enCohort.refusal['not-text']}\n`);
    expect((JSON.parse(result.stdout) as CohortReport).learners.map((l) => l.account)).toEqual([files[0]!.learner.account.name]);
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
