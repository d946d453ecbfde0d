import { z } from 'zod';
import { idSchema, imagePathSchema, localizedSchema, professionSchema } from '../../content/fields';

/** Who speaks in a node: the learner is never one of them (what she says is her choice). */
export const SPEAKERS = ['narrator', 'patient', 'relative', 'interpreter', 'colleague'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** How an ending turned out for the patient. */
export const OUTCOMES = ['safe', 'acceptable', 'unsafe'] as const;
export type EndingOutcome = (typeof OUTCOMES)[number];

/** The most points one choice can carry. */
export const MAX_CHOICE_POINTS = 3;

/** A condition on what she did so far: every key present must hold. */
export const conditionSchema = z
  .object({
    /** Each of these variables is true. */
    all: z.array(idSchema).min(1, 'name at least one variable').optional(),
    /** None of these variables is true. */
    none: z.array(idSchema).min(1, 'name at least one variable').optional(),
    /** Points gathered so far, at least this many. */
    scoreAtLeast: z.number().int().min(0).optional(),
    /** Points gathered so far, fewer than this. */
    scoreBelow: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a condition needs all, none, scoreAtLeast or scoreBelow');
export type Condition = z.infer<typeof conditionSchema>;

export const choiceSchema = z
  .object({
    id: idSchema,
    /** What the learner says or does. */
    text: localizedSchema,
    points: z
      .number({ error: `expected points from 0 to ${MAX_CHOICE_POINTS}` })
      .int()
      .min(0)
      .max(MAX_CHOICE_POINTS),
    /** Shown at once after choosing: why (not). */
    feedback: localizedSchema,
    /** Variables this choice makes true. */
    set: z.array(idSchema).optional(),
    /** An unsafe choice: it fails the play. */
    critical: z.boolean().optional(),
    /** Offered only when this holds. */
    if: conditionSchema.optional(),
    /** A node or an ending. */
    next: idSchema,
  })
  .strict();
export type ScenarioChoice = z.infer<typeof choiceSchema>;

export const routeSchema = z.object({ if: conditionSchema.optional(), next: idSchema }).strict();
export type Route = z.infer<typeof routeSchema>;

export const nodeSchema = z
  .object({
    id: idSchema,
    speaker: z.enum(SPEAKERS, { error: `expected one of: ${SPEAKERS.join(', ')}` }),
    /** What is said or happens (Markdown). */
    text: localizedSchema,
    image: imagePathSchema.optional(),
    alt: localizedSchema.optional(),
    choices: z.array(choiceSchema).min(2, 'a node offers 2 to 4 choices').max(4, 'a node offers 2 to 4 choices').optional(),
    /** For a node without choices: the first route whose condition holds is taken. */
    routes: z.array(routeSchema).min(1, 'give at least one route').optional(),
  })
  .strict()
  .superRefine((node, ctx) => {
    if (!node.choices === !node.routes) {
      ctx.addIssue({ code: 'custom', path: [], message: `node "${node.id}" needs either choices or routes (not both)` });
    }
    node.routes?.forEach((route, i) => {
      const last = i === node.routes!.length - 1;
      if (last && route.if) ctx.addIssue({ code: 'custom', path: ['routes', i, 'if'], message: 'the last route has no condition: it is taken when no other holds' });
      if (!last && !route.if)
        ctx.addIssue({ code: 'custom', path: ['routes', i], message: 'only the last route may go without a condition (the routes after it would never be taken)' });
    });
    if (node.image && !node.alt) ctx.addIssue({ code: 'custom', path: ['alt'], message: 'an image needs its alt text in fr, nl, en' });
    if (node.alt && !node.image) ctx.addIssue({ code: 'custom', path: ['alt'], message: 'alt text without an image' });
  });
export type ScenarioNode = z.infer<typeof nodeSchema>;

export const endingSchema = z
  .object({
    id: idSchema,
    outcome: z.enum(OUTCOMES, { error: `expected one of: ${OUTCOMES.join(', ')}` }),
    title: localizedSchema,
    /** What happened, and what the recommended path does (Markdown). */
    debrief: localizedSchema,
  })
  .strict();
export type Ending = z.infer<typeof endingSchema>;

/**
 * A branching conversation: nodes of narrative with a speaker, choices with points and
 * feedback, variables that choices make true and conditions on them and on the score, and
 * endings with an outcome and a debrief. The graph itself is checked by the definition's faults.
 */
export const scenarioBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('scenario'),
    profession: professionSchema,
    title: localizedSchema,
    /** Who, where, what she knows before starting (Markdown). */
    setting: localizedSchema,
    variables: z.array(z.object({ id: idSchema, label: localizedSchema }).strict()).default([]),
    start: idSchema,
    nodes: z.array(nodeSchema).min(1, 'a scenario needs at least one node'),
    endings: z.array(endingSchema).min(1, 'a scenario needs at least one ending'),
  })
  .strict();
export type ScenarioBlock = z.infer<typeof scenarioBlockSchema>;
