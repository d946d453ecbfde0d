import validateStatement from '@learninglocker/xapi-validation';
import type { PromptLabBlock } from '../../../core/content/schema';
import { allowsRetry, scoreAnswer } from '../../../core/scoring';
import { isValidPromptLabAnswer, scorePromptLab } from '../../../core/scoring/prompt-lab';
import { answeredStatement } from '../../../core/xapi/statements';
import { sampleModule } from '../../fixtures/sample-module';

const t = (s: string) => ({ fr: s, nl: s, en: s });
const block: PromptLabBlock = {
  id: 'discharge-letter',
  type: 'prompt-lab',
  profession: 'physician',
  task: t('Draft a discharge letter to the GP.'),
  expert: { prompt: t('You are…'), reasoning: t('Because…') },
};
const leaky = 'Write a discharge letter for Mrs Fatima Benali, born on 12/03/1948, NISS 48.03.12-004.83.';
const complete =
  'You are a hospital physician. Context: below is a pseudonymised summary of the stay of [PATIENT]. ' +
  'Write a discharge letter for the GP, as a list with short paragraphs, at most 250 words, in a factual tone. ' +
  'If you are not sure about a point, say so and cite your sources.';

describe('prompt-lab scoring', () => {
  it('scores a prompt with the checker’s rubric: leaking identifiers costs most', () => {
    const clean = scorePromptLab({ prompt: complete, lang: 'en' });
    const leak = scorePromptLab({ prompt: leaky, lang: 'en' });
    expect(clean.max).toBe(100);
    expect(clean.scaled).toBe(clean.raw / 100);
    expect(leak.raw).toBeLessThan(clean.raw);
    expect(leak.correct).toBe(false);
  });

  it('refuses an empty or oversized prompt, or an unknown language', () => {
    expect(isValidPromptLabAnswer({ prompt: '   ', lang: 'en' })).toBe(false);
    expect(isValidPromptLabAnswer({ prompt: 'x'.repeat(10_001), lang: 'en' })).toBe(false);
    expect(isValidPromptLabAnswer({ prompt: 'Explain', lang: 'de' as never })).toBe(false);
    expect(scoreAnswer(block, { prompt: '', lang: 'en' })).toBeNull();
  });

  it('lets the learner try again, unlike a quiz', () => {
    expect(allowsRetry(block)).toBe(true);
  });

  it('records a try without the prompt text, so no identifier ever reaches a trainer or an LRS', () => {
    const answer = { prompt: leaky, lang: 'en' as const };
    const statement = answeredStatement(
      { accountName: 'acc', language: 'en', now: new Date('2026-11-28T10:00:00Z'), newId: () => '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d' },
      sampleModule(), block, answer, scorePromptLab(answer), 90_000,
    );
    const text = JSON.stringify(statement);
    expect(text).not.toContain('Benali');
    expect(text).not.toContain('1948');
    expect(statement.result).not.toHaveProperty('response');
    expect(statement.object.definition.interactionType).toBe('long-fill-in');
    expect(statement.result?.extensions).toEqual({
      'https://carelit.app/xapi/extensions/prompt-findings': { personalData: expect.any(Number), missingElements: expect.any(Array) },
    });
    expect((statement.result?.extensions?.['https://carelit.app/xapi/extensions/prompt-findings'] as { personalData: number }).personalData).toBeGreaterThanOrEqual(2);
    expect(validateStatement(statement as never)).toEqual([]);
  });
});
