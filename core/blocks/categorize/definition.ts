import { z } from 'zod';
import { idSchema, localizedSchema } from '../../content/fields';
import { clamp, difficulty } from '../../random';
import { components } from '../../xapi/statements';
import { responseMistakes } from '../responses';
import { defineBlock, type Outcome } from '../types';

export const categorizeGroupSchema = z.object({ id: idSchema, label: localizedSchema }).strict();
export const categorizeItemSchema = z
  .object({
    id: idSchema,
    text: localizedSchema,
    /** Id of the group the item belongs to. */
    group: idSchema,
    /** Why it belongs there, shown after checking. */
    feedback: localizedSchema,
    /** Keeps its place when the items are shuffled for a learner. */
    pinned: z.boolean().optional(),
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
    if (block.items.length >= 2 && block.items.filter((item) => !item.pinned).length < 2) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'at least two items must be free to move: their order must not give the groups away' });
    }
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
export type CategorizeBlock = z.infer<typeof categorizeBlockSchema>;

const placementsSchema = z.record(z.string(), z.string());
export const categorizeAnswerSchema = z.object({ placements: placementsSchema }).strict();
/** Item id → group id where the learner placed it. */
export type CategorizeAnswer = z.infer<typeof categorizeAnswerSchema>;

/** One item: the group she chose and the group it belongs to. */
export interface CategorizePart {
  id: string;
  placed: string | undefined;
  expected: string;
  correct: boolean;
}

/** One point per item in its right group: sorting is partly right more often than not. */
export function scoreCategorize(block: CategorizeBlock, answer: CategorizeAnswer): Outcome<CategorizePart> {
  const parts = block.items.map((item) => {
    const placed = Object.hasOwn(answer.placements, item.id) ? answer.placements[item.id] : undefined;
    return { id: item.id, placed, expected: item.group, correct: placed === item.group };
  });
  const raw = parts.filter((p) => p.correct).length;
  const max = block.items.length;
  return { raw, max, scaled: raw / max, correct: raw === max, parts };
}

/** Every item placed, each in a group the exercise has, and nothing else. */
export function isValidCategorizeAnswer(block: CategorizeBlock, answer: CategorizeAnswer): boolean {
  const groups = new Set(block.groups.map((g) => g.id));
  const items = new Set(block.items.map((i) => i.id));
  const entries = Object.entries(answer.placements);
  return entries.length === items.size && entries.every(([item, group]) => items.has(item) && groups.has(group));
}

/** item[.]group pairs joined with [,], in the exercise's item order. */
function pairs(block: CategorizeBlock, groupOf: (id: string) => string | undefined): string {
  return block.items.flatMap((i) => (groupOf(i.id) ? [`${i.id}[.]${groupOf(i.id)}`] : [])).join('[,]');
}

export const categorize = defineBlock({
  type: 'categorize',
  schema: categorizeBlockSchema,
  label: { fr: 'Exercice de tri', nl: 'Sorteeroefening', en: 'Sorting exercise' },
  content: {
    texts: (block) => [block.prompt, block.explanation, ...block.groups.map((g) => g.label), ...block.items.flatMap((i) => [i.text, i.feedback])],
    minutes: (block) => 0.25 * block.items.length,
    ids: (block) => [
      { list: 'groups', entries: block.groups.map((g, i) => ({ id: g.id, path: ['groups', i, 'id'] })) },
      { list: 'items', entries: block.items.map((item, i) => ({ id: item.id, path: ['items', i, 'id'] })) },
    ],
    assets: () => [],
    faults: () => [],
  },
  visit: (_block, _lang, rng) => rng.between(20, 60) * 1000,
  answer: {
    schema: categorizeAnswerSchema,
    fits: isValidCategorizeAnswer,
    score: scoreCategorize,
    counts: 'first',
    xapi: {
      interactionType: 'matching',
      extensions: {},
      statements: (block, answer, _outcome, record) => [
        record.answered({
          name: block.prompt,
          interactionType: 'matching',
          correctResponsesPattern: [pairs(block, (id) => block.items.find((i) => i.id === id)?.group)],
          source: components(block.items),
          target: components(block.groups.map((g) => ({ id: g.id, text: g.label }))),
          response: pairs(block, (id) => answer.placements[id]),
        }),
      ],
    },
    report: {
      labels: (block) => ({
        label: block.prompt,
        parts: Object.fromEntries([...block.items.map((i) => [i.id, i.text] as const), ...block.groups.map((g) => [g.id, g.label] as const)]),
      }),
      // Items put in a wrong group: [item, group].
      mistakes: (statement) => responseMistakes(statement).map((pair) => pair.split('[.]')),
      describe: ([item, group], label) => `${label(item ?? '')} → ${label(group ?? '')}`,
    },
    simulate: {
      answer(block, { rng, ability, key }) {
        const placements: Record<string, string> = {};
        for (const item of block.items) {
          const right = rng.chance(clamp(ability + 0.25 - difficulty(`${key}/${item.id}`), 0.1, 0.99));
          placements[item.id] = right ? item.group : rng.pick(block.groups.filter((g) => g.id !== item.group)).id;
        }
        return { placements };
      },
      answerMs: (block, { rng }) => rng.between(30, 60 + 10 * block.items.length) * 1000,
      feedbackMs: (rng) => rng.between(10, 45) * 1000,
    },
  },
  state: {
    // A half-sorted exercise: the items placed so far.
    schema: categorizeAnswerSchema,
    initial: () => ({ placements: {} }),
  },
});
