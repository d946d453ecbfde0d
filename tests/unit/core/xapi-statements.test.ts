import validateStatement from '@learninglocker/xapi-validation';
import { readFileSync } from 'node:fs';
import { parseModuleSource } from '../../../core/content/parse';
import { answerStatements } from '../../../core/blocks';
import { scoreQuiz, type QuizBlock } from '../../../core/blocks/quiz/definition';
import { isoDuration, moduleCompletedStatement, type StatementEnv } from '../../../core/xapi/statements';

const parsed = parseModuleSource(readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8'), 'sample');
if (!parsed.ok) throw new Error('fixture must be valid');
const mod = parsed.module;
const quiz = mod.lessons[1]!.blocks[0] as QuizBlock;
const env: StatementEnv = {
  accountName: '3b0c4e53-5f1e-4a43-9d3a-3f6f0c2d9c11',
  language: 'nl',
  now: new Date('2026-11-28T09:15:00.000Z'),
  newId: () => '0f8fad5b-d9cb-469f-a165-70867728950e',
};

describe('xAPI statements', () => {
  const answer = { selected: ['diagnosis', 'bp'] };
  const [answered] = answerStatements(env, mod, quiz, answer, scoreQuiz(quiz, answer), 12_340) as [ReturnType<typeof answerStatements>[number]];

  it('records a quiz answer with the response, the score and the time taken', () => {
    expect(answered).toMatchObject({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      actor: { objectType: 'Agent', account: { homePage: 'https://carelit.app', name: env.accountName } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: {
        id: 'https://carelit.app/xapi/modules/sample/blocks/q-multiple',
        definition: { interactionType: 'choice', correctResponsesPattern: ['diagnosis[,]bp'] },
      },
      result: { success: true, response: 'diagnosis[,]bp', duration: 'PT12.34S', score: { scaled: 1, raw: 1, min: 0, max: 1 } },
      context: {
        language: 'nl',
        contextActivities: { parent: [{ id: 'https://carelit.app/xapi/modules/sample' }] },
        extensions: { 'https://carelit.app/xapi/extensions/module-version': 1, 'https://carelit.app/xapi/extensions/block-type': 'quiz' },
      },
      timestamp: '2026-11-28T09:15:00.000Z',
    });
  });

  it('never puts the learner’s display name or profile id in the statement', () => {
    const text = JSON.stringify(answered);
    expect(Object.keys(answered.actor)).toEqual(['objectType', 'account']);
    expect(text).not.toMatch(/displayName|learnerId/);
  });

  it('records a completed module with completion, success and total time', () => {
    const completed = moduleCompletedStatement(env, mod, { raw: 1, max: 2, scaled: 0.5, correct: false, passed: true }, 3_723_000);
    expect(completed.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(completed.object.id).toBe('https://carelit.app/xapi/modules/sample');
    expect(completed.result).toEqual({ score: { scaled: 0.5, raw: 1, min: 0, max: 2 }, success: true, completion: true, duration: 'PT1H2M3S' });
  });

  it('produces statements that an xAPI 1.0.3 validator accepts', () => {
    const completed = moduleCompletedStatement(env, mod, { raw: 0, max: 2, scaled: 0, correct: false, passed: false }, 0);
    expect(validateStatement(answered as never)).toEqual([]);
    expect(validateStatement(completed as never)).toEqual([]);
  });

  it('writes durations as ISO 8601 to the hundredth of a second', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(59_999)).toBe('PT1M0S');
    expect(isoDuration(61_005)).toBe('PT1M1.01S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});
