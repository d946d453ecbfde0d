import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { clamp, contentUnit, difficulty } from '../../random';
import { components } from '../../xapi/statements';
import { defineBlock, type Outcome } from '../types';
import { responseMistakes } from '../responses';

export const quizOptionSchema = z
  .object({
    id: idSchema,
    text: localizedSchema,
    correct: z.boolean().default(false),
    /** Keeps its place when the options are shuffled for a learner: "none of these", last. */
    pinned: z.boolean().optional(),
    feedback: localizedSchema,
  })
  .strict();

export const quizBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('quiz'),
    mode: z.enum(['single', 'multiple'], { error: 'expected "single" or "multiple"' }),
    question: localizedSchema,
    options: z.array(quizOptionSchema).min(2, 'a quiz needs at least two options'),
    explanation: localizedSchema,
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const correct = quiz.options.filter((o) => o.correct).length;
    if (correct === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a quiz needs at least one correct option' });
    }
    const free = quiz.options.filter((o) => !o.pinned).length;
    if (quiz.options.length >= 2 && free < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least two options must be free to move: pin only an option whose place means something ("none of these")' });
    }
    if (quiz.mode === 'single' && correct > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-choice quiz has exactly one correct option (found ${correct})`,
      });
    }
  });
export type QuizBlock = z.infer<typeof quizBlockSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;

export const quizAnswerSchema = z.object({ selected: z.array(z.string()) }).strict();
/** Ids of the options the learner selected, in the order the module lists them (not the order she saw them in). */
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

/** One option: whether she chose it, whether it is right, and so whether her choice there was right. */
export interface QuizPart {
  id: string;
  chosen: boolean;
  right: boolean;
  correct: boolean;
}

/**
 * Single choice: 1 point for the correct option. Multiple choice: all-or-nothing, because in
 * care a half-right checklist (one red flag missed) is not a partial success.
 */
export function scoreQuiz(block: QuizBlock, answer: QuizAnswer): Outcome<QuizPart> {
  const selected = new Set(answer.selected);
  const known = new Set(block.options.map((o) => o.id));
  const parts = block.options.map((o) => ({ id: o.id, chosen: selected.has(o.id), right: o.correct, correct: o.correct === selected.has(o.id) }));
  const correct = [...selected].every((id) => known.has(id)) && parts.every((p) => p.correct) && (block.mode === 'multiple' || selected.size === 1);
  return { raw: correct ? 1 : 0, max: 1, scaled: correct ? 1 : 0, correct, parts };
}

export function isValidQuizAnswer(block: QuizBlock, answer: QuizAnswer): boolean {
  const ids = new Set(block.options.map((o) => o.id));
  const unique = new Set(answer.selected);
  if (unique.size !== answer.selected.length || !answer.selected.every((id) => ids.has(id))) return false;
  return block.mode === 'single' ? unique.size === 1 : unique.size >= 1;
}

export const quiz = defineBlock({
  type: 'quiz',
  schema: quizBlockSchema,
  label: { fr: 'Question à choix', nl: 'Meerkeuzevraag', en: 'Multiple-choice question' },
  content: {
    texts: (block) => [block.question, block.explanation, ...block.options.flatMap((o) => [o.text, o.feedback])],
    minutes: () => 0.5,
    ids: (block) => [{ list: 'options', entries: block.options.map((o, i) => ({ id: o.id, path: ['options', i, 'id'] })) }],
    assets: () => [],
    faults: () => [],
  },
  visit: (_block, _lang, rng) => rng.between(20, 60) * 1000,
  answer: {
    schema: quizAnswerSchema,
    fits: isValidQuizAnswer,
    score: scoreQuiz,
    counts: 'first',
    xapi: {
      interactionType: 'choice',
      extensions: {},
      // xAPI's "choice" interaction: options joined with [,].
      statements: (block, answer, _outcome, record) => [
        record.answered({
          name: block.question,
          interactionType: 'choice',
          correctResponsesPattern: [
            block.options
              .filter((o) => o.correct)
              .map((o) => o.id)
              .join('[,]'),
          ],
          choices: components(block.options),
          response: answer.selected.join('[,]'),
        }),
      ],
    },
    report: {
      labels: (block) => ({ label: block.question, parts: Object.fromEntries(block.options.map((o) => [o.id, o.text])) }),
      // Options chosen that are not correct.
      mistakes: (statement) => responseMistakes(statement).map((option) => [option]),
      describe: ([option], label) => label(option ?? ''),
    },
    simulate: {
      answer(block, { rng, ability, key }) {
        const correct = block.options.filter((o) => o.correct).map((o) => o.id);
        const wrong = block.options.filter((o) => !o.correct).map((o) => o.id);
        if (wrong.length === 0 || rng.chance(clamp(ability - difficulty(key), 0.05, 0.98))) return { selected: correct };
        // Some wrong options tempt more than others: that is what shows as the group's common mistake.
        const tempting = rng.weighted(wrong.map((id) => [id, 1 + 4 * contentUnit(`${key}/${id}`)] as const));
        if (block.mode === 'single') return { selected: [tempting] };
        const missed = correct.length > 1 && rng.chance(0.6) ? rng.pick(correct) : null;
        const chosen = new Set(missed ? correct.filter((id) => id !== missed) : [...correct, tempting]);
        return { selected: block.options.map((o) => o.id).filter((id) => chosen.has(id)) };
      },
      answerMs: (block, { rng }) => rng.between(20, block.mode === 'multiple' ? 110 : 70) * 1000,
      feedbackMs: (rng) => rng.between(10, 45) * 1000,
    },
  },
  state: {
    schema: quizAnswerSchema,
    initial: () => ({ selected: [] }),
  },
});
