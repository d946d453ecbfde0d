import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { newCardMemory, type CardMemory } from '../../scheduling/fsrs';
import { defineBlock } from '../types';

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
export type FlashcardsBlock = z.infer<typeof flashcardsBlockSchema>;

const memorySchema = z
  .object({
    due: z.string(),
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: z.number(),
    scheduledDays: z.number(),
    learningSteps: z.number(),
    reps: z.number(),
    lapses: z.number(),
    state: z.enum(['new', 'learning', 'review', 'relearning']),
    lastReview: z.string().optional(),
  })
  .strict() satisfies z.ZodType<CardMemory>;

/** Her memory of each of the block's terms (the cards of her deck, which come back on her home screen when due). */
export const flashcardsStateSchema = z.object({ memories: z.record(z.string(), memorySchema) }).strict();
export type FlashcardsState = z.infer<typeof flashcardsStateSchema>;

/** The block's glossary terms, each once, in the block's order. */
export function termIds(block: FlashcardsBlock): string[] {
  return [...new Set(block.terms)];
}

export const flashcards = defineBlock({
  type: 'flashcards',
  schema: flashcardsBlockSchema,
  label: { fr: 'Cartes de révision', nl: 'Flitskaarten', en: 'Flashcards' },
  content: {
    texts: (block, mod) => [...(block.intro ? [block.intro] : []), ...mod.glossary.filter((t) => block.terms.includes(t.id)).flatMap((t) => [t.term, t.definition])],
    minutes: (block) => 0.25 * block.terms.length,
    ids: () => [],
    assets: () => [],
    faults: (block, mod) => {
      const glossary = new Set(mod.glossary.map((t) => t.id));
      return block.terms.flatMap((term, i) => (glossary.has(term) ? [] : [{ path: ['terms', i], message: `unknown glossary term "${term}" (define it under glossary)` }]));
    },
  },
  visit: (block, _lang, rng) => rng.between(30, 40) * 1000 * block.terms.length,
  answer: null,
  state: {
    schema: flashcardsStateSchema,
    initial: (block, _mod, now) => ({ memories: Object.fromEntries(termIds(block).map((id) => [id, newCardMemory(now)])) }),
  },
});
