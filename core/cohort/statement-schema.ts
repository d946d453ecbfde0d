import { z } from 'zod';
import { ACTIVITY_TYPES, CARELIT_IRI, EXTENSIONS, VERBS } from '../xapi/statements';

/**
 * The statements CareLit makes, as a strict schema: what a trainer's import accepts.
 *
 * Narrower than xAPI 1.0.3 on purpose: an imported file comes from a learner's machine and is
 * untrusted, so every string has a length cap, every number a range, every object a closed
 * set of keys. Whatever this accepts is valid xAPI (tests/unit/core/cohort-statement-schema
 * checks accepted statements with an xAPI validator); the full validator is ~85 µs a
 * statement, too slow for 100,000 at import, this one is a few.
 */
const MAX_TEXT = 4000;
const MAX_ID = 300;
const MAX_COMPONENTS = 60;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, 'not a UUID');
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag');
const languageMap = z.record(languageTag, z.string().max(MAX_TEXT)).refine((m) => Object.keys(m).length <= 8, 'too many languages');
const carelitIri = z.string().max(MAX_ID).startsWith(`${CARELIT_IRI}/xapi/modules/`, 'not a CareLit activity');
/** ISO 8601 duration as CareLit writes it (hours, minutes, seconds), at most about 11 days. */
const duration = z.string().regex(/^PT(\d{1,3}H)?(\d{1,2}M)?(\d{1,2}(\.\d{1,2})?S)?$/, 'not a duration');
/** A UTC timestamp with milliseconds, as Date#toISOString writes it, in a plausible range. */
export const timestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'not a UTC timestamp')
  .refine((s) => {
    const t = Date.parse(s);
    return Number.isFinite(t) && t >= Date.UTC(2020, 0, 1) && t < Date.UTC(2100, 0, 1);
  }, 'not a plausible date');

export const accountSchema = z
  .object({
    homePage: z.literal(CARELIT_IRI),
    name: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a CareLit account name'),
  })
  .strict();

const component = z.object({ id: z.string().min(1).max(100), description: languageMap }).strict();
const components = z.array(component).max(MAX_COMPONENTS);

const score = z
  .object({
    scaled: z.number().min(0).max(1),
    raw: z.number().min(0).max(1000),
    min: z.literal(0),
    max: z.number().min(0).max(1000),
  })
  .strict()
  .refine((s) => s.raw <= s.max, 'raw score above max');

const promptFindings = z
  .object({
    personalData: z.number().int().min(0).max(1000),
    missingElements: z.array(z.string().max(40)).max(20),
  })
  .strict();

export const statementSchema = z
  .object({
    id: uuid,
    actor: z.object({ objectType: z.literal('Agent'), account: accountSchema }).strict(),
    verb: z
      .object({
        id: z.enum([VERBS.answered, VERBS.completed]),
        display: languageMap,
      })
      .strict(),
    object: z
      .object({
        objectType: z.literal('Activity'),
        id: carelitIri,
        definition: z
          .object({
            type: z.enum([ACTIVITY_TYPES.module, ACTIVITY_TYPES.interaction]),
            name: languageMap,
            interactionType: z.enum(['choice', 'matching', 'long-fill-in']).optional(),
            correctResponsesPattern: z.array(z.string().max(MAX_TEXT)).max(5).optional(),
            choices: components.optional(),
            source: components.optional(),
            target: components.optional(),
          })
          .strict(),
      })
      .strict(),
    result: z
      .object({
        score: score.optional(),
        success: z.boolean().optional(),
        completion: z.boolean().optional(),
        response: z.string().max(MAX_TEXT).optional(),
        duration: duration.optional(),
        extensions: z.object({ [EXTENSIONS.promptFindings]: promptFindings.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    context: z
      .object({
        language: languageTag,
        contextActivities: z
          .object({ parent: z.array(z.object({ objectType: z.literal('Activity'), id: carelitIri }).strict()).min(1).max(5) })
          .strict()
          .optional(),
        extensions: z.object({ [EXTENSIONS.moduleVersion]: z.number().int().min(1).max(1_000_000) }).strict(),
      })
      .strict(),
    timestamp: timestampSchema,
  })
  .strict();
