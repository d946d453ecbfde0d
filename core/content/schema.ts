import { z } from 'zod';
import { LANGUAGES } from '../i18n';
import { PROFESSIONS } from '../professions';

/**
 * The learning-content model. Every learner-visible string is a `Localized` value that must
 * exist in fr, nl and en: a gap is refused here, so the app never shows a half-translated module.
 */
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Checker messages are for authors, in English. */
const LANGUAGE_NAMES_EN = { fr: 'French', nl: 'Dutch', en: 'English' } as const;

export const localizedSchema = z.object(
  Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      z.string({ error: `missing ${LANGUAGE_NAMES_EN[lang]} (${lang}) translation` }).trim().min(1, {
        error: `empty ${LANGUAGE_NAMES_EN[lang]} (${lang}) translation`,
      }),
    ]),
  ) as Record<(typeof LANGUAGES)[number], z.ZodString>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown language ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected ${LANGUAGES.join(', ')})`
        : `expected a text in ${LANGUAGES.join(', ')}`,
  },
).strict();
export type Localized = z.infer<typeof localizedSchema>;

/** Ids are used in URLs, xAPI activity ids and database keys: keep them plain. */
export const idSchema = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes');

export const textBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('text'),
    body: localizedSchema,
  })
  .strict();

export const quizOptionSchema = z
  .object({
    id: idSchema,
    text: localizedSchema,
    correct: z.boolean().default(false),
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
    if (quiz.mode === 'single' && correct > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-choice quiz has exactly one correct option (found ${correct})`,
      });
    }
  });

/** The registry of block schemas: adding a block type adds one entry here. */
export const BLOCK_SCHEMAS = {
  text: textBlockSchema,
  quiz: quizBlockSchema,
} as const;
export type BlockType = keyof typeof BLOCK_SCHEMAS;
export const BLOCK_TYPES = Object.keys(BLOCK_SCHEMAS) as BlockType[];

export const blockSchema = z.discriminatedUnion('type', [textBlockSchema, quizBlockSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' && issue.input && typeof issue.input === 'object' && 'type' in issue.input
      ? `unknown block type "${String((issue.input as { type: unknown }).type)}" (known: ${BLOCK_TYPES.join(', ')})`
      : `a block needs a "type" (one of: ${BLOCK_TYPES.join(', ')})`,
});

export const lessonSchema = z
  .object({
    id: idSchema,
    title: localizedSchema,
    blocks: z.array(blockSchema).min(1, 'a lesson needs at least one block'),
  })
  .strict();

export const FRAMEWORKS = ['ai-act', 'gdpr', 'nhs-hee', 'digcomp', 'who'] as const;

export const frameworkRefSchema = z
  .object({
    framework: z.enum(FRAMEWORKS, { error: `expected one of: ${FRAMEWORKS.join(', ')}` }),
    ref: nonEmpty,
  })
  .strict();

export const objectiveSchema = z
  .object({
    id: idSchema,
    text: localizedSchema,
    frameworks: z.array(frameworkRefSchema).min(1, 'map each objective to at least one framework'),
  })
  .strict();

const isoDate = z
  .string({ error: 'expected a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date (YYYY-MM-DD)');

export const sourceSchema = z
  .object({
    id: idSchema,
    title: nonEmpty,
    publisher: nonEmpty,
    year: z.number().int().min(1900).max(2100).optional(),
    checked: isoDate,
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
  })
  .strict();

export const moduleSchema = z
  .object({
    id: idSchema,
    version: z.number({ error: 'expected a version number' }).int().positive(),
    title: localizedSchema,
    summary: localizedSchema,
    professions: z.array(z.enum(PROFESSIONS)).min(1, 'name at least one target profession'),
    estimatedMinutes: z.number().int().positive().max(600),
    /** Share of quiz points (0–1) needed for the module to count as passed. */
    passingScore: z.number().min(0).max(1).default(0.7),
    objectives: z.array(objectiveSchema).min(1, 'a module needs at least one learning objective'),
    prerequisites: z.array(idSchema).default([]),
    lessons: z.array(lessonSchema).min(1, 'a module needs at least one lesson'),
    sources: z.array(sourceSchema).min(1, 'a module cites at least one source'),
  })
  .strict();

export type LearningModule = z.infer<typeof moduleSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Block = z.infer<typeof blockSchema>;
export type TextBlock = z.infer<typeof textBlockSchema>;
export type QuizBlock = z.infer<typeof quizBlockSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Objective = z.infer<typeof objectiveSchema>;

/** What the catalogue needs: everything but the lessons, plus the block count. */
export type ModuleMeta = Omit<LearningModule, 'lessons'> & { blockCount: number; blockIds: string[] };

export function moduleMeta(mod: LearningModule): ModuleMeta {
  const { lessons, ...meta } = mod;
  const blockIds = lessons.flatMap((l) => l.blocks.map((b) => b.id));
  return { ...meta, blockCount: blockIds.length, blockIds };
}
