import { readFileSync } from 'node:fs';
import { parseModuleSource } from '../../../core/content/parse';
import type { QuizBlock } from '../../../core/content/schema';
import { isValidQuizAnswer, scoreQuiz } from '../../../core/scoring/quiz';

const sample = parseModuleSource(readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8'), 'sample');
if (!sample.ok) throw new Error('fixture must be valid');
const quiz = (id: string) => sample.module.lessons.flatMap((l) => l.blocks).find((b) => b.id === id) as QuizBlock;

describe('single-choice quiz', () => {
  it('gives the point for the correct option only', () => {
    expect(scoreQuiz(quiz('q-single'), { selected: ['pro'] })).toEqual({ raw: 1, max: 1, scaled: 1, correct: true });
    expect(scoreQuiz(quiz('q-single'), { selected: ['tool'] })).toEqual({ raw: 0, max: 1, scaled: 0, correct: false });
  });

  it('refuses an answer with two options or none', () => {
    expect(isValidQuizAnswer(quiz('q-single'), { selected: ['pro', 'tool'] })).toBe(false);
    expect(isValidQuizAnswer(quiz('q-single'), { selected: [] })).toBe(false);
    expect(isValidQuizAnswer(quiz('q-single'), { selected: ['pro'] })).toBe(true);
  });
});

describe('multiple-choice quiz', () => {
  it('is all or nothing: every correct option and no wrong one', () => {
    expect(scoreQuiz(quiz('q-multiple'), { selected: ['bp', 'diagnosis'] }).correct).toBe(true);
    expect(scoreQuiz(quiz('q-multiple'), { selected: ['diagnosis'] }).scaled).toBe(0);
    expect(scoreQuiz(quiz('q-multiple'), { selected: ['diagnosis', 'bp', 'weather'] }).scaled).toBe(0);
  });

  it('never scores an option id the quiz does not have', () => {
    expect(scoreQuiz(quiz('q-multiple'), { selected: ['diagnosis', 'bp', 'forged'] }).correct).toBe(false);
    expect(isValidQuizAnswer(quiz('q-multiple'), { selected: ['forged'] })).toBe(false);
    expect(isValidQuizAnswer(quiz('q-multiple'), { selected: ['bp', 'bp'] })).toBe(false);
  });
});
