import validateStatement from '@learninglocker/xapi-validation';
import type { CategorizeBlock, LearningModule } from '../../../core/content/schema';
import { scoreAnswer } from '../../../core/scoring';
import { isValidCategorizeAnswer, scoreCategorize } from '../../../core/scoring/categorize';
import { answeredStatement } from '../../../core/xapi/statements';
import { sampleModule } from '../../fixtures/sample-module';

const t = (s: string) => ({ fr: s, nl: s, en: s });
const block: CategorizeBlock = {
  id: 'risk-classes',
  type: 'categorize',
  prompt: t('Sort by AI Act risk class'),
  explanation: t('Annex III and Art. 5'),
  groups: [
    { id: 'prohibited', label: t('Prohibited') },
    { id: 'high-risk', label: t('High risk') },
    { id: 'transparency', label: t('Transparency duties') },
  ],
  items: [
    { id: 'social-scoring', group: 'prohibited', text: t('Social scoring of patients'), feedback: t('Art. 5') },
    { id: 'triage', group: 'high-risk', text: t('Emergency triage'), feedback: t('Annex III 5(d)') },
    { id: 'chatbot', group: 'transparency', text: t('Member chatbot'), feedback: t('Art. 50') },
    { id: 'implant', group: 'high-risk', text: t('Software in a medical device'), feedback: t('Art. 6(1)') },
  ],
};
const right = { 'social-scoring': 'prohibited', triage: 'high-risk', chatbot: 'transparency', implant: 'high-risk' };

describe('categorize scoring', () => {
  it('gives one point per item placed in its group', () => {
    expect(scoreCategorize(block, { placements: right })).toEqual({ raw: 4, max: 4, scaled: 1, correct: true });
    expect(scoreCategorize(block, { placements: { ...right, chatbot: 'high-risk' } })).toEqual({ raw: 3, max: 4, scaled: 0.75, correct: false });
  });

  it('accepts only an answer that places every item in an existing group', () => {
    const { chatbot: _unplaced, ...partial } = right;
    expect(isValidCategorizeAnswer(block, { placements: partial })).toBe(false);
    expect(isValidCategorizeAnswer(block, { placements: { ...right, chatbot: 'low-risk' } })).toBe(false);
    expect(isValidCategorizeAnswer(block, { placements: { ...right, forged: 'prohibited' } })).toBe(false);
    expect(scoreAnswer(block, { placements: partial })).toBeNull();
    expect(scoreAnswer(block, { placements: right })?.correct).toBe(true);
  });

  it('records a matching interaction that an xAPI validator accepts', () => {
    const mod: LearningModule = sampleModule();
    const answer = { placements: { ...right, chatbot: 'high-risk' } };
    const statement = answeredStatement(
      { accountName: 'acc', language: 'fr', now: new Date('2026-11-28T10:00:00Z'), newId: () => '6a2f41a3-c54c-4c3b-8a1b-1c3a2f6d9e01' },
      mod, block, answer, scoreCategorize(block, answer), 42_000,
    );
    expect(statement.object.definition).toMatchObject({
      interactionType: 'matching',
      correctResponsesPattern: ['social-scoring[.]prohibited[,]triage[.]high-risk[,]chatbot[.]transparency[,]implant[.]high-risk'],
    });
    expect(statement.result).toMatchObject({ response: 'social-scoring[.]prohibited[,]triage[.]high-risk[,]chatbot[.]high-risk[,]implant[.]high-risk', score: { raw: 3, max: 4, scaled: 0.75 }, success: false });
    expect(validateStatement(statement as never)).toEqual([]);
  });
});
