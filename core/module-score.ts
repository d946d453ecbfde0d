import { isScoredBlock } from './blocks';
import type { Score } from './blocks/types';
import type { LearningModule } from './content/schema';
import { flattenBlocks } from './progress';

/**
 * The module score from the score that counts for each scored block. Blocks not answered count
 * as 0, so a module is only "passed" on the whole of it.
 */
export function moduleScore(mod: LearningModule, latest: ReadonlyMap<string, Score>): Score & { passed: boolean } {
  const scored = flattenBlocks(mod).filter((p) => isScoredBlock(p.block));
  const max = scored.length;
  const raw = scored.reduce((sum, p) => sum + (latest.get(p.block.id)?.scaled ?? 0), 0);
  const scaled = max === 0 ? 1 : raw / max;
  return { raw, max, scaled, correct: raw === max, passed: scaled >= mod.passingScore };
}
