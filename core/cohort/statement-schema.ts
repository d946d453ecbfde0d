import { ACTIVITY_PATH_PATTERN } from '../content/id';
import { ACTIVITY_TYPES, CARELIT_IRI, EXTENSIONS, VERBS } from '../xapi/statements';
import { BLOCK_TYPES } from '../blocks';
import { BLOCKS } from '../blocks/registry';
import type { AnyBlockDefinition } from '../blocks/types';
import { arr, bool, known, map, num, obj, oneOf, refine, str, type Check } from './checks';

/**
 * The statements CareLit makes, as a strict check: what a trainer's import accepts.
 *
 * Narrower than xAPI 1.0.3 on purpose: an imported file comes from a learner's machine and is
 * untrusted, so every string has a length cap, every number a range, every object a closed
 * set of members. Whatever this accepts is valid xAPI (tests/unit/core/cohort-statement-schema
 * checks accepted statements with an xAPI validator, ~85 µs a statement, too slow for 100,000
 * at import; this check takes a few).
 */
const MAX_TEXT = 4000;
const MAX_ID = 300;
const MAX_COMPONENTS = 60;

const uuid = str({ max: 36, pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, message: 'not a UUID' });
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const languageTag = str({ max: 35, pattern: LANGUAGE_TAG, message: 'not a language tag' });
const languageMap = map(LANGUAGE_TAG, str({ max: MAX_TEXT }), 8);
const MODULES_PREFIX = `${CARELIT_IRI}/xapi/modules/`;
/** A module or one of its blocks, by content ids: a name such as "constructor" can never become a record key. */
const carelitIri = refine(
  str({ max: MAX_ID, prefix: MODULES_PREFIX, message: 'not a CareLit activity' }),
  (id: string) => ACTIVITY_PATH_PATTERN.test(id.slice(MODULES_PREFIX.length)),
  'not a CareLit activity',
);
/** ISO 8601 duration as CareLit writes it (hours, minutes, seconds), at most about 41 days. */
const duration = str({ max: 20, pattern: /^PT(\d{1,3}H)?(\d{1,2}M)?(\d{1,2}(\.\d{1,2})?S)?$/, message: 'not a duration' });
/** The years a CareLit record can be from: none was made before 2020. */
const FIRST_YEAR = 2020;
const LAST_YEAR = 2099;

const digits = (s: string, from: number, to: number) => Number(s.slice(from, to));

/**
 * Whether a timestamp of the shape below names a moment that exists, in a plausible year: a month
 * 1–12, a day of that month (no 30 February; 29 February in leap years only), hours to 23,
 * minutes and seconds to 59. Counted, not parsed: Date.parse and toISOString for each of 100,000
 * statements cost more than the rest of a statement's check.
 */
function realMoment(s: string): boolean {
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (
    year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= days && digits(s, 11, 13) <= 23 && digits(s, 14, 16) <= 59 && digits(s, 17, 19) <= 59
  );
}

/** A UTC timestamp as Date#toISOString writes it, a real calendar date (no 30 February), in a plausible range. */
export const timestamp = refine(
  str({ max: 24, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, message: 'not a UTC timestamp' }),
  realMoment,
  'not a plausible date',
);

export const account = obj({
  homePage: oneOf([CARELIT_IRI]),
  name: str({ min: 8, max: 64, pattern: /^[A-Za-z0-9-]+$/, message: 'not a CareLit account name' }),
});

const component = obj({ id: str({ min: 1, max: 100 }), description: languageMap });
const components = arr(component, { max: MAX_COMPONENTS });

const score = refine(
  obj({ scaled: num({ min: 0, max: 1 }), raw: num({ min: 0, max: 1000 }), min: oneOf([0]), max: num({ min: 0, max: 1000 }) }),
  // scaled is raw / max within rounding; a module with nothing to score is scaled 1 (core/module-score.ts).
  (s: { scaled: number; raw: number; max: number }) => s.raw <= s.max && Math.abs(s.scaled - (s.max === 0 ? 1 : s.raw / s.max)) < 1e-6,
  'raw, scaled and max scores do not agree',
);

/** What the block types record, from their definitions: a new type brings its own. */
const answerFacets = Object.values(BLOCKS).flatMap((d: AnyBlockDefinition) => (d.answer ? [d.answer] : []));
const INTERACTION_TYPES = [...new Set(answerFacets.map((a) => a.xapi.interactionType))];
const RESULT_EXTENSIONS: Record<string, Check> = Object.assign({}, ...answerFacets.map((a) => a.xapi.extensions));

export const statement: Check = obj(
  {
    id: uuid,
    actor: obj({ objectType: oneOf(['Agent']), account }),
    verb: obj({ id: oneOf([VERBS.answered, VERBS.completed]), display: languageMap }),
    object: obj({
      objectType: oneOf(['Activity']),
      id: carelitIri,
      definition: obj(
        { type: oneOf([ACTIVITY_TYPES.module, ACTIVITY_TYPES.interaction]), name: languageMap },
        {
          interactionType: known(INTERACTION_TYPES, 'an interaction type'),
          correctResponsesPattern: arr(str({ max: MAX_TEXT }), { max: 5 }),
          choices: components,
          source: components,
          target: components,
        },
      ),
    }),
    context: obj(
      {
        language: languageTag,
        extensions: obj(
          { [EXTENSIONS.moduleVersion]: num({ min: 1, max: 1_000_000, integer: true }) },
          // Files exported before statements named their block type have none; only a block answered step by step names its play.
          { [EXTENSIONS.blockType]: known(BLOCK_TYPES, 'a block type'), [EXTENSIONS.play]: uuid },
          { newerMembers: true },
        ),
      },
      { contextActivities: obj({ parent: arr(obj({ objectType: oneOf(['Activity']), id: carelitIri }), { min: 1, max: 5 }) }), registration: uuid },
    ),
    timestamp,
  },
  {
    result: obj(
      {},
      {
        score,
        success: bool,
        completion: bool,
        response: str({ max: MAX_TEXT }),
        duration,
        extensions: obj({}, RESULT_EXTENSIONS, { newerMembers: true }),
      },
    ),
  },
);
