import type { LearningModule } from '../../../core/content/schema';
import type { Language } from '../../../core/i18n';
import { answerCounts, answerFinishes, answerStatements, isScoredBlock, scoreAnswer, scoreOf, type Answer, type ScoredBlock } from '../../../core/blocks';
import type { Score } from '../../../core/blocks/types';
import { mayRetake } from '../../../core/attempts';
import { moduleScore } from '../../../core/module-score';
import { flattenBlocks, MAX_COUNTED_BLOCK_MS, moduleShape, readingOrder, reconcileProgress } from '../../../core/progress';
import { moduleCompletedStatement, type StatementEnv } from '../../../core/xapi/statements';
import type { CareLitDatabase } from './database';
import { newOutboxRow } from './outbox';
import type { AttemptRow, CompletedAttempt, LearnerRow, ProgressRow } from './rows';

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

/** Her statements about the module, each with the registration of the attempt it belongs to. */
function statementEnv(ctx: StudyContext, now: Date, progress: ProgressRow): StatementEnv {
  const { registration } = progress;
  return { accountName: ctx.learner.accountName, language: ctx.language, now, newId: () => crypto.randomUUID(), ...(registration ? { registration } : {}) };
}

/** A new attempt at the module, from its first block: her first, or a retake (her completed attempts kept). */
function newAttempt(ctx: StudyContext, now: string, attempts: CompletedAttempt[] = []): ProgressRow {
  const first = readingOrder(ctx.module, ctx.learner.profession)[0]!.block.id;
  return {
    learnerId: ctx.learner.id,
    moduleId: ctx.module.id,
    moduleVersion: ctx.module.version,
    status: 'in-progress',
    registration: crypto.randomUUID(),
    currentBlockId: first,
    doneBlockIds: [],
    timeSpentMs: 0,
    startedAt: now,
    updatedAt: now,
    attempts,
  };
}

/** The saved progress, carried over to the module's current version, or a fresh one. */
async function currentProgress(ctx: StudyContext, now: string): Promise<ProgressRow> {
  const saved = await ctx.db.progress.get([ctx.learner.id, ctx.module.id]);
  return saved ? reconcileProgress(moduleShape(ctx.module), saved) : newAttempt(ctx, now);
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
    const now = new Date();
    const iso = now.toISOString();
    const progress = await currentProgress(ctx, iso);
    const existing = answerCounts(block) === 'first' ? (await attemptRows(ctx.db, ctx.learner.id, ctx.module.id, progress.registration, block.id)).at(-1) : undefined;
    if (existing) return existing;
    const statements = answerStatements(statementEnv(ctx, now, progress), ctx.module, block, answer, outcome, durationMs);
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
      ...(progress.registration ? { registration: progress.registration } : {}),
    };
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

/** Ends the current attempt: its score from its latest answers, kept among her completions, and its completed (passed or not) statement. */
export async function completeModule(ctx: StudyContext, lastBlockId: string, shownMs: number): Promise<ProgressRow> {
  const { db } = ctx;
  return db.transaction('rw', [db.attempts, db.progress, db.outbox], async () => {
    const now = new Date();
    const iso = now.toISOString();
    const progress = await currentProgress(ctx, iso);
    const latest = await latestScores(ctx.db, ctx.learner.id, ctx.module.id, progress.registration);
    const result = moduleScore(ctx.module, latest);
    const timeSpentMs = progress.timeSpentMs + Math.min(shownMs, MAX_COUNTED_BLOCK_MS);
    const statement = moduleCompletedStatement(statementEnv(ctx, now, progress), ctx.module, result, timeSpentMs);
    const completion: CompletedAttempt = {
      ...(progress.registration ? { registration: progress.registration } : {}),
      moduleVersion: ctx.module.version,
      startedAt: progress.startedAt,
      completedAt: iso,
      score: result.scaled,
      passed: result.passed,
      timeSpentMs,
    };
    const done: ProgressRow = {
      ...progress,
      moduleVersion: ctx.module.version,
      status: 'completed',
      currentBlockId: lastBlockId,
      doneBlockIds: withDone(progress, lastBlockId),
      timeSpentMs,
      updatedAt: iso,
      attempts: [...progress.attempts, completion],
    };
    await db.progress.put(done);
    await db.outbox.add(newOutboxRow(statement, ctx.learner.id, iso));
    return done;
  });
}

/** She chose to take the module again, but it is passed, or an attempt is still open. */
export class RetakeRefusedError extends Error {
  override name = 'RetakeRefusedError';
}

/**
 * Starts a new attempt at a module completed below its passing score: a new registration, the
 * first block, nothing done. Her completed attempts and their answers stay (her history, her
 * export); the work in progress on the exercises of the attempt before (a half-sorted exercise, a
 * draft prompt) goes, and her reflection notes, which are not scored, stay.
 */
export async function retakeModule(ctx: StudyContext): Promise<ProgressRow> {
  const { db } = ctx;
  return db.transaction('rw', [db.progress, db.blockStates], async () => {
    const iso = new Date().toISOString();
    const saved = await db.progress.get([ctx.learner.id, ctx.module.id]);
    if (!saved || !mayRetake(saved.attempts, saved.status === 'in-progress')) throw new RetakeRefusedError(`${ctx.module.id} cannot be taken again now`);
    const fresh = newAttempt(ctx, iso, saved.attempts);
    const exercises = flattenBlocks(ctx.module)
      .filter((p) => isScoredBlock(p.block))
      .map((p) => [ctx.learner.id, ctx.module.id, p.block.id] as [string, string, string]);
    await db.blockStates.bulkDelete(exercises);
    await db.progress.put(fresh);
    return fresh;
  });
}

/**
 * Her answers in one attempt at a module (the `registration` of its progress), oldest first; for
 * one block, or all. Answers of her other attempts are kept, for her history and her export.
 */
export async function attemptRows(db: CareLitDatabase, learnerId: string, moduleId: string, registration: string | undefined, blockId?: string): Promise<AttemptRow[]> {
  const rows =
    blockId === undefined
      ? db.attempts.where('[learnerId+moduleId]').equals([learnerId, moduleId])
      : db.attempts.where('[learnerId+moduleId+blockId]').equals([learnerId, moduleId, blockId]);
  return (await rows.sortBy('answeredAt')).filter((row) => row.registration === registration);
}

/** Latest answer per block in her current attempt, for the player and for the module score. */
export async function latestAttempts(db: CareLitDatabase, learnerId: string, moduleId: string, registration: string | undefined): Promise<Map<string, AttemptRow>> {
  return new Map((await attemptRows(db, learnerId, moduleId, registration)).map((r) => [r.blockId, r]));
}

async function latestScores(db: CareLitDatabase, learnerId: string, moduleId: string, registration: string | undefined): Promise<Map<string, Score>> {
  const attempts = await latestAttempts(db, learnerId, moduleId, registration);
  return new Map([...attempts].map(([blockId, a]) => [blockId, a.score]));
}
