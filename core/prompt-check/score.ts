import { PROMPT_ELEMENTS } from './types';

/** Points taken off for each identifier left in the prompt. */
export const PERSONAL_DATA_PENALTY = 25;

/**
 * The rubric, 0–100:
 *   100 × (elements present / 7)           each of the 7 elements of a good prompt is worth 100/7
 *   − 25 per personal-data finding          at most −100: four identifiers cancel a perfect prompt
 *   floored at 0, rounded to the nearest integer.
 * Leaking data costs more than any single missing element (25 > 14.3) on purpose: a prompt that
 * sends a patient's name to an online tool is worse than one that forgets to ask for sources.
 */
export function promptScore(elementsPresent: number, personalDataFindings: number): number {
  const elements = (100 * elementsPresent) / PROMPT_ELEMENTS.length;
  const penalty = Math.min(100, PERSONAL_DATA_PENALTY * personalDataFindings);
  return Math.round(Math.max(0, elements - penalty));
}
