import { isScoredBlock } from './blocks';
import type { Score } from './blocks/types';
import type { LearningModule } from './content/schema';
import { flattenBlocks, type BlockPosition } from './progress';

/**
 * The module score from the score that counts for each scored block. Blocks not answered count
 * as 0, so a module is only "passed" on the whole of it.
 */
export function moduleScore(mod: LearningModule, latest: ReadonlyMap<string, Score>): Score & { passed: boolean } {
  return scoreOn(
    flattenBlocks(mod).filter((p) => isScoredBlock(p.block)),
    latest,
    mod.passingScore,
  );
}

/** One point per scored block, its scaled score; nothing to score is full marks. */
function scoreOn(scored: readonly BlockPosition[], latest: ReadonlyMap<string, Score>, passingScore: number): Score & { passed: boolean } {
  const max = scored.length;
  const raw = scored.reduce((sum, p) => sum + (latest.get(p.block.id)?.scaled ?? 0), 0);
  const scaled = max === 0 ? 1 : raw / max;
  return { raw, max, scaled, correct: raw === max, passed: scaled >= passingScore };
}

/**
 * What a learner did in one lesson, for the moment that ends it: its exercises, how many she
 * answered, and her score on them by the module's rule (unanswered ones count 0), set against the
 * module's passing score. `score` is undefined for a lesson without exercises.
 */
export function lessonScore(
  mod: LearningModule,
  lessonIndex: number,
  latest: ReadonlyMap<string, Score>,
): { exercises: number; answered: number; score?: Score & { passed: boolean } } {
  const scored = flattenBlocks(mod).filter((p) => p.lessonIndex === lessonIndex && isScoredBlock(p.block));
  const answered = scored.filter((p) => latest.has(p.block.id)).length;
  if (scored.length === 0) return { exercises: 0, answered };
  return { exercises: scored.length, answered, score: scoreOn(scored, latest, mod.passingScore) };
}
