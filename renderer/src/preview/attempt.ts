import type { LearningModule } from '../../../core/content/schema';
import { scoreAnswer, type Answer, type ScoredBlock } from '../../../core/scoring';
import type { AttemptRow } from '../db/rows';

/**
 * An answer given in the preview, scored by core exactly as the player scores it and shaped
 * like a saved attempt, so blocks show the same feedback. It lives in component state only:
 * no learner, no xAPI statement, nothing written.
 */
export function previewAttempt(
  module: LearningModule,
  block: ScoredBlock,
  answer: Answer,
  { id, now, durationMs }: { id: string; now: Date; durationMs: number },
): AttemptRow | null {
  const score = scoreAnswer(block, answer);
  if (!score) return null;
  return {
    id,
    learnerId: '',
    moduleId: module.id,
    moduleVersion: module.version,
    blockId: block.id,
    answer: structuredClone(answer),
    score,
    durationMs: Math.round(durationMs),
    answeredAt: now.toISOString(),
    statementId: '',
  };
}
