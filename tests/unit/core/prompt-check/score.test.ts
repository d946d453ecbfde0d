import { checkPrompt } from '../../../../core/prompt-check';
import { promptScore } from '../../../../core/prompt-check/score';

describe('score', () => {
  it('gives 100/7 per element present, rounded', () => {
    expect(promptScore(7, 0)).toBe(100);
    expect(promptScore(6, 0)).toBe(86);
    expect(promptScore(1, 0)).toBe(14);
    expect(promptScore(0, 0)).toBe(0);
  });

  it('takes 25 points per identifier, never below 0', () => {
    expect(promptScore(7, 1)).toBe(75);
    expect(promptScore(7, 3)).toBe(25);
    expect(promptScore(7, 4)).toBe(0);
    expect(promptScore(7, 9)).toBe(0);
    expect(promptScore(3, 1)).toBe(18);
    expect(promptScore(1, 1)).toBe(0);
  });

  it('is what checkPrompt reports', () => {
    const complete =
      'You are a hospital physician. Context: below is a pseudonymised summary of the stay of [PATIENT]. ' +
      'Write a discharge letter for the GP, as a list with short paragraphs, at most 250 words, in a factual tone. ' +
      'If you are not sure about a point, say so and cite your sources.';
    expect(checkPrompt(complete, 'en').score).toBe(100);
    expect(checkPrompt(`${complete} Patient: Jan Peeters, MRN 4471283.`, 'en').score).toBe(50);
    expect(checkPrompt('', 'nl').score).toBe(0);
  });
});
