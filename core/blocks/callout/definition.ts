import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { defineBlock } from '../types';
import { wordCount } from '../words';

export const CALLOUT_KINDS = ['key-point', 'warning', 'belgian-context', 'in-practice'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

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
export type CalloutBlock = z.infer<typeof calloutBlockSchema>;

export const callout = defineBlock({
  type: 'callout',
  schema: calloutBlockSchema,
  label: { fr: 'Encadré', nl: 'Kader', en: 'Callout' },
  content: {
    texts: (block) => [block.body, ...(block.title ? [block.title] : [])],
    minutes: () => 0,
    ids: () => [],
    assets: () => [],
    faults: () => [],
  },
  visit: (block, lang, rng) => (wordCount(block.body[lang]) / 180) * 60_000 * rng.between(0.6, 1.4) + 5000,
  answer: null,
  state: null,
});
