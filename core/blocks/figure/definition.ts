import { z } from 'zod';
import { idSchema, imagePathSchema, localizedSchema } from '../../content/fields';
import { defineBlock } from '../types';

/** An image shipped in assets/, with alt text and caption in every language. */
export const figureBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('figure'),
    src: imagePathSchema,
    alt: localizedSchema,
    caption: localizedSchema,
  })
  .strict();
export type FigureBlock = z.infer<typeof figureBlockSchema>;

export const figure = defineBlock({
  type: 'figure',
  schema: figureBlockSchema,
  label: { fr: 'Figure', nl: 'Figuur', en: 'Figure' },
  content: {
    texts: (block) => [block.caption],
    // Looking at the image.
    minutes: () => 0.5,
    ids: () => [],
    assets: (block) => [{ file: block.src, path: ['src'], what: 'image' }],
    faults: () => [],
  },
  visit: (_block, _lang, rng) => rng.between(15, 60) * 1000,
  answer: null,
  state: null,
});
