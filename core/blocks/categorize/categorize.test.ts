import validateStatement from '@learninglocker/xapi-validation';
import { scoreAnswer } from '..';
import { recorded } from '../../../tests/fixtures/answers';
import { sampleModule } from '../../../tests/fixtures/sample-module';
import { categorize, categorizeBlockSchema, isValidCategorizeAnswer, scoreCategorize, type CategorizeBlock } from './definition';

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
    expect(scoreCategorize(block, { placements: right })).toMatchObject({ raw: 4, max: 4, scaled: 1, correct: true });
    const partlyRight = scoreCategorize(block, { placements: { ...right, chatbot: 'high-risk' } });
    expect(partlyRight).toMatchObject({ raw: 3, max: 4, scaled: 0.75, correct: false });
    expect(partlyRight.parts.find((p) => p.id === 'chatbot')).toEqual({ id: 'chatbot', placed: 'high-risk', expected: 'transparency', correct: false });
    expect(partlyRight.parts.filter((p) => p.correct).map((p) => p.id)).toEqual(['social-scoring', 'triage', 'implant']);
  });

  it('accepts only an answer that places every item in an existing group', () => {
    const { chatbot: _unplaced, ...partial } = right;
    expect(isValidCategorizeAnswer(block, { placements: partial })).toBe(false);
    expect(isValidCategorizeAnswer(block, { placements: { ...right, chatbot: 'low-risk' } })).toBe(false);
    expect(isValidCategorizeAnswer(block, { placements: { ...right, forged: 'prohibited' } })).toBe(false);
    expect(scoreAnswer(block, { placements: partial }, sampleModule())).toBeNull();
    expect(scoreAnswer(block, { placements: right }, sampleModule())?.correct).toBe(true);
  });

  it('records a matching interaction that an xAPI validator accepts', () => {
    const [statement] = recorded(block, { placements: { ...right, chatbot: 'high-risk' } });
    if (!statement) throw new Error('no statement');
    expect(statement.object.definition).toMatchObject({
      interactionType: 'matching',
      correctResponsesPattern: ['social-scoring[.]prohibited[,]triage[.]high-risk[,]chatbot[.]transparency[,]implant[.]high-risk'],
    });
    expect(statement.result).toMatchObject({
      response: 'social-scoring[.]prohibited[,]triage[.]high-risk[,]chatbot[.]high-risk[,]implant[.]high-risk',
      score: { raw: 3, max: 4, scaled: 0.75 },
      success: false,
    });
    expect(validateStatement(statement as never)).toEqual([]);
  });
});

describe('categorize in a trainer’s report', () => {
  it('reads each wrong placement back as the item and the group it was put in, and says it with their labels', () => {
    const [statement] = recorded(block, { placements: { ...right, chatbot: 'high-risk', triage: 'prohibited' } });
    const mistakes = categorize.answer!.report.mistakes(statement!);
    expect(mistakes).toEqual([
      ['triage', 'prohibited'],
      ['chatbot', 'high-risk'],
    ]);
    const labels = categorize.answer!.report.labels(block).parts;
    expect(categorize.answer!.report.describe(mistakes[1]!, (id) => labels[id]!.en)).toBe('Member chatbot → High risk');
  });
});

describe('pinned items', () => {
  it('refuses an exercise with fewer than two items free to move', () => {
    const pinned = { ...block, items: block.items.map((item, i) => ({ ...item, pinned: i > 0 })) };
    const issues = categorizeBlockSchema.safeParse(pinned).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(['items: at least two items must be free to move: their order must not give the groups away']);
    expect(categorizeBlockSchema.safeParse({ ...block, items: block.items.map((item, i) => ({ ...item, pinned: i === 0 })) }).success).toBe(true);
  });
});
