import type { LearningModule } from '../../../core/content/schema';
import type { Language } from '../../../core/i18n';
import { answerCounts, answerFinishes, answerStatements, scoreAnswer, scoreOf, type Answer, type ScoredBlock } from '../../../core/blocks';
import type { Score } from '../../../core/blocks/types';
import { moduleScore } from '../../../core/module-score';
import { MAX_COUNTED_BLOCK_MS, moduleShape, readingOrder, reconcileProgress } from '../../../core/progress';
import { moduleCompletedStatement, type StatementEnv } from '../../../core/xapi/statements';
import type { CareLitDatabase } from './database';
import { newOutboxRow } from './outbox';
import type { AttemptRow, LearnerRow, ProgressRow } from './rows';

/**
 * What happens to a learner's work. Each function is one transaction with nothing but
 * IndexedDB work inside: an answer, its progress and its xAPI statement are saved together or
 * not at all, before the screen moves on.
 */
export interface StudyContext {
  db: CareLitDatabase;
  learner: LearnerRow;
  module: LearningModule;
  language: Language;
}

function statementEnv(ctx: StudyContext, now: Date): StatementEnv {
  return { accountName: ctx.learner.accountName, language: ctx.language, now, newId: () => crypto.randomUUID() };
}

function freshProgress(ctx: StudyContext, now: string): ProgressRow {
  const first = readingOrder(ctx.module, ctx.learner.profession)[0]!.block.id;
  return {
    learnerId: ctx.learner.id,
    moduleId: ctx.module.id,
    moduleVersion: ctx.module.version,
    status: 'in-progress',
    currentBlockId: first,
    doneBlockIds: [],
    timeSpentMs: 0,
    startedAt: now,
    updatedAt: now,
  };
}

/** The saved progress, carried over to the module's current version, or a fresh one. */
async function currentProgress(ctx: StudyContext, now: string): Promise<ProgressRow> {
  const saved = await ctx.db.progress.get([ctx.learner.id, ctx.module.id]);
  return saved ? reconcileProgress(moduleShape(ctx.module), saved) : freshProgress(ctx, now);
}

function withDone(progress: ProgressRow, blockId: string): string[] {
  return progress.doneBlockIds.includes(blockId) ? progress.doneBlockIds : [...progress.doneBlockIds, blockId];
}

export class InvalidAnswerError extends Error {
  override name = 'InvalidAnswerError';
}

/**
 * Scores and saves an answer with its progress and statements. Where the first answer counts (a
 * quiz), answering again keeps the first; where the latest counts (a prompt lab, a scenario's
 * path at each choice), every try is kept as a new attempt.
 */
export async function saveAnswer(ctx: StudyContext, block: ScoredBlock, answer: Answer, durationMs: number): Promise<AttemptRow> {
  const outcome = scoreAnswer(block, answer, ctx.module);
  if (!outcome) throw new InvalidAnswerError(`invalid answer for ${block.id}`);
  const score = scoreOf(outcome);
  const { db } = ctx;
  return db.transaction('rw', [db.attempts, db.progress, db.outbox], async () => {
    const existing = answerCounts(block) === 'first' ? await latestAttempt(ctx.db, ctx.learner.id, ctx.module.id, block.id) : undefined;
    if (existing) return existing;
    const now = new Date();
    const iso = now.toISOString();
    const statements = answerStatements(statementEnv(ctx, now), ctx.module, block, answer, outcome, durationMs);
    const attempt: AttemptRow = {
      id: crypto.randomUUID(),
      learnerId: ctx.learner.id,
      moduleId: ctx.module.id,
      moduleVersion: ctx.module.version,
      blockId: block.id,
      answer: structuredClone(answer),
      score,
      durationMs: Math.round(durationMs),
      answeredAt: iso,
      statementId: statements[0]!.id,
    };
    const progress = await currentProgress(ctx, iso);
    await db.attempts.add(attempt);
    await db.outbox.bulkAdd(statements.map((statement) => newOutboxRow(statement, ctx.learner.id, iso)));
    await db.progress.put({
      ...progress,
      moduleVersion: ctx.module.version,
      currentBlockId: block.id,
      // A step of an answer (a scenario's choice before its ending) does not finish the block.
      doneBlockIds: answerFinishes(block, answer) ? withDone(progress, block.id) : progress.doneBlockIds,
      timeSpentMs: progress.timeSpentMs + Math.min(durationMs, MAX_COUNTED_BLOCK_MS),
      updatedAt: iso,
    });
    return attempt;
  });
}

/**
 * Moves the learner to another block. `leftBlockId` was on screen for `shownMs`; a text block
 * counts as read when she moves forward from it.
 */
export async function moveTo(ctx: StudyContext, leftBlockId: string, targetBlockId: string, shownMs: number, forward: boolean): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.progress], async () => {
    const iso = new Date().toISOString();
    const progress = await currentProgress(ctx, iso);
    await db.progress.put({
      ...progress,
      moduleVersion: ctx.module.version,
      currentBlockId: targetBlockId,
      doneBlockIds: forward ? withDone(progress, leftBlockId) : progress.doneBlockIds,
      timeSpentMs: progress.timeSpentMs + Math.min(shownMs, MAX_COUNTED_BLOCK_MS),
      updatedAt: iso,
    });
  });
}

/** Ends the module: final score from the latest answers, completed (and passed) statement. */
export async function completeModule(ctx: StudyContext, lastBlockId: string, shownMs: number): Promise<ProgressRow> {
  const { db } = ctx;
  return db.transaction('rw', [db.attempts, db.progress, db.outbox], async () => {
    const now = new Date();
    const iso = now.toISOString();
    const progress = await currentProgress(ctx, iso);
    const latest = await latestScores(ctx.db, ctx.learner.id, ctx.module.id);
    const result = moduleScore(ctx.module, latest);
    const timeSpentMs = progress.timeSpentMs + Math.min(shownMs, MAX_COUNTED_BLOCK_MS);
    const statement = moduleCompletedStatement(statementEnv(ctx, now), ctx.module, result, timeSpentMs);
    const done: ProgressRow = {
      ...progress,
      moduleVersion: ctx.module.version,
      status: 'completed',
      currentBlockId: lastBlockId,
      doneBlockIds: withDone(progress, lastBlockId),
      timeSpentMs,
      updatedAt: iso,
      completedAt: iso,
      score: result.scaled,
      passed: result.passed,
    };
    await db.progress.put(done);
    await db.outbox.add(newOutboxRow(statement, ctx.learner.id, iso));
    return done;
  });
}

export async function latestAttempt(db: CareLitDatabase, learnerId: string, moduleId: string, blockId: string): Promise<AttemptRow | undefined> {
  const rows = await db.attempts.where('[learnerId+moduleId+blockId]').equals([learnerId, moduleId, blockId]).sortBy('answeredAt');
  return rows[rows.length - 1];
}

/** Latest attempt per block of one module, for the player and for the module score. */
export async function latestAttempts(db: CareLitDatabase, learnerId: string, moduleId: string): Promise<Map<string, AttemptRow>> {
  const rows = await db.attempts.where('[learnerId+moduleId]').equals([learnerId, moduleId]).sortBy('answeredAt');
  return new Map(rows.map((r) => [r.blockId, r]));
}

async function latestScores(db: CareLitDatabase, learnerId: string, moduleId: string): Promise<Map<string, Score>> {
  const attempts = await latestAttempts(db, learnerId, moduleId);
  return new Map([...attempts].map(([blockId, a]) => [blockId, a.score]));
}
