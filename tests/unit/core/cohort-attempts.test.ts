import { definitionOf, type Answer, type ScoredBlock } from '../../../core/blocks';
import { certificateCode, matchCertificate, normaliseCode } from '../../../core/cohort/certificate';
import { cellOf, cohortReport, reportModule } from '../../../core/cohort/report';
import { attemptsOf, summariseLearner, type ModuleSummary } from '../../../core/cohort/summary';
import { seededRandom } from '../../../core/random';
import { EXTENSIONS } from '../../../core/xapi/statements';
import { recorded } from '../../fixtures/answers';
import { accountOf, imported, sample, walkStatements } from '../../fixtures/cohort';
import { moduleWithExample } from '../../fixtures/examples';

/**
 * Attempts at a module, as a trainer's import reads them: told apart by their xAPI registration,
 * passed or not by the record and the module's passing score (50 % in the sample module), and
 * counted by core/attempts.ts's rule, the same in the dashboard, the CSV, the record and the CLI.
 */
const FIRST = '11111111-1111-4111-8111-111111111111';
const RETAKE = '22222222-2222-4222-8222-222222222222';
const catalogue = [reportModule(sample)];
const account = accountOf(20);

/** 0 %: both questions wrong. */
const failed = (registration: string | undefined, day: string) =>
  walkStatements({
    account,
    registration,
    answers: [
      { quiz: 'q-single', selected: ['tool'], at: `${day}T09:00:00.000Z` },
      { quiz: 'q-multiple', selected: ['weather'], at: `${day}T09:01:00.000Z` },
    ],
    complete: { at: `${day}T09:02:00.000Z`, ms: 120_000 },
  });
/** 100 %: both right. */
const passed = (registration: string, day: string) =>
  walkStatements({
    account,
    registration,
    answers: [
      { quiz: 'q-single', selected: ['pro'], at: `${day}T09:00:00.000Z` },
      { quiz: 'q-multiple', selected: ['diagnosis', 'bp'], at: `${day}T09:01:00.000Z` },
    ],
    complete: { at: `${day}T09:03:00.000Z`, ms: 180_000 },
  });
const cell = (statements: ReturnType<typeof walkStatements>) => {
  const summary = summariseLearner({ account }, imported(statements));
  return cohortReport([summary], catalogue).learners[0]!.cells.sample!;
};

describe('attempts at a module, in a trainer’s report', () => {
  it('a learner who failed, then retook the module and passed: two attempts, the pass counts', () => {
    const statements = [...failed(FIRST, '2026-11-18'), ...passed(RETAKE, '2026-11-20')];
    const summary = summariseLearner({ account }, imported(statements));
    expect(summary.modules.sample!.attempts!.map((a) => [a.registration, a.score, a.success])).toEqual([
      [FIRST, 0, false],
      [RETAKE, 1, true],
    ]);
    expect(cell(statements)).toMatchObject({
      standing: 'passed',
      status: 'completed',
      result: 'passed',
      score: 1,
      attempts: 2,
      completedAt: '2026-11-20T09:03:00.000Z',
      timeSpentMs: 300_000,
    });
  });

  it('a retake under way: in progress, and the module still not yet passed at her best score so far', () => {
    const halfway = walkStatements({ account, registration: RETAKE, answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-20T09:00:00.000Z' }] });
    expect(cell([...failed(FIRST, '2026-11-18'), ...halfway])).toMatchObject({
      standing: 'in-progress',
      status: 'in-progress',
      result: 'not-yet-passed',
      score: 0,
      attempts: 2,
      completedAt: '2026-11-18T09:02:00.000Z',
    });
  });

  it('a retake that does worse: her best attempt still counts, and the module is not yet passed', () => {
    // Passing at 75 % here: 50 %, then 0 %.
    const strict = { ...sample, passingScore: 0.75 };
    const half = walkStatements({
      account,
      registration: FIRST,
      mod: strict,
      answers: [
        { quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['weather'], at: '2026-11-18T09:01:00.000Z' },
      ],
      complete: { at: '2026-11-18T09:02:00.000Z', ms: 60_000 },
    });
    const none = walkStatements({
      account,
      registration: RETAKE,
      mod: strict,
      answers: [
        { quiz: 'q-single', selected: ['tool'], at: '2026-11-20T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['weather'], at: '2026-11-20T09:01:00.000Z' },
      ],
      complete: { at: '2026-11-20T09:02:00.000Z', ms: 60_000 },
    });
    const report = cohortReport([summariseLearner({ account }, imported([...half, ...none]))], [reportModule(strict)]);
    expect(report.learners[0]!.cells.sample).toMatchObject({
      standing: 'not-yet-passed',
      result: 'not-yet-passed',
      score: 0.5,
      passingScore: 0.75,
      attempts: 2,
      completedAt: '2026-11-18T09:02:00.000Z',
    });
  });

  it('a learner who failed is "not yet passed", with her score and the passing score', () => {
    expect(cell(failed(FIRST, '2026-11-18'))).toMatchObject({
      standing: 'not-yet-passed',
      status: 'completed',
      result: 'not-yet-passed',
      score: 0,
      passingScore: 0.5,
      attempts: 1,
    });
    const report = cohortReport([summariseLearner({ account }, imported(failed(FIRST, '2026-11-18')))], catalogue);
    expect(report.completion[0]).toMatchObject({ completed: 1, passed: 0 });
    expect(report.totals).toMatchObject({ completions: 1, passes: 0 });
  });

  it('answers after a completion, in the same attempt (she reviews), open no new attempt', () => {
    const review = walkStatements({ account, registration: FIRST, answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-19T10:00:00.000Z' }] });
    expect(cell([...failed(FIRST, '2026-11-18'), ...review])).toMatchObject({ standing: 'not-yet-passed', status: 'completed', attempts: 1 });
  });

  it('keeps a pass when the same attempt is completed again below the passing score (a new version of the module reopened it)', () => {
    const reopened = walkStatements({
      account,
      registration: RETAKE,
      answers: [
        { quiz: 'q-single', selected: ['tool'], at: '2026-12-01T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['weather'], at: '2026-12-01T09:01:00.000Z' },
      ],
      complete: { at: '2026-12-01T09:02:00.000Z', ms: 60_000 },
    });
    expect(cell([...passed(RETAKE, '2026-11-20'), ...reopened])).toMatchObject({
      standing: 'passed',
      result: 'passed',
      score: 1,
      attempts: 2,
      completedAt: '2026-11-20T09:03:00.000Z',
    });
  });

  it('reads a file from before attempts had a registration as one attempt', () => {
    expect(cell(failed(undefined, '2026-11-18'))).toMatchObject({ standing: 'not-yet-passed', attempts: 1 });
    // And an attempt begun then, finished after the update with a registration, as the next one.
    expect(cell([...failed(undefined, '2026-11-18'), ...passed(RETAKE, '2026-11-20')])).toMatchObject({ standing: 'passed', attempts: 2 });
  });

  it('does not take the play of a scenario, which older files recorded as the registration, for an attempt', () => {
    const { mod, block } = moduleWithExample('scenario');
    const simulation = definitionOf(block).answer!.simulate;
    const answer = simulation.answer(block, { rng: seededRandom(3), ability: 0.9, language: 'en', key: block.id, attempt: 0 }) as Answer & { registration: string };
    const older = recorded(block as ScoredBlock, answer, { mod, accountName: account, id: '33333333-3333-4333-8333-333333333333' }).map((s) => {
      const { [EXTENSIONS.play]: play, ...extensions } = s.context.extensions;
      return { ...s, context: { ...s.context, registration: play as string, extensions } };
    });
    expect(older[0]!.context.registration).toBe(answer.registration);
    const summary = summariseLearner({ account }, imported(older));
    expect(summary.modules[mod.id]!.attempts).toHaveLength(1);
    expect(summary.modules[mod.id]!.attempts![0]!.registration).toBeUndefined();
  });

  it('reads a summary kept before attempts were told apart as one attempt, its latest completion', () => {
    const kept: ModuleSummary = {
      status: 'completed',
      moduleVersion: 1,
      startedAt: '2026-11-18T09:00:00.000Z',
      lastActivityAt: '2026-11-18T09:05:00.000Z',
      completedAt: '2026-11-18T09:05:00.000Z',
      score: 0.36,
      passed: false,
      timeSpentMs: 300_000,
      itemsAnswered: 2,
    };
    expect(attemptsOf(kept)).toEqual([
      { moduleVersion: 1, startedAt: '2026-11-18T09:00:00.000Z', completedAt: '2026-11-18T09:05:00.000Z', score: 0.36, success: false, timeSpentMs: 300_000 },
    ]);
    expect(cellOf(kept, catalogue[0])).toMatchObject({ standing: 'not-yet-passed', result: 'not-yet-passed', score: 0.36, attempts: 1 });
  });

  it('does not count as passed a record that claims success below the passing score', () => {
    const [a, b, completion] = imported(failed(FIRST, '2026-11-18'));
    const claimed = { ...completion!, result: { ...completion!.result, success: true } };
    expect(cellOf(summariseLearner({ account }, [a!, b!, claimed]).modules.sample, catalogue[0])).toMatchObject({ standing: 'not-yet-passed' });
  });
});

describe('a certificate’s verification code', () => {
  const statements = imported([...failed(FIRST, '2026-11-18'), ...passed(RETAKE, '2026-11-20')]);
  const summary = summariseLearner({ account }, statements);
  const pass = { account, moduleId: 'sample', moduleVersion: 1, completedAt: '2026-11-20T09:03:00.000Z' };

  it('is twelve characters of Crockford’s base 32, in three groups, the same for the same pass', async () => {
    const code = await certificateCode(pass);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await certificateCode(pass)).toBe(code);
    expect(await certificateCode({ ...pass, account: accountOf(21) })).not.toBe(code);
    expect(await certificateCode({ ...pass, completedAt: '2026-11-20T09:03:00.001Z' })).not.toBe(code);
  });

  it('matches the module passed and its date in the records imported from her file', async () => {
    const code = await certificateCode(pass);
    await expect(matchCertificate(code, summary, catalogue)).resolves.toEqual({ moduleId: 'sample', moduleVersion: 1, completedAt: pass.completedAt, score: 1 });
    // As a person types it: lower case, spaces, O for 0, I or L for 1.
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    await expect(matchCertificate(typed, summary, catalogue)).resolves.toMatchObject({ moduleId: 'sample' });
  });

  it('matches nothing for her failed attempt, another learner, or a code altered by one character', async () => {
    const failedCode = await certificateCode({ ...pass, completedAt: '2026-11-18T09:02:00.000Z' });
    await expect(matchCertificate(failedCode, summary, catalogue)).resolves.toBeNull();
    const other = summariseLearner(
      { account: accountOf(21) },
      imported(passed(RETAKE, '2026-11-20').map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: accountOf(21) } } }))),
    );
    await expect(matchCertificate(await certificateCode(pass), other, catalogue)).resolves.toBeNull();
    const code = await certificateCode(pass);
    const altered = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    await expect(matchCertificate(altered, summary, catalogue)).resolves.toBeNull();
  });

  it('reads a code as typed, or refuses what cannot be one', () => {
    expect(normaliseCode(' 7kq2 m9xd 4tra ')).toBe('7KQ2-M9XD-4TRA');
    expect(normaliseCode('7KQ2–M9XD–4TRO')).toBe('7KQ2-M9XD-4TR0');
    expect(normaliseCode('7KQ2-M9XD-4TR')).toBeNull();
    expect(normaliseCode('7KQ2-M9XD-4TRU')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });
});
