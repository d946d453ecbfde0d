import type { Block } from '../content/schema';
import { isValidCategorizeAnswer, scoreCategorize, type CategorizeAnswer } from './categorize';
import { isValidPromptLabAnswer, scorePromptLab, type PromptLabAnswer } from './prompt-lab';
import { isValidQuizAnswer, scoreQuiz, type QuizAnswer, type Score } from './quiz';

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

/** Scores an answer, or returns null when the answer does not fit the block. */
export function scoreAnswer(block: ScoredBlock, answer: Answer): Score | null {
  switch (block.type) {
    case 'quiz':
      return isValidQuizAnswer(block, answer as QuizAnswer) ? scoreQuiz(block, answer as QuizAnswer) : null;
    case 'categorize':
      return isValidCategorizeAnswer(block, answer as CategorizeAnswer) ? scoreCategorize(block, answer as CategorizeAnswer) : null;
    case 'prompt-lab':
      return isValidPromptLabAnswer(answer as PromptLabAnswer) ? scorePromptLab(answer as PromptLabAnswer) : null;
  }
}
