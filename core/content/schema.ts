import { z } from 'zod';
import { BLOCK_TYPES, definitionOf, type Block } from '../blocks';
import { BLOCKS } from '../blocks/registry';
import { PROFESSIONS, type Profession } from '../professions';
import { professionOf } from '../progress';
import { idSchema, localizedSchema, nonEmpty } from './fields';

export { idSchema, localizedSchema, type Localized } from './fields';
export type { Block, BlockType } from '../blocks';

/** The learning-content model: a module, its lessons of blocks, objectives, sources and glossary. */
const blockSchemas = Object.values(BLOCKS).map((d) => d.schema) as unknown as Parameters<typeof z.discriminatedUnion>[1];

export const blockSchema = z.discriminatedUnion('type', blockSchemas, {
  error: (issue) =>
    issue.code === 'invalid_union' && issue.input && typeof issue.input === 'object' && 'type' in issue.input
      ? `unknown block type "${String((issue.input as { type: unknown }).type)}" (known: ${BLOCK_TYPES.join(', ')})`
      : `a block needs a "type" (one of: ${BLOCK_TYPES.join(', ')})`,
}) as unknown as z.ZodType<Block>;

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

const isoDate = z.string({ error: 'expected a date (YYYY-MM-DD)' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date (YYYY-MM-DD)');

/** A source's title and publisher are read by learners too: in their language (a work published in one language says so). */
export const sourceSchema = z
  .object({
    id: idSchema,
    title: localizedSchema,
    publisher: localizedSchema,
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
    // What each block type checks beyond its schema, against the whole module.
    mod.lessons.forEach((lesson, li) =>
      lesson.blocks.forEach((block, bi) => {
        for (const fault of definitionOf(block).content.faults(block, mod as LearningModule)) {
          ctx.addIssue({ code: 'custom', path: ['lessons', li, 'blocks', bi, ...fault.path], message: fault.message });
        }
      }),
    );
  });

export type LearningModule = Omit<z.infer<typeof moduleSchema>, 'lessons'> & { lessons: Lesson[] };
export type Lesson = Omit<z.infer<typeof lessonSchema>, 'blocks'> & { blocks: Block[] };
export type Source = z.infer<typeof sourceSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * What the catalogue needs, and no more: it is in the app's first screen, so each module's
 * objectives, sources and glossary texts stay in the module's own chunk (only the ids of its
 * terms come along, for the cards due for review). For her path (core/learning-path.ts): how
 * many blocks each lesson has, and how many practice blocks are written for each profession.
 */
export type ModuleMeta = Pick<LearningModule, 'id' | 'version' | 'title' | 'summary' | 'professions' | 'estimatedMinutes' | 'passingScore' | 'prerequisites'> & {
  blockCount: number;
  blockIds: string[];
  termIds: string[];
  lessonSizes: number[];
  practiceFor: Partial<Record<Profession, number>>;
};

export function moduleMeta(mod: LearningModule): ModuleMeta {
  const { id, version, title, summary, professions, estimatedMinutes, passingScore, prerequisites } = mod;
  const blocks = mod.lessons.flatMap((l) => l.blocks);
  const blockIds = blocks.map((b) => b.id);
  const practiceFor: Partial<Record<Profession, number>> = {};
  for (const block of blocks) {
    const profession = professionOf(block);
    if (profession) practiceFor[profession] = (practiceFor[profession] ?? 0) + 1;
  }
  return {
    id,
    version,
    title,
    summary,
    professions,
    estimatedMinutes,
    passingScore,
    prerequisites,
    blockCount: blockIds.length,
    blockIds,
    termIds: mod.glossary.map((t) => t.id),
    lessonSizes: mod.lessons.map((l) => l.blocks.length),
    practiceFor,
  };
}
