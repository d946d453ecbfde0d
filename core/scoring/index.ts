import { isValidCategorizeAnswer, scoreCategorize, type CategorizeAnswer } from './categorize';
import type { Answer, ScoredBlock } from './kinds';
import { isValidPromptLabAnswer, scorePromptLab, type PromptLabAnswer } from './prompt-lab';
import { isValidQuizAnswer, scoreQuiz, type QuizAnswer, type Score } from './quiz';

export * from './kinds';

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
