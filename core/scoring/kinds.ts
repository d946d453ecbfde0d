import type { Block } from '../content/schema';
import type { CategorizeAnswer } from './categorize';
import type { PromptLabAnswer } from './prompt-lab';
import type { QuizAnswer } from './quiz';

/*
 * Which blocks are scored, without the scorers: the catalogue and the progress code need to
 * know a block's kind, not to load the prompt checker.
 */

/** The answer each scored block type takes. Blocks not listed here are never scored. */
export interface AnswerByType {
  quiz: QuizAnswer;
  categorize: CategorizeAnswer;
  'prompt-lab': PromptLabAnswer;
}
export type ScoredType = keyof AnswerByType;
export type ScoredBlock = Extract<Block, { type: ScoredType }>;
export type Answer = AnswerByType[ScoredType];

export const SCORED_TYPES: readonly ScoredType[] = ['quiz', 'categorize', 'prompt-lab'];

/** Blocks the learner may answer again: every try is kept and the latest counts. */
export function allowsRetry(block: ScoredBlock): boolean {
  return block.type === 'prompt-lab';
}

export function isScoredBlock(block: Block): block is ScoredBlock {
  return (SCORED_TYPES as readonly string[]).includes(block.type);
}

