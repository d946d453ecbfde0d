import type { Language } from '../../i18n';
import { checkPrompt } from '../../prompt-check';
import { PERSONAL_DATA_PENALTY } from '../../prompt-check/score';
import { PROMPT_ELEMENTS, type Finding } from '../../prompt-check/types';
import { checkCriteria, type Criterion, type CriterionResult } from './criteria';

/** A try passes from this score on, with every criterion of its task met and no personal data left. */
export const PASS_SCORE = 80;

/** The share of the score the task carries at most; the elements of a good prompt, the rest. */
const TASK_WEIGHT = 0.6;

/**
 * A try's score, 0–100:
 *   task     = (inclusion criteria met − exclusion criteria broken) / inclusion criteria, at least 0
 *   elements = elements of a good prompt present / 7
 *   score    = 100 × task × (0.6 + 0.4 × elements) − 25 per identifier left, floored at 0, rounded.
 * The elements count only as far as the task is done: an off-topic prompt with a role, a
 * context, a format and all the rest still scores 0, and so does a prompt written for another
 * lab. A prompt that does the whole task with no element of a good prompt scores 60; one that
 * breaks an exclusion (names the department, asks for exercises) loses a criterion's worth.
 */
export function labScore(criteria: readonly CriterionResult[], elementsPresent: number, personalData: number): number {
  const includes = criteria.filter((c) => c.must === 'include');
  const met = includes.filter((c) => c.met).length;
  const broken = criteria.filter((c) => c.must === 'exclude' && !c.met).length;
  const task = includes.length === 0 ? 1 : Math.max(0, met - broken) / includes.length;
  const elements = elementsPresent / PROMPT_ELEMENTS.length;
  const penalty = Math.min(100, PERSONAL_DATA_PENALTY * personalData);
  return Math.round(Math.max(0, 100 * task * (TASK_WEIGHT + (1 - TASK_WEIGHT) * elements) - penalty));
}

/** What the checker says of a try in a lab: its findings, each criterion met or not, its score, and whether it passes. */
export interface LabCheck {
  findings: Finding[];
  criteria: CriterionResult[];
  score: number;
  passed: boolean;
}

export function checkLabPrompt(criteria: readonly Criterion[], prompt: string, lang: Language): LabCheck {
  const { findings } = checkPrompt(prompt, lang);
  const results = checkCriteria(criteria, prompt, lang);
  const personalData = findings.filter((f) => f.kind === 'personal-data').length;
  const missing = findings.length - personalData;
  const score = labScore(results, PROMPT_ELEMENTS.length - missing, personalData);
  const passed = results.every((c) => c.met) && personalData === 0 && score >= PASS_SCORE;
  return { findings, criteria: results, score, passed };
}
