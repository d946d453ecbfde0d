import { CONTENT_ID_PATTERN } from './id';
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
  .regex(CONTENT_ID_PATTERN, 'use lower-case letters, digits and single dashes');

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

export const CALLOUT_KINDS = ['key-point', 'warning', 'belgian-context', 'in-practice'] as const;

/** A highlighted box: the point to remember, a warning, the Brussels/Belgian context, or practice. */
export const calloutBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('callout'),
    kind: z.enum(CALLOUT_KINDS, { error: `expected one of: ${CALLOUT_KINDS.join(', ')}` }),
    title: localizedSchema.optional(),
    body: localizedSchema,
  })
  .strict();

export const FIGURE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;

/** An image shipped in assets/, with alt text and caption in every language. */
export const figureBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('figure'),
    src: z
      .string({ error: 'expected the image path, relative to assets/' })
      .regex(
        new RegExp(`^(?:[a-z0-9_-]+/)*[a-z0-9_-]+\\.(?:${FIGURE_EXTENSIONS.join('|')})$`),
        `expected a path inside assets/ such as figures/loop.svg (lower case; ${FIGURE_EXTENSIONS.join(', ')})`,
      ),
    alt: localizedSchema,
    caption: localizedSchema,
  })
  .strict();

export const categorizeGroupSchema = z.object({ id: idSchema, label: localizedSchema }).strict();
export const categorizeItemSchema = z
  .object({
    id: idSchema,
    text: localizedSchema,
    /** Id of the group the item belongs to. */
    group: idSchema,
    /** Why it belongs there, shown after checking. */
    feedback: localizedSchema,
  })
  .strict();

/** Sort items into groups (e.g. AI Act risk classes); scored per item. */
export const categorizeBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('categorize'),
    prompt: localizedSchema,
    groups: z.array(categorizeGroupSchema).min(2, 'a categorize exercise needs at least two groups'),
    items: z.array(categorizeItemSchema).min(2, 'a categorize exercise needs at least two items'),
    explanation: localizedSchema,
  })
  .strict()
  .superRefine((block, ctx) => {
    const groups = new Set(block.groups.map((g) => g.id));
    block.items.forEach((item, i) => {
      if (!groups.has(item.group)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'group'],
          message: `item "${item.id}" fits no category: "${item.group}" is not one of the groups (${[...groups].join(', ')})`,
        });
      }
    });
  });

/** A private note: kept on the learner's computer, never scored, never exported. */
export const reflectionBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('reflection'),
    prompt: localizedSchema,
    hint: localizedSchema.optional(),
  })
  .strict();

/** Review cards made from the module's glossary, scheduled afterwards with spaced repetition. */
export const flashcardsBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('flashcards'),
    intro: localizedSchema.optional(),
    /** Ids of glossary terms. */
    terms: z.array(idSchema).min(1, 'a flashcards block needs at least one glossary term'),
  })
  .strict();

/**
 * Write a prompt for a care task, checked offline as the learner types: personal data to
 * remove, elements of a good prompt missing. Each try is kept; the expert prompt and its
 * reasoning show after the first try.
 */
export const promptLabBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('prompt-lab'),
    /** The profession the task card speaks to. */
    profession: z.enum(PROFESSIONS),
    /** The task card (Markdown): what to get from the AI tool, for whom. */
    task: localizedSchema,
    /** A fictitious patient file or document the task works from, shown as plain text. */
    source: localizedSchema.optional(),
    expert: z
      .object({
        prompt: localizedSchema,
        /** Why the expert prompt is written that way (Markdown). */
        reasoning: localizedSchema,
      })
      .strict(),
  })
  .strict();

/** The registry of block schemas: adding a block type adds one entry here. */
export const BLOCK_SCHEMAS = {
  text: textBlockSchema,
  callout: calloutBlockSchema,
  figure: figureBlockSchema,
  quiz: quizBlockSchema,
  categorize: categorizeBlockSchema,
  reflection: reflectionBlockSchema,
  flashcards: flashcardsBlockSchema,
  'prompt-lab': promptLabBlockSchema,
} as const;
export type BlockType = keyof typeof BLOCK_SCHEMAS;
export const BLOCK_TYPES = Object.keys(BLOCK_SCHEMAS) as BlockType[];

export const blockSchema = z.discriminatedUnion('type', [
  textBlockSchema,
  calloutBlockSchema,
  figureBlockSchema,
  quizBlockSchema,
  categorizeBlockSchema,
  reflectionBlockSchema,
  flashcardsBlockSchema,
  promptLabBlockSchema,
], {
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

export const glossaryTermSchema = z
  .object({
    id: idSchema,
    term: localizedSchema,
    definition: localizedSchema,
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
    glossary: z.array(glossaryTermSchema).default([]),
  })
  .strict()
  .superRefine((mod, ctx) => {
    const terms = new Set(mod.glossary.map((t) => t.id));
    mod.lessons.forEach((lesson, li) =>
      lesson.blocks.forEach((block, bi) => {
        if (block.type !== 'flashcards') return;
        block.terms.forEach((term, ti) => {
          if (!terms.has(term)) {
            ctx.addIssue({
              code: 'custom',
              path: ['lessons', li, 'blocks', bi, 'terms', ti],
              message: `unknown glossary term "${term}" (define it under glossary)`,
            });
          }
        });
      }),
    );
  });

export type LearningModule = z.infer<typeof moduleSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Block = z.infer<typeof blockSchema>;
export type TextBlock = z.infer<typeof textBlockSchema>;
export type QuizBlock = z.infer<typeof quizBlockSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
export type CalloutBlock = z.infer<typeof calloutBlockSchema>;
export type FigureBlock = z.infer<typeof figureBlockSchema>;
export type CategorizeBlock = z.infer<typeof categorizeBlockSchema>;
export type ReflectionBlock = z.infer<typeof reflectionBlockSchema>;
export type FlashcardsBlock = z.infer<typeof flashcardsBlockSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type PromptLabBlock = z.infer<typeof promptLabBlockSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Objective = z.infer<typeof objectiveSchema>;

/** What the catalogue needs: everything but the lessons, plus the block count. */
export type ModuleMeta = Omit<LearningModule, 'lessons'> & { blockCount: number; blockIds: string[] };

export function moduleMeta(mod: LearningModule): ModuleMeta {
  const { lessons, ...meta } = mod;
  const blockIds = lessons.flatMap((l) => l.blocks.map((b) => b.id));
  return { ...meta, blockCount: blockIds.length, blockIds };
}
