import type { CategorizeBlock, LearningModule, Localized, PromptLabBlock, QuizBlock } from '../content/schema';
import { checkPrompt } from '../prompt-check';
import type { PromptLabAnswer } from '../scoring/prompt-lab';
import type { Language } from '../i18n';
import type { CategorizeAnswer } from '../scoring/categorize';
import type { Answer, ScoredBlock } from '../scoring';
import type { QuizAnswer, Score } from '../scoring/quiz';

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

export const EXTENSIONS = {
  moduleVersion: `${XAPI_BASE}/extensions/module-version`,
  promptFindings: `${XAPI_BASE}/extensions/prompt-findings`,
  profession: `${XAPI_BASE}/extensions/profession`,
} as const;

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
      interactionType?: 'choice' | 'matching' | 'long-fill-in';
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
}

export function moduleActivityId(moduleId: string): string {
  return `${XAPI_BASE}/modules/${moduleId}`;
}

export function blockActivityId(moduleId: string, blockId: string): string {
  return `${moduleActivityId(moduleId)}/blocks/${blockId}`;
}

/** Milliseconds as an ISO 8601 duration, to the hundredth of a second as xAPI recommends. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

function languageMap(text: Localized): LanguageMap {
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

function score(s: Score) {
  return { scaled: s.scaled, raw: s.raw, min: 0, max: s.max };
}

type Interaction = Pick<Statement['object']['definition'], 'interactionType' | 'correctResponsesPattern' | 'choices' | 'source' | 'target'> & {
  name: Localized;
  /** Absent where the answer itself must not leave the learner's computer. */
  response?: string;
  extensions?: Record<string, unknown>;
};

/** xAPI's "choice" interaction: options joined with [,]. */
function quizInteraction(quiz: QuizBlock, answer: QuizAnswer): Interaction {
  return {
    name: quiz.question,
    interactionType: 'choice',
    correctResponsesPattern: [quiz.options.filter((o) => o.correct).map((o) => o.id).join('[,]')],
    choices: quiz.options.map((o) => ({ id: o.id, description: languageMap(o.text) })),
    response: answer.selected.join('[,]'),
  };
}

/** xAPI's "matching" interaction: item[.]group pairs joined with [,], in the exercise's item order. */
function categorizeInteraction(block: CategorizeBlock, answer: CategorizeAnswer): Interaction {
  const pairs = (groupOf: (id: string) => string | undefined) =>
    block.items.flatMap((i) => (groupOf(i.id) ? [`${i.id}[.]${groupOf(i.id)}`] : [])).join('[,]');
  return {
    name: block.prompt,
    interactionType: 'matching',
    correctResponsesPattern: [pairs((id) => block.items.find((i) => i.id === id)?.group)],
    source: block.items.map((i) => ({ id: i.id, description: languageMap(i.text) })),
    target: block.groups.map((g) => ({ id: g.id, description: languageMap(g.label) })),
    response: pairs((id) => answer.placements[id]),
  };
}

/**
 * xAPI's "long-fill-in", WITHOUT the prompt: a learner's try may still hold a patient's
 * identifiers, and statements go to trainers and LRSs. What was found is recorded as counts.
 */
function promptLabInteraction(block: PromptLabBlock, answer: PromptLabAnswer): Interaction {
  const { findings } = checkPrompt(answer.prompt, answer.lang);
  const personalData = findings.filter((f) => f.kind === 'personal-data').length;
  const missingElements = findings.flatMap((f) => (f.kind === 'missing-element' ? [f.element] : []));
  return {
    name: block.task,
    interactionType: 'long-fill-in',
    extensions: { [EXTENSIONS.promptFindings]: { personalData, missingElements } },
  };
}

function interactionOf(block: ScoredBlock, answer: Answer): Interaction {
  switch (block.type) {
    case 'quiz':
      return quizInteraction(block, answer as QuizAnswer);
    case 'categorize':
      return categorizeInteraction(block, answer as CategorizeAnswer);
    case 'prompt-lab':
      return promptLabInteraction(block, answer as PromptLabAnswer);
  }
}

export function answeredStatement(
  env: StatementEnv,
  mod: LearningModule,
  block: ScoredBlock,
  answer: Answer,
  result: Score,
  durationMs: number,
): Statement {
  const { name, response, extensions, ...interaction } = interactionOf(block, answer);
  return {
    ...base(env, 'answered'),
    object: {
      objectType: 'Activity',
      id: blockActivityId(mod.id, block.id),
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
      contextActivities: { parent: [{ objectType: 'Activity', id: moduleActivityId(mod.id) }] },
      extensions: { [EXTENSIONS.moduleVersion]: mod.version },
    },
  };
}

export function moduleCompletedStatement(
  env: StatementEnv,
  mod: LearningModule,
  result: Score & { passed: boolean },
  durationMs: number,
): Statement {
  return {
    ...base(env, 'completed'),
    object: {
      objectType: 'Activity',
      id: moduleActivityId(mod.id),
      definition: { type: ACTIVITY_TYPES.module, name: languageMap(mod.title) },
    },
    result: { score: score(result), success: result.passed, completion: true, duration: isoDuration(durationMs) },
    context: { language: env.language, extensions: { [EXTENSIONS.moduleVersion]: mod.version } },
  };
}
