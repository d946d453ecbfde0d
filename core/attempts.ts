/**
 * A module can be taken more than once: a learner below the passing score takes it again, as a
 * new attempt with its own xAPI registration, and her earlier attempts stay in her history. Which
 * attempt counts is one rule, the same everywhere — her module list and end screen, her
 * certificate, the trainer's dashboard, CSV and training record, and `carelit cohort report`:
 *
 *   the best attempt counts, and a passed module stays passed: among the attempts passed, the best
 *   score; when none passed, the best score so far, and the module is not yet passed. Of equal
 *   attempts, the earliest.
 */

/** A completed attempt, as far as the rule needs it. */
export interface AttemptResult {
  /** Scaled 0–1. */
  score: number;
  passed: boolean;
  /** ISO 8601: when the attempt was completed. */
  completedAt: string;
}

/** A completion of the module, kept in her history whatever comes after: in her database and in her backup alike. */
export interface CompletedAttempt extends AttemptResult {
  /** The attempt's xAPI registration; absent for an attempt begun before version 7. */
  registration?: string;
  moduleVersion: number;
  startedAt: string;
  timeSpentMs: number;
}

/** Where a learner stands in a module, in the words every screen uses. */
export type Standing = 'not-started' | 'in-progress' | 'not-yet-passed' | 'passed';

/** Once an attempt is completed: whether the module is passed. */
export type ModuleResult = 'passed' | 'not-yet-passed';

function better(a: AttemptResult, b: AttemptResult): boolean {
  if (a.passed !== b.passed) return a.passed;
  if (a.score !== b.score) return a.score > b.score;
  return a.completedAt < b.completedAt;
}

/** The attempt that counts, or undefined before any attempt is completed. */
export function countingAttempt<T extends AttemptResult>(attempts: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const attempt of attempts) if (!best || better(attempt, best)) best = attempt;
  return best;
}

export function resultOf(attempts: readonly AttemptResult[]): ModuleResult | undefined {
  const counted = countingAttempt(attempts);
  return counted && (counted.passed ? 'passed' : 'not-yet-passed');
}

/**
 * Passed or not, from a completion's record: the record must say passed (xAPI `success`) and its
 * score reach the module's passing score, when both are known; a record without a success flag
 * is judged by its score alone. A record that claims success below the passing score is not a pass.
 */
export function attemptPassed(score: number | undefined, success: boolean | undefined, passingScore: number | undefined): boolean {
  if (score === undefined || passingScore === undefined) return success === true;
  return success !== false && score >= passingScore;
}

/**
 * Where she stands: passed as soon as an attempt passed (even while she goes through a new
 * version of the module); otherwise in progress while an attempt is open, not yet passed once an
 * attempt is completed, and not started before anything.
 */
export function standingOf(attempts: readonly AttemptResult[], open: boolean): Standing {
  const result = resultOf(attempts);
  if (result === 'passed') return 'passed';
  if (open) return 'in-progress';
  return result ?? 'not-started';
}

/** She may take the module again when she has completed it without passing, and no attempt is open. */
export function mayRetake(attempts: readonly AttemptResult[], open: boolean): boolean {
  return !open && resultOf(attempts) === 'not-yet-passed';
}
