import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { defineBlock } from '../types';

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
