import { readFileSync } from 'node:fs';
import { scoreAnswer } from '..';
import { parseModuleSource } from '../../content/parse';
import { recorded } from '../../../tests/fixtures/answers';
import { isValidQuizAnswer, quizBlockSchema, scoreQuiz, type QuizBlock } from './definition';

const t = (s: string) => ({ fr: s, nl: s, en: s });

const sample = parseModuleSource(readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8'), 'sample');
if (!sample.ok) throw new Error('fixture must be valid');
const quiz = (id: string) => sample.module.lessons.flatMap((l) => l.blocks).find((b) => b.id === id) as QuizBlock;
const score = (id: string, selected: string[]) => {
  const { parts: _parts, ...rest } = scoreQuiz(quiz(id), { selected });
  return rest;
};

describe('single-choice quiz', () => {
  it('gives the point for the correct option only', () => {
    expect(score('q-single', ['pro'])).toEqual({ raw: 1, max: 1, scaled: 1, correct: true });
    expect(score('q-single', ['tool'])).toEqual({ raw: 0, max: 1, scaled: 0, correct: false });
  });

  it('refuses an answer with two options or none', () => {
    expect(isValidQuizAnswer(quiz('q-single'), { selected: ['pro', 'tool'] })).toBe(false);
    expect(isValidQuizAnswer(quiz('q-single'), { selected: [] })).toBe(false);
    expect(isValidQuizAnswer(quiz('q-single'), { selected: ['pro'] })).toBe(true);
  });
});

describe('multiple-choice quiz', () => {
  it('is all or nothing: every correct option and no wrong one', () => {
    expect(score('q-multiple', ['bp', 'diagnosis']).correct).toBe(true);
    expect(score('q-multiple', ['diagnosis']).scaled).toBe(0);
    expect(score('q-multiple', ['diagnosis', 'bp', 'weather']).scaled).toBe(0);
  });

  it('never scores an option id the quiz does not have', () => {
    expect(score('q-multiple', ['diagnosis', 'bp', 'forged']).correct).toBe(false);
    expect(isValidQuizAnswer(quiz('q-multiple'), { selected: ['forged'] })).toBe(false);
    expect(isValidQuizAnswer(quiz('q-multiple'), { selected: ['bp', 'bp'] })).toBe(false);
    expect(scoreAnswer(quiz('q-multiple'), { selected: 'bp' }, sample.module)).toBeNull();
  });

  it('gives a verdict on every option: chosen or not, right or not, and whether her choice there was right', () => {
    expect(scoreQuiz(quiz('q-multiple'), { selected: ['diagnosis', 'weather'] }).parts).toEqual([
      { id: 'diagnosis', chosen: true, right: true, correct: true },
      { id: 'bp', chosen: false, right: true, correct: false },
      { id: 'weather', chosen: true, right: false, correct: false },
    ]);
  });

  it('records the wrong options chosen as the mistakes a report reads back', () => {
    const [statement] = recorded(quiz('q-multiple'), { selected: ['diagnosis', 'weather'] });
    expect(statement!.result?.response).toBe('diagnosis[,]weather');
  });
});

describe('pinned options', () => {
  const issues = (options: QuizBlock['options']) =>
    quizBlockSchema.safeParse({ ...quiz('q-multiple'), options }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('lets an author pin an option whose place means something, and scores by id whatever the order', () => {
    const options = quiz('q-multiple').options;
    expect(issues([...options, { id: 'none', pinned: true, correct: false, text: t('None of these'), feedback: t('No.') }])).toEqual([]);
  });

  it('refuses a quiz with fewer than two options free to move: their order would give the answer away', () => {
    const options = quiz('q-single').options.map((o) => ({ ...o, pinned: true }));
    expect(issues(options)).toEqual(['options: at least two options must be free to move: pin only an option whose place means something ("none of these")']);
  });
});
