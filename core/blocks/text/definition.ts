import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { defineBlock } from '../types';
import { wordCount } from '../words';

/** Reading: Markdown, one idea per block. */
export const textBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('text'),
    body: localizedSchema,
  })
  .strict();
export type TextBlock = z.infer<typeof textBlockSchema>;

export const text = defineBlock({
  type: 'text',
  schema: textBlockSchema,
  label: { fr: 'Texte', nl: 'Tekst', en: 'Text' },
  content: {
    texts: (block) => [block.body],
    minutes: () => 0,
    ids: () => [],
    assets: () => [],
    faults: () => [],
  },
  // About 180 words a minute, give or take, and a few seconds to move on.
  visit: (block, lang, rng) => (wordCount(block.body[lang]) / 180) * 60_000 * rng.between(0.6, 1.4) + 5000,
  answer: null,
  state: null,
});
