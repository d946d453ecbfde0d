import validateStatement from '@learninglocker/xapi-validation';
import { answerCounts, scoreAnswer } from '..';
import { recorded } from '../../../tests/fixtures/answers';
import { sampleModule } from '../../../tests/fixtures/sample-module';
import { isValidPromptLabAnswer, promptLab, scorePromptLab, type PromptLabBlock } from './definition';

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
    const clean = scorePromptLab(block, { prompt: complete, lang: 'en' });
    const leak = scorePromptLab(block, { prompt: leaky, lang: 'en' });
    expect(clean.max).toBe(100);
    expect(clean.scaled).toBe(clean.raw / 100);
    expect(leak.raw).toBeLessThan(clean.raw);
    expect(leak.correct).toBe(false);
  });

  it('refuses an empty or oversized prompt, or an unknown language', () => {
    expect(isValidPromptLabAnswer(block, { prompt: '   ', lang: 'en' })).toBe(false);
    expect(isValidPromptLabAnswer(block, { prompt: 'x'.repeat(10_001), lang: 'en' })).toBe(false);
    expect(scoreAnswer(block, { prompt: 'Explain', lang: 'de' }, sampleModule())).toBeNull();
    expect(scoreAnswer(block, { prompt: '', lang: 'en' }, sampleModule())).toBeNull();
  });

  it('lets the learner try again, unlike a quiz', () => {
    expect(answerCounts(block)).toBe('latest');
  });

  it('records a try without the prompt text, so no identifier ever reaches a trainer or an LRS', () => {
    const [statement] = recorded(block, { prompt: leaky, lang: 'en' }, { language: 'en' });
    if (!statement) throw new Error('no statement');
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

describe('prompt-lab parts and report', () => {
  it('gives a verdict on each element of the rubric and on the personal data left in', () => {
    const { parts } = scorePromptLab(block, { prompt: leaky, lang: 'en' });
    expect(parts.map((p) => p.id)).toEqual(['role', 'context', 'task', 'format', 'constraints', 'audience', 'uncertainty', 'personal-data']);
    expect(parts.find((p) => p.id === 'personal-data')).toMatchObject({ correct: false });
    expect(parts.find((p) => p.id === 'task')).toMatchObject({ correct: true });
  });

  it('reports the identifiers left in and each missing element as mistakes, named in the reader’s language', () => {
    const [statement] = recorded(block, { prompt: leaky, lang: 'en' }, { language: 'en' });
    const mistakes = promptLab.answer!.report.mistakes(statement!);
    expect(mistakes[0]).toEqual(['personal-data']);
    expect(mistakes).toContainEqual(['role']);
    const labels = promptLab.answer!.report.labels(block).parts;
    expect(promptLab.answer!.report.describe(['role'], (id) => labels[id]!.nl)).toBe('Rol');
  });
});
