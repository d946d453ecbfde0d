import validateStatement from '@learninglocker/xapi-validation';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueModules } from '../../../cli/cohort';
import { learnerFileName, parseSimulateArgs, simulate } from '../../../cli/simulate';
import { mergeProgressFiles, summariseMerged } from '../../../core/cohort/merge';
import { serialiseProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { readProgressFile } from '../../../core/cohort/read-progress-file';
import { cohortReport, reportModule } from '../../../core/cohort/report';
import { answerStatements, scoreAnswer } from '../../../core/blocks';
import { promptText, type PromptLabBlock } from '../../../core/blocks/prompt-lab/definition';
import { DEFAULT_START, simulateCohort, StatementMaker } from '../../../core/cohort/simulate';
import type { LearningModule } from '../../../core/content/schema';
import { PROFESSIONS } from '../../../core/professions';
import { seededRandom } from '../../../core/random';
import { EXTENSIONS, VERBS } from '../../../core/xapi/statements';
import { BLOCKS } from '../../../core/blocks/registry';

// Commands run as users run them start Node and tsx: seconds each on a busy machine.
jest.setTimeout(60_000);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const APP_VERSION = '0.1.0';

const catalogue = catalogueModules();
if (!catalogue.ok) throw new Error(catalogue.message);
const modules: LearningModule[] = catalogue.modules;

const cohort = (learners: number, seed: number, statementsPerLearner?: number) =>
  simulateCohort({ learners, seed, appVersion: APP_VERSION, ...(statementsPerLearner ? { statementsPerLearner } : {}) }, modules);
const texts = (files: readonly ProgressFile[]) => files.map(serialiseProgressFile);
/** The command as users run it; a hang fails the test instead of the whole run. */
const carelit = (...args: string[]) => spawnSync('npx', ['tsx', 'cli/carelit.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

let thirty: ProgressFile[];
beforeAll(async () => {
  thirty = await cohort(30, 42);
});

describe('a simulated cohort', () => {
  it('is the same, byte for byte, for the same seed, and differs for another', async () => {
    expect(texts(await cohort(30, 42))).toEqual(texts(thirty));
    const other = texts(await cohort(30, 43));
    expect(other.filter((text, i) => text === texts(thirty)[i])).toEqual([]);
  });

  it('keeps each learner whatever the size of the cohort', async () => {
    expect(texts(await cohort(5, 42))).toEqual(texts(thirty).slice(0, 5));
  });

  it('makes files the trainer’s import accepts', async () => {
    for (const text of texts(thirty)) expect(await readProgressFile(text)).toMatchObject({ ok: true });
  });

  it('makes statements that are valid xAPI, with unique version 4 UUIDs', () => {
    const statements = thirty.flatMap((f) => f.statements);
    expect(statements.length).toBeGreaterThan(300);
    for (const statement of statements) expect(validateStatement(statement as never)).toEqual([]);
    const ids = [...statements.map((s) => s.id), ...thirty.map((f) => f.learner.account.name)];
    expect(ids.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const rng = seededRandom(9);
    expect(Array.from({ length: 1000 }, () => rng.uuid()).filter((id) => !UUID_V4.test(id))).toEqual([]);
  });

  it('makes only what the app makes: answers to exercises and module completions, never a prompt’s text', () => {
    const statements = thirty.flatMap((f) => f.statements);
    expect(new Set(statements.map((s) => s.verb.id))).toEqual(new Set([VERBS.answered, VERBS.completed]));
    const promptLab = statements.filter((s) => s.object.definition.interactionType === 'long-fill-in');
    expect(promptLab.length).toBeGreaterThan(0);
    for (const s of promptLab) expect(s.result?.response).toBeUndefined();
  });

  it('has varied learners: professions, shared and unshared names and professions, languages', () => {
    const learners = thirty.map((f) => f.learner);
    const professions = new Set(learners.flatMap((l) => (l.profession ? [l.profession] : [])));
    expect(professions.size).toBeGreaterThanOrEqual(4);
    expect([...professions].every((p) => (PROFESSIONS as readonly string[]).includes(p))).toBe(true);
    expect(learners.some((l) => !l.profession)).toBe(true);
    expect(learners.some((l) => !l.displayName)).toBe(true);
    expect(learners.filter((l) => l.displayName).length).toBeGreaterThan(15);
    expect(new Set(thirty.flatMap((f) => f.statements.map((s) => s.context.language)))).toEqual(new Set(['fr', 'nl', 'en']));
  });

  it('has learners who stopped part-way, learners who finished, and learners who have not started the second module', () => {
    const report = cohortReport(mergeProgressFiles(thirty).map(summariseMerged), modules.map(reportModule));
    const statuses = (moduleId: string) => new Set(report.learners.map((l) => l.cells[moduleId]!.status));
    // Where a learner stops part-way depends on the catalogue's size: in some module, not always the first.
    expect(new Set(modules.flatMap((m) => [...statuses(m.id)]))).toEqual(new Set(['in-progress', 'completed', 'not-started']));
    expect([...statuses(modules[0]!.id)]).toContain('completed');
    expect(statuses(modules[1]!.id)).toEqual(new Set(['in-progress', 'completed', 'not-started']));
    const results = report.learners.flatMap((l) => Object.values(l.cells).flatMap((c) => (c.result === undefined ? [] : [c.result])));
    expect(results).toContain('passed');
    expect(results).toContain('not-yet-passed');
    expect(report.hardestItems.some((item) => item.commonMistakes.length > 0)).toBe(true);
  });

  it('dates everything on working days, in working hours, in order, from the start over a few weeks', () => {
    for (const file of thirty) {
      const times = file.statements.map((s) => Date.parse(s.timestamp));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      for (const t of times) {
        const day = new Date(t).getUTCDay();
        expect(day === 0 || day === 6).toBe(false);
        const sinceDayStart = (t - DEFAULT_START.getTime()) % 86_400_000;
        expect(sinceDayStart).toBeGreaterThanOrEqual(0);
        expect(sinceDayStart).toBeLessThan(9.5 * 3_600_000); // the working day, and the exercise she was finishing
      }
      if (times.length) {
        expect(times[times.length - 1]! - DEFAULT_START.getTime()).toBeLessThan(120 * 86_400_000);
        expect(Date.parse(file.exportedAt)).toBeGreaterThan(times[times.length - 1]!);
      }
    }
  });

  it('gives exercises plausible times: seconds for a question, minutes for a prompt, a module in an hour or more', () => {
    const seconds = (iso: string | undefined) => {
      const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso ?? '')!;
      return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
    };
    const statements = thirty.flatMap((f) => f.statements);
    const range = (values: number[]) => [Math.min(...values), Math.max(...values)];
    const of = (type: string) => statements.filter((s) => s.object.definition.interactionType === type).map((s) => seconds(s.result?.duration));
    const [quickestChoice, slowestChoice] = range(of('choice'));
    expect(quickestChoice).toBeGreaterThanOrEqual(10);
    expect(slowestChoice).toBeLessThan(300);
    const [quickestPrompt, slowestPrompt] = range(of('long-fill-in'));
    expect(quickestPrompt).toBeGreaterThanOrEqual(30);
    expect(slowestPrompt).toBeLessThan(3600);
    const [shortestModule, longestModule] = range(statements.filter((s) => s.verb.id === VERBS.completed).map((s) => seconds(s.result?.duration) / 60));
    expect(shortestModule).toBeGreaterThan(15);
    expect(longestModule).toBeLessThan(600);
  });

  it('gives every learner exactly the statements asked for, from a short stop to many retries (prompt labs, scenarios) and retakes', async () => {
    for (const count of [3, 120]) {
      const files = await cohort(8, 5, count);
      expect(files.map((f) => f.statements.length)).toEqual(new Array(8).fill(count));
      for (const text of texts(files)) expect(await readProgressFile(text)).toMatchObject({ ok: true });
    }
    const padded = await cohort(8, 5, 200);
    const all = padded.flatMap((f) => f.statements);
    // Exercises whose latest try counts are the ones she comes back to.
    const retried = all.filter((s) => {
      const type = s.context.extensions[EXTENSIONS.blockType];
      return typeof type === 'string' && BLOCKS[type as keyof typeof BLOCKS].answer?.counts === 'latest';
    });
    // Much of it is what she comes back to; the rest are retakes of modules she did not pass (below).
    // The share depends on the shipped content (how many labs and scenarios it has): about half today.
    expect(retried.length).toBeGreaterThan(all.length / 3);
    const completions = padded.flatMap((f) => {
      const done = f.statements.filter((s) => s.verb.id === VERBS.completed);
      return done.map((s, i) => ({ file: f, s, earlier: done.slice(0, i).filter((e) => e.object.id === s.object.id) }));
    });
    const retakes = completions.filter((c) => c.earlier.length > 0);
    expect(retakes.length).toBeGreaterThan(0);
    for (const { s, earlier } of retakes) {
      // A retake, as the app allows it: after completions that all failed, as a new attempt with its own registration.
      expect(earlier.every((e) => e.result?.success === false)).toBe(true);
      expect(earlier.map((e) => e.context.registration)).not.toContain(s.context.registration);
      expect(s.context.registration).toMatch(UUID_V4);
    }
  });
});

describe('simulated prompt-lab tries', () => {
  const labs = modules.flatMap((mod) => mod.lessons.flatMap((l) => l.blocks).flatMap((block) => (block.type === 'prompt-lab' ? [{ mod, block }] : [])));

  it('are never the expert’s prompt copied: her own prompt passes, a part of it does not copy either', () => {
    expect(labs.length).toBeGreaterThan(0);
    for (const { mod, block } of labs) {
      for (const lang of ['fr', 'nl', 'en'] as const) {
        const own = scoreAnswer(block, { prompt: promptText(block, lang, { kind: 'own' }), lang }, mod)!;
        expect([block.id, lang, own.correct]).toEqual([block.id, lang, true]);
        const partial = scoreAnswer(block, { prompt: promptText(block, lang, { kind: 'partial', from: 0, count: 1 }), lang }, mod)!;
        expect(partial.parts).toContainEqual({ id: 'own-words', correct: true });
      }
    }
  });
});

describe('the statement maker', () => {
  it('makes a prompt-lab statement equal to the real builder’s, whether its prompt is new or already scored', () => {
    const mod = modules.find((m) => m.lessons.some((l) => l.blocks.some((b) => b.type === 'prompt-lab')))!;
    const block = mod.lessons.flatMap((l) => l.blocks).find((b): b is PromptLabBlock => b.type === 'prompt-lab')!;
    const maker = new StatementMaker();
    for (const variant of [{ kind: 'pasted', sourceLines: 3 }, { kind: 'partial', from: 1, count: 2 }, { kind: 'own' }] as const) {
      const answer = { prompt: promptText(block, 'nl', variant), lang: 'nl' as const };
      for (const durationMs of [61_000, 183_450]) {
        const env = (seed: number) => ({ accountName: 'a1b2c3d4-0000-4000-8000-000000000000', language: 'nl' as const, now: new Date(DEFAULT_START), newId: () => `id-${seed}` });
        const made = maker.answered(env(1), mod, block, answer, durationMs);
        const real = answerStatements(env(1), mod, block, answer, scoreAnswer(block, answer, mod)!, durationMs);
        expect(JSON.stringify(made.statements)).toBe(JSON.stringify(real));
      }
    }
  });
});

describe('carelit simulate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'carelit-simulate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes learner-01.json … to the folder, the bytes of simulateCohort, and says so in one line', () => {
    const out = join(dir, 'cohort');
    const result = carelit('simulate', '--learners', '12', '--seed', '42', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`wrote 12 progress files to ${out}\n`);
    const names = readdirSync(out).sort();
    expect(names).toEqual(Array.from({ length: 12 }, (_, i) => learnerFileName(i, 12)));
    expect(names[0]).toBe('learner-01.json');
    expect(names.map((n) => readFileSync(join(out, n), 'utf8'))).toEqual(texts(thirty).slice(0, 12));
  });

  it('pads file numbers to the width of the count', () => {
    expect([learnerFileName(0, 9), learnerFileName(0, 200), learnerFileName(199, 200), learnerFileName(41, 1000)]).toEqual([
      'learner-1.json',
      'learner-001.json',
      'learner-200.json',
      'learner-0042.json',
    ]);
  });

  it('writes exactly the statements asked for with --statements', async () => {
    const result = await simulate(['--learners=3', '--seed=8', '--statements=40', `--out=${dir}`]);
    expect(result).toEqual({ code: 0, stdout: [`wrote 3 progress files to ${dir}`], stderr: [] });
    for (const name of readdirSync(dir)) expect((JSON.parse(readFileSync(join(dir, name), 'utf8')) as ProgressFile).statements).toHaveLength(40);
  });

  it.each([
    [['--seed', '1', '--out', 'x'], 'missing --learners N'],
    [['--learners', '3'], 'missing --out DIR'],
    [['--learners', '0', '--out', 'x'], '--learners takes a whole number from 1 to 10000, not "0"'],
    [['--learners', 'ten', '--out', 'x'], '--learners takes a whole number from 1 to 10000, not "ten"'],
    [['--learners', '3', '--out', 'x', '--seed', '-1'], '--seed takes a whole number from 0 to 4294967295, not "-1"'],
    [['--learners', '3', '--out', 'x', '--statements', '99999'], '--statements takes a whole number from 1 to 5000, not "99999"'],
    [['--learners', '3', '--out', 'x', '--colour', 'red'], 'unknown option "--colour"'],
    [['--learners', '3', '--out', 'x', 'extra'], 'unexpected argument "extra"'],
  ])('refuses %j with one line and the usage, exit 1', async (args, message) => {
    expect(parseSimulateArgs(args)).toEqual({ error: message });
    const result = await simulate(args);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toBe(`carelit simulate: ${message}`);
    expect(result.stderr.slice(1).join('\n')).toMatch(/^usage:\n {2}simulate --learners N --out DIR/);
  });

  it('creates the folder and its missing parents', async () => {
    const out = join(dir, 'a', 'b', 'c');
    expect(await simulate(['--learners', '1', '--out', out])).toMatchObject({ code: 0, stdout: [`wrote 1 progress file to ${out}`] });
    expect(readdirSync(out)).toEqual(['learner-1.json']);
  });

  it('says in one line, without a stack trace, that it cannot write where it is told', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const underFile = join(dir, 'a-file', 'cohort');
    const result = carelit('simulate', '--learners', '2', '--out', underFile);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`carelit simulate: cannot write to ${underFile} (ENOTDIR)\n`);
    // Where mkdir answers ENOENT under an existing parent, Node's recursive mkdir never returns.
    expect(await simulate(['--learners', '1', '--out', '/proc/carelit-cannot-write-here'])).toEqual({
      code: 1,
      stdout: [],
      stderr: ['carelit simulate: cannot write to /proc/carelit-cannot-write-here (ENOENT)'],
    });
  });
});
