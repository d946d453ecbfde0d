import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { defineBlock } from '../types';

/** A private note: kept on the learner's computer, never scored, never exported. */
export const reflectionBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('reflection'),
    prompt: localizedSchema,
    hint: localizedSchema.optional(),
  })
  .strict();
export type ReflectionBlock = z.infer<typeof reflectionBlockSchema>;

/** A note is a few thoughts, not a document; the limit also keeps one row small. */
export const NOTE_MAX_LENGTH = 5000;

export const reflection = defineBlock({
  type: 'reflection',
  schema: reflectionBlockSchema,
  label: { fr: 'Réflexion', nl: 'Reflectie', en: 'Reflection' },
  content: {
    texts: (block) => [block.prompt, ...(block.hint ? [block.hint] : [])],
    // Thinking about her own practice and writing a few lines.
    minutes: () => 2,
    ids: () => [],
    assets: () => [],
    faults: () => [],
  },
  visit: (_block, _lang, rng) => rng.between(60, 300) * 1000,
  answer: null,
  state: {
    // The note itself, saved as she types.
    schema: z.object({ text: z.string().max(NOTE_MAX_LENGTH) }).strict(),
    initial: () => ({ text: '' }),
  },
});
