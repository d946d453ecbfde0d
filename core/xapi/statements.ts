import type { Score } from '../blocks/types';
import type { LearningModule, Localized } from '../content/schema';
import type { Language } from '../i18n';

/**
 * xAPI 1.0.3 statements made by CareLit. Activity and extension ids live under one IRI base;
 * it identifies the app and is never contacted.
 */
export const CARELIT_IRI = 'https://carelit.app';
const XAPI_BASE = `${CARELIT_IRI}/xapi`;

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  module: 'http://adlnet.gov/expapi/activities/module',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** The IRI of one of CareLit's own xAPI extensions. */
export function extensionIri(name: string): string {
  return `${XAPI_BASE}/extensions/${name}`;
}

export const EXTENSIONS = {
  moduleVersion: extensionIri('module-version'),
  profession: extensionIri('profession'),
  /** The block type an answer belongs to: how a trainer's report reads its response. */
  blockType: extensionIri('block-type'),
  /** One play of a block answered step by step (a scenario): a UUID. The registration names the module's attempt. */
  play: extensionIri('play'),
} as const;

/** The interaction types CareLit's blocks record (xAPI 1.0.3 cmi.interaction types). */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'long-fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric' | 'other';

export type LanguageMap = Record<string, string>;
export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface Statement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      type: string;
      name: LanguageMap;
      interactionType?: InteractionType;
      correctResponsesPattern?: string[];
      choices?: InteractionComponent[];
      source?: InteractionComponent[];
      target?: InteractionComponent[];
    };
  };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context: {
    language: string;
    /** The attempt at the module a statement belongs to: one UUID per attempt, a retake being a new one. */
    registration?: string;
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
}

/** What every statement needs from outside core: who, when, and a fresh UUID. */
export interface StatementEnv {
  /** Pseudonymous account name of the learner (a random UUID, never her display name). */
  accountName: string;
  language: Language;
  now: Date;
  newId: () => string;
  /**
   * The learner's attempt at the module (core/attempts.ts): its xAPI registration, a UUID. Absent
   * for an attempt begun before attempts had one, whose statements never had it.
   */
  registration?: string;
}

export function moduleActivityId(moduleId: string): string {
  return `${XAPI_BASE}/modules/${moduleId}`;
}

export function blockActivityId(moduleId: string, blockId: string): string {
  return `${moduleActivityId(moduleId)}/blocks/${blockId}`;
}

/** One part of a block that is answered on its own (a decision in a scenario). */
export function partActivityId(moduleId: string, blockId: string, partId: string): string {
  return `${blockActivityId(moduleId, blockId)}/parts/${partId}`;
}

/** Milliseconds as an ISO 8601 duration, to the hundredth of a second as xAPI recommends. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

export function languageMap(text: Localized): LanguageMap {
  return { ...text };
}

function base(env: StatementEnv, verb: VerbName): Pick<Statement, 'id' | 'actor' | 'verb' | 'timestamp'> {
  return {
    id: env.newId(),
    actor: { objectType: 'Agent', account: { homePage: CARELIT_IRI, name: env.accountName } },
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    timestamp: env.now.toISOString(),
  };
}

function registrationOf(env: StatementEnv): { registration?: string } {
  return env.registration === undefined ? {} : { registration: env.registration };
}

function score(s: Score) {
  return { scaled: s.scaled, raw: s.raw, min: 0, max: s.max };
}

/** An answer's interaction as a block type describes it; `base` and the score are added by answeredStatement. */
export type Interaction = Pick<Statement['object']['definition'], 'interactionType' | 'correctResponsesPattern' | 'choices' | 'source' | 'target'> & {
  name: Localized;
  /** Absent where the answer itself must not leave the learner's computer. */
  response?: string;
  extensions?: Record<string, unknown>;
  /** The part of the block answered (a decision in a scenario): its own activity, with the block among its parents. */
  part?: string;
  /** The play the answer belongs to, when a block is answered step by step (a scenario): a UUID. */
  play?: string;
};

/** Components of an interaction (options, items, groups) with their texts in every language. */
export function components(entries: readonly { id: string; text: Localized }[]): InteractionComponent[] {
  return entries.map((e) => ({ id: e.id, description: languageMap(e.text) }));
}

/** What an answered statement records about the exercise, beside the interaction. */
export interface AnsweredBlock {
  id: string;
  type: string;
}

export function answeredStatement(env: StatementEnv, mod: LearningModule, block: AnsweredBlock, answered: Interaction, result: Score, durationMs: number): Statement {
  const { name, response, extensions, part, play, ...interaction } = answered;
  const blockActivity = { objectType: 'Activity', id: blockActivityId(mod.id, block.id) } as const;
  return {
    ...base(env, 'answered'),
    object: {
      objectType: 'Activity',
      id: part === undefined ? blockActivity.id : partActivityId(mod.id, block.id, part),
      definition: { type: ACTIVITY_TYPES.interaction, name: languageMap(name), ...interaction },
    },
    result: {
      score: score(result),
      success: result.correct,
      ...(response === undefined ? {} : { response }),
      duration: isoDuration(durationMs),
      ...(extensions ? { extensions } : {}),
    },
    context: {
      language: env.language,
      ...registrationOf(env),
      contextActivities: { parent: [{ objectType: 'Activity', id: moduleActivityId(mod.id) }, ...(part === undefined ? [] : [blockActivity])] },
      extensions: { [EXTENSIONS.moduleVersion]: mod.version, [EXTENSIONS.blockType]: block.type, ...(play === undefined ? {} : { [EXTENSIONS.play]: play }) },
    },
  };
}

export function moduleCompletedStatement(env: StatementEnv, mod: LearningModule, result: Score & { passed: boolean }, durationMs: number): Statement {
  return {
    ...base(env, 'completed'),
    object: {
      objectType: 'Activity',
      id: moduleActivityId(mod.id),
      definition: { type: ACTIVITY_TYPES.module, name: languageMap(mod.title) },
    },
    result: { score: score(result), success: result.passed, completion: true, duration: isoDuration(durationMs) },
    context: { language: env.language, ...registrationOf(env), extensions: { [EXTENSIONS.moduleVersion]: mod.version } },
  };
}
