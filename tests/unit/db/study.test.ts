import 'fake-indexeddb/auto';
import validateStatement from '@learninglocker/xapi-validation';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { completeModule, latestAttempts, moveTo, retakeModule, RetakeRefusedError, saveAnswer, InvalidAnswerError, type StudyContext } from '../../../renderer/src/db/study';
import { progressFileFor } from '../../../renderer/src/db/progress-export';
import { mergeProgressFiles, summariseMerged } from '../../../core/cohort/merge';
import { readProgressFile } from '../../../core/cohort/read-progress-file';
import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { cohortReport, reportModule } from '../../../core/cohort/report';
import { sampleModule, sampleQuiz } from '../../fixtures/sample-module';

const mod = sampleModule();
let db: CareLitDatabase;
let ctx: StudyContext;

beforeEach(async () => {
  db = new CareLitDatabase(`study-${Math.random()}`);
  const learner = await createLearner(db, '  Amina Benali  ', 'nurse');
  ctx = { db, learner, module: mod, language: 'fr' };
});
afterEach(() => db.delete());

describe('saving a learner’s work', () => {
  it('keeps the profile name trimmed and a separate random pseudonym for records', () => {
    expect(ctx.learner.displayName).toBe('Amina Benali');
    expect(ctx.learner.accountName).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.learner.accountName).not.toBe(ctx.learner.id);
  });

  it('saves an answer, its progress and its xAPI statement together', async () => {
    const attempt = await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 8_000);
    const progress = await db.progress.get([ctx.learner.id, mod.id]);
    const outbox = await db.outbox.toArray();
    expect(attempt).toMatchObject({ blockId: 'q-single', moduleVersion: 1, answer: { selected: ['pro'] }, score: { scaled: 1, correct: true }, durationMs: 8000 });
    expect(progress).toMatchObject({ status: 'in-progress', currentBlockId: 'q-single', doneBlockIds: ['q-single'], timeSpentMs: 8000 });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.id).toBe(attempt.statementId);
    expect(outbox[0]!.statement.actor.account.name).toBe(ctx.learner.accountName);
    // As exported (JSON): rows read back from the test's IndexedDB belong to another JS realm.
    expect(validateStatement(JSON.parse(JSON.stringify(outbox[0]!.statement)))).toEqual([]);
  });

  it('writes nothing at all when the transaction fails midway', async () => {
    const failing = jest.spyOn(db.outbox, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 1000)).rejects.toThrow('disk full');
    failing.mockRestore();
    expect(await db.attempts.count()).toBe(0);
    expect(await db.progress.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an answer the quiz cannot have, and keeps the first answer when asked twice', async () => {
    await expect(saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro', 'tool'] }, 1000)).rejects.toBeInstanceOf(InvalidAnswerError);
    const first = await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['tool'] }, 1000);
    const second = await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 1000);
    expect(second.id).toBe(first.id);
    expect(await db.attempts.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('remembers where the learner is, marking a text block read only when she moves forward', async () => {
    await moveTo(ctx, 'intro', 'q-single', 30_000, true);
    await moveTo(ctx, 'q-single', 'intro', 2_000, false);
    expect(await db.progress.get([ctx.learner.id, mod.id])).toMatchObject({ currentBlockId: 'intro', doneBlockIds: ['intro'], timeSpentMs: 32_000 });
  });

  it('caps the time counted on one block, so a screen left open is not study time', async () => {
    await moveTo(ctx, 'intro', 'q-single', 5 * 60 * 60 * 1000, true);
    expect((await db.progress.get([ctx.learner.id, mod.id]))!.timeSpentMs).toBe(15 * 60 * 1000);
  });

  it('completes the module with the score of its answers and a completed statement', async () => {
    await moveTo(ctx, 'intro', 'q-single', 10_000, true);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 5_000);
    await moveTo(ctx, 'q-single', 'q-multiple', 1_000, true);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-multiple'), { selected: ['diagnosis'] }, 5_000);
    const done = await completeModule(ctx, 'q-multiple', 1_000);
    expect(done).toMatchObject({ status: 'completed', timeSpentMs: 22_000, doneBlockIds: ['intro', 'q-single', 'q-multiple'] });
    expect(done.attempts).toEqual([
      { registration: done.registration, moduleVersion: 1, startedAt: expect.any(String), completedAt: expect.any(String), score: 0.5, passed: true, timeSpentMs: 22_000 },
    ]);
    const statements = (await db.outbox.orderBy('createdAt').toArray()).map((r) => r.statement);
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual(['answered', 'answered', 'completed']);
    expect(statements[2]!.result).toMatchObject({ completion: true, success: true, score: { scaled: 0.5 }, duration: 'PT22S' });
    // Every statement of the attempt carries its registration.
    expect(statements.map((s) => s.context.registration)).toEqual([done.registration, done.registration, done.registration]);
    expect(done.registration).toMatch(/^[0-9a-f-]{36}$/);
    expect([...(await latestAttempts(db, ctx.learner.id, mod.id, done.registration)).keys()].sort()).toEqual(['q-multiple', 'q-single']);
  });

  it('keeps her progress on unchanged blocks when a new version of the module is published', async () => {
    await moveTo(ctx, 'intro', 'q-single', 10_000, true);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 5_000);
    const v2 = { ...mod, version: 2, lessons: [mod.lessons[0]!, { ...mod.lessons[1]!, blocks: [{ ...mod.lessons[0]!.blocks[0]!, id: 'new-text' }, ...mod.lessons[1]!.blocks] }] };
    await moveTo({ ...ctx, module: v2 }, 'q-single', 'new-text', 1_000, true);
    expect(await db.progress.get([ctx.learner.id, mod.id])).toMatchObject({
      moduleVersion: 2,
      currentBlockId: 'new-text',
      doneBlockIds: ['intro', 'q-single'],
    });
    const attempt = await saveAnswer({ ...ctx, module: v2 }, sampleQuiz(v2, 'q-multiple'), { selected: ['diagnosis', 'bp'] }, 2_000);
    expect(attempt.moduleVersion).toBe(2);
    expect((await db.attempts.filter((a) => a.blockId === 'q-single').first())?.moduleVersion).toBe(1);
  });
});

describe('taking a module again', () => {
  /** Both questions wrong: 0 %, below the sample module's passing score (50 %). */
  async function failOnce() {
    await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['tool'] }, 5_000);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-multiple'), { selected: ['weather'] }, 5_000);
    return completeModule(ctx, 'q-multiple', 1_000);
  }

  it('starts a new attempt with its own registration, from the first block, her completed attempt kept', async () => {
    const failed = await failOnce();
    expect(failed.attempts).toMatchObject([{ score: 0, passed: false }]);
    await db.blockStates.bulkPut([
      { learnerId: ctx.learner.id, moduleId: mod.id, blockId: 'q-single', state: { selected: ['tool'] }, updatedAt: '2026-11-20T08:00:00.000Z' },
      { learnerId: ctx.learner.id, moduleId: mod.id, blockId: 'intro', state: { text: 'mes notes' }, updatedAt: '2026-11-20T08:00:00.000Z' },
    ]);
    const retake = await retakeModule(ctx);
    expect(retake).toMatchObject({ status: 'in-progress', currentBlockId: 'intro', doneBlockIds: [], timeSpentMs: 0, attempts: failed.attempts });
    expect(retake.registration).toMatch(/^[0-9a-f-]{36}$/);
    expect(retake.registration).not.toBe(failed.registration);
    // The exercises start afresh; what is not scored stays.
    expect(await db.blockStates.get([ctx.learner.id, mod.id, 'q-single'])).toBeUndefined();
    expect(await db.blockStates.get([ctx.learner.id, mod.id, 'intro'])).toMatchObject({ state: { text: 'mes notes' } });
    expect(await latestAttempts(db, ctx.learner.id, mod.id, retake.registration)).toEqual(new Map());
  });

  it('lets her answer a quiz again in the new attempt, passes, and keeps both attempts in her history and her export', async () => {
    const failed = await failOnce();
    const retake = await retakeModule(ctx);
    const again = await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 4_000);
    expect(again).toMatchObject({ registration: retake.registration, score: { correct: true } });
    await saveAnswer(ctx, sampleQuiz(mod, 'q-multiple'), { selected: ['diagnosis', 'bp'] }, 4_000);
    const passed = await completeModule(ctx, 'q-multiple', 1_000);
    expect(passed.attempts.map((a) => [a.registration, a.score, a.passed])).toEqual([
      [failed.registration, 0, false],
      [retake.registration, 1, true],
    ]);
    expect(await db.attempts.count()).toBe(4);

    const file = await progressFileFor(db, ctx.learner.id, { shareName: true, shareProfession: true }, '0.1.0');
    expect(file.statements.map((s) => [s.verb.id.split('/').pop(), s.context.registration])).toEqual([
      ['answered', failed.registration],
      ['answered', failed.registration],
      ['completed', failed.registration],
      ['answered', retake.registration],
      ['answered', retake.registration],
      ['completed', retake.registration],
    ]);
    // The trainer reads the same: two attempts, the best counts, passed.
    const read = await readProgressFile(serialiseProgressFile(file));
    if (!read.ok) throw new Error('the export must import');
    const [summary] = mergeProgressFiles([read.file]).map(summariseMerged);
    expect(summary!.modules[mod.id]!.attempts).toHaveLength(2);
    expect(cohortReport([summary!], [reportModule(mod)]).learners[0]!.cells[mod.id]).toMatchObject({ standing: 'passed', result: 'passed', score: 1, attempts: 2 });
  });

  it('is refused for a module passed, for one not completed, and while an attempt is open', async () => {
    await expect(retakeModule(ctx)).rejects.toBeInstanceOf(RetakeRefusedError);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['tool'] }, 5_000);
    await expect(retakeModule(ctx)).rejects.toBeInstanceOf(RetakeRefusedError);
    await failOnce();
    await retakeModule(ctx);
    await expect(retakeModule(ctx)).rejects.toBeInstanceOf(RetakeRefusedError);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 1_000);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-multiple'), { selected: ['diagnosis', 'bp'] }, 1_000);
    await completeModule(ctx, 'q-multiple', 1_000);
    await expect(retakeModule(ctx)).rejects.toBeInstanceOf(RetakeRefusedError);
    expect((await db.progress.get([ctx.learner.id, mod.id]))!.attempts.map((a) => a.passed)).toEqual([false, true]);
  });
});
