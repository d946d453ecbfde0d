import type { QuizBlock } from '../content/schema';

export interface QuizAnswer {
  /** Ids of the options the learner selected. */
  selected: string[];
}

export interface Score {
  /** Points earned, between 0 and max. */
  raw: number;
  max: number;
  /** raw / max, in [0, 1]: the xAPI scaled score. */
  scaled: number;
  /** True only for a fully correct answer. */
  correct: boolean;
}

/**
 * Single choice: 1 point for the correct option. Multiple choice: all-or-nothing, because in
 * care a half-right checklist (one red flag missed) is not a partial success.
 */
export function scoreQuiz(block: QuizBlock, answer: QuizAnswer): Score {
  const selected = new Set(answer.selected);
  const known = new Set(block.options.map((o) => o.id));
  const correct =
    [...selected].every((id) => known.has(id)) &&
    block.options.every((o) => o.correct === selected.has(o.id)) &&
    (block.mode === 'multiple' || selected.size === 1);
  return { raw: correct ? 1 : 0, max: 1, scaled: correct ? 1 : 0, correct };
}

export function isValidQuizAnswer(block: QuizBlock, answer: QuizAnswer): boolean {
  const ids = new Set(block.options.map((o) => o.id));
  const unique = new Set(answer.selected);
  if (unique.size !== answer.selected.length || !answer.selected.every((id) => ids.has(id))) return false;
  return block.mode === 'single' ? unique.size === 1 : unique.size >= 1;
}
