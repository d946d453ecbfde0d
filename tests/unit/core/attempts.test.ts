import { attemptPassed, countingAttempt, mayRetake, resultOf, standingOf, type AttemptResult } from '../../../core/attempts';

const attempt = (score: number, passed: boolean, completedAt: string): AttemptResult => ({ score, passed, completedAt });
const first = attempt(0.68, false, '2026-11-18T09:00:00.000Z');
const second = attempt(0.55, false, '2026-11-19T09:00:00.000Z');
const third = attempt(0.85, true, '2026-11-20T09:00:00.000Z');

describe('which attempt counts', () => {
  it('is none before an attempt is completed', () => {
    expect(countingAttempt([])).toBeUndefined();
    expect(resultOf([])).toBeUndefined();
  });

  it('is the best score while none passed: a worse retake does not lower her score', () => {
    expect(countingAttempt([first, second])).toBe(first);
    expect(resultOf([first, second])).toBe('not-yet-passed');
  });

  it('is a passed attempt as soon as there is one, even a later one', () => {
    expect(countingAttempt([first, second, third])).toBe(third);
    expect(resultOf([first, second, third])).toBe('passed');
  });

  it('keeps a module passed whatever comes after: a pass outranks a higher score that is not one', () => {
    // A later version of the module with a higher passing score: 90 % there is not a pass.
    const passedFirst = attempt(0.72, true, '2026-11-18T09:00:00.000Z');
    const higherButNot = attempt(0.9, false, '2026-12-01T09:00:00.000Z');
    expect(countingAttempt([passedFirst, higherButNot])).toBe(passedFirst);
    expect(resultOf([passedFirst, higherButNot])).toBe('passed');
  });

  it('takes the best of several passes, and the earliest of equal ones', () => {
    const a = attempt(0.8, true, '2026-11-18T09:00:00.000Z');
    const b = attempt(0.95, true, '2026-11-19T09:00:00.000Z');
    const c = attempt(0.95, true, '2026-11-20T09:00:00.000Z');
    expect(countingAttempt([c, a, b])).toBe(b);
  });
});

describe('passed or not, from a completion’s record', () => {
  it('needs the record to say passed and the score to reach the passing score', () => {
    expect(attemptPassed(0.7, true, 0.7)).toBe(true);
    expect(attemptPassed(0.68, false, 0.7)).toBe(false);
    // A record that claims success below the passing score is not a pass.
    expect(attemptPassed(0.36, true, 0.7)).toBe(false);
    // Nor one that says it failed, whatever its score.
    expect(attemptPassed(0.9, false, 0.7)).toBe(false);
  });

  it('judges a record without a success flag by its score, and a module not installed here by its record', () => {
    expect(attemptPassed(0.75, undefined, 0.7)).toBe(true);
    expect(attemptPassed(0.65, undefined, 0.7)).toBe(false);
    expect(attemptPassed(0.65, true, undefined)).toBe(true);
    expect(attemptPassed(0.65, undefined, undefined)).toBe(false);
  });
});

describe('where she stands', () => {
  it('is not started, in progress, not yet passed, or passed', () => {
    expect(standingOf([], false)).toBe('not-started');
    expect(standingOf([], true)).toBe('in-progress');
    expect(standingOf([first], false)).toBe('not-yet-passed');
    // A retake under way is in progress; the module is still not passed.
    expect(standingOf([first], true)).toBe('in-progress');
    expect(standingOf([first, third], false)).toBe('passed');
    // Passed stays passed while she goes through a new version of the module.
    expect(standingOf([third], true)).toBe('passed');
  });

  it('lets her take the module again only after a completion below the passing score, with no attempt open', () => {
    expect(mayRetake([], false)).toBe(false);
    expect(mayRetake([first], false)).toBe(true);
    expect(mayRetake([first], true)).toBe(false);
    expect(mayRetake([first, third], false)).toBe(false);
  });
});
