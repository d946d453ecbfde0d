import { callout } from './callout/definition';
import { categorize } from './categorize/definition';
import { deviceData } from './device-data/definition';
import { figure } from './figure/definition';
import { flashcards } from './flashcards/definition';
import { outputReview } from './output-review/definition';
import { promptLab } from './prompt-lab/definition';
import { quiz } from './quiz/definition';
import { reflection } from './reflection/definition';
import { scenario } from './scenario/definition';
import { text } from './text/definition';
import type { AnyBlockDefinition } from './types';

/** Each key is the type its definition declares: a mismatch does not compile. */
function registry<R extends { [K in keyof R]: AnyBlockDefinition & { type: K } }>(definitions: R): R {
  return definitions;
}

/**
 * Every block type CareLit knows, one line each. Adding a type is a folder under core/blocks/,
 * a line here and a line in the view registry (renderer/src/blocks/registry.tsx); everything
 * else — the module schema, the checker, stats, scoring, statements, the import's checks, the
 * report, the simulation — is derived from this object (core/blocks/index.ts).
 */
export const BLOCKS = registry({
  text,
  callout,
  figure,
  quiz,
  categorize,
  reflection,
  flashcards,
  'prompt-lab': promptLab,
  'output-review': outputReview,
  scenario,
  'device-data': deviceData,
});
