import { isLanguage, type Language } from '../i18n';
import { checkPrompt } from '../prompt-check';
import type { Score } from './quiz';

export interface PromptLabAnswer {
  prompt: string;
  /** The language the prompt is written in: the checker's cues and messages depend on it. */
  lang: Language;
}

/** Longer than any prompt a task needs; keeps a pasted record from being stored whole. */
export const PROMPT_MAX_LENGTH = 10_000;

/** The checker's rubric, 0–100. "Correct" means nothing left to improve: full marks. */
export function scorePromptLab(answer: PromptLabAnswer): Score {
  const { score } = checkPrompt(answer.prompt, answer.lang);
  return { raw: score, max: 100, scaled: score / 100, correct: score === 100 };
}

export function isValidPromptLabAnswer(answer: PromptLabAnswer): boolean {
  return typeof answer.prompt === 'string' && answer.prompt.trim().length > 0 && answer.prompt.length <= PROMPT_MAX_LENGTH && isLanguage(answer.lang);
}
