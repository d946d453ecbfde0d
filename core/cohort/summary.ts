import { BLOCK_TYPES, type BlockType } from '../blocks';
import { BLOCKS } from '../blocks/registry';
import type { AnyBlockDefinition, Mistake } from '../blocks/types';
import type { Profession } from '../professions';
import { CONTENT_ID_PATTERN } from '../content/id';
import { CARELIT_IRI, EXTENSIONS, VERBS } from '../xapi/statements';
import type { ImportedStatement } from './progress-file';

/**
 * What a trainer's dashboard needs from one learner's statements, computed once when her
 * files are imported and kept: the dashboard then reads one small row per learner, never
 * the statements themselves.
 */

/** One attempt at a module, as her statements tell it (core/attempts.ts: which one counts). */
export interface AttemptSummary {
  /** Its xAPI registration; absent for an attempt begun before attempts had one. */
  registration?: string;
  /** The module's version at its latest record. */
  moduleVersion: number;
  startedAt: string;
  completedAt?: string;
  /** Scaled 0–1, from its completion. */
  score?: number;
  /** Passed or not, as its completion recorded it (xAPI success). */
  success?: boolean;
  /** The time its completion records; while it is open, the time on the exercises answered in it. */
  timeSpentMs: number;
}

export interface ModuleSummary {
  /** Her latest attempt: open, or completed. */
  status: 'in-progress' | 'completed';
  moduleVersion: number;
  startedAt: string;
  lastActivityAt: string;
  /** Her attempts, oldest first. Summaries kept before attempts were told apart have none: read them with `attemptsOf`. */
  attempts?: AttemptSummary[];
  /** Only in summaries kept before attempts were told apart: their latest completion. */
  completedAt?: string;
  score?: number;
  passed?: boolean;
  /** Her time on the module, all attempts together. */
  timeSpentMs: number;
  /** Distinct exercises answered. */
  itemsAnswered: number;
}

/** A module's attempts; a summary kept before attempts were told apart had one, its latest completion. */
export function attemptsOf(mod: ModuleSummary): AttemptSummary[] {
  if (mod.attempts) return mod.attempts;
  return [
    {
      moduleVersion: mod.moduleVersion,
      startedAt: mod.startedAt,
      timeSpentMs: mod.timeSpentMs,
      ...(mod.completedAt ? { completedAt: mod.completedAt } : {}),
      ...(mod.score !== undefined ? { score: mod.score } : {}),
      ...(mod.passed !== undefined ? { success: mod.passed } : {}),
    },
  ];
}

/** A learner's FIRST answer to an exercise: the one that shows what the group found hard. */
export interface ItemOutcome {
  moduleId: string;
  blockId: string;
  /** The exercise's block type, as the statement named it (or as its interaction implies, in older files). */
  type: string;
  correct: boolean;
  scaled: number;
  /** What the answer got wrong, as the block type reads it: an option, an item and its wrong group… */
  mistakes: Mistake[];
  tries: number;
}

export interface LearnerSummary {
  account: string;
  displayName?: string;
  profession?: Profession;
  statementCount: number;
  firstActivityAt?: string;
  lastActivityAt?: string;
  modules: Record<string, ModuleSummary>;
  /** Keyed by `moduleId/blockId`. */
  items: Record<string, ItemOutcome>;
}

const MODULES_PREFIX = `${CARELIT_IRI}/xapi/modules/`;

/** `{ moduleId, blockId? }` from a CareLit activity id, or null for anything else. */
export function parseActivityId(id: string): { moduleId: string; blockId?: string } | null {
  if (!id.startsWith(MODULES_PREFIX)) return null;
  const [moduleId, blocks, blockId, ...rest] = id.slice(MODULES_PREFIX.length).split('/');
  // Only content ids: that also keeps "__proto__" out of the records below.
  if (!moduleId || !CONTENT_ID_PATTERN.test(moduleId) || rest.length) return null;
  if (blocks === undefined) return { moduleId };
  return blocks === 'blocks' && blockId && CONTENT_ID_PATTERN.test(blockId) ? { moduleId, blockId } : null;
}

/** Milliseconds from the ISO 8601 durations CareLit writes (PT1H2M3.45S). */
export function durationMs(iso: string | undefined): number {
  const m = iso ? /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso) : null;
  if (!m) return 0;
  return Math.round(((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000);
}

/** The block type of an answer: named by the statement, or in files from before that, implied by its interaction. */
export function blockTypeOf(statement: ImportedStatement): BlockType | null {
  const named = statement.context.extensions[EXTENSIONS.blockType];
  if (typeof named === 'string') return (BLOCK_TYPES as readonly string[]).includes(named) ? (named as BlockType) : null;
  const interaction = statement.object.definition.interactionType;
  return BLOCK_TYPES.find((type) => BLOCKS[type].answer?.xapi.interactionType === interaction) ?? null;
}

function mistakesOf(type: BlockType | null, statement: ImportedStatement): Mistake[] {
  const answer = type ? (BLOCKS[type] as AnyBlockDefinition).answer : null;
  return answer ? answer.report.mistakes(statement) : [];
}

function byTime(a: ImportedStatement, b: ImportedStatement): number {
  return a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id < b.id ? -1 : 1;
}

function moduleVersionOf(statement: ImportedStatement): number {
  // A number: the import's check (statement-schema.ts) requires it.
  return statement.context.extensions[EXTENSIONS.moduleVersion] as number;
}

/**
 * The attempt a statement belongs to: its registration. Until attempts had one, a block answered
 * step by step (a scenario) put its play's id there, without the play extension that carries it
 * since: such a registration names no attempt.
 */
function attemptRegistration(statement: ImportedStatement): string | undefined {
  const registration = statement.context.registration;
  if (registration === undefined || statement.context.extensions[EXTENSIONS.play] !== undefined) return registration;
  const type = statement.verb.id === VERBS.answered ? blockTypeOf(statement) : null;
  return type && (BLOCKS[type] as AnyBlockDefinition).answer?.finished ? undefined : registration;
}

function newAttempt(attempts: AttemptSummary[], registration: string | undefined, statement: ImportedStatement): AttemptSummary {
  const fresh: AttemptSummary = {
    ...(registration === undefined ? {} : { registration }),
    moduleVersion: moduleVersionOf(statement),
    startedAt: statement.timestamp,
    timeSpentMs: 0,
  };
  attempts.push(fresh);
  return fresh;
}

/** The latest attempt with this registration, or a new one; without a registration, her latest attempt. */
function attemptFor(attempts: AttemptSummary[], registration: string | undefined, statement: ImportedStatement): AttemptSummary {
  for (let i = attempts.length - 1; i >= 0; i -= 1) if (registration === undefined || attempts[i]!.registration === registration) return attempts[i]!;
  return newAttempt(attempts, registration, statement);
}

/** Summarises every statement known for one learner (from one file or several, deduplicated). */
export function summariseLearner(learner: { account: string; displayName?: string; profession?: Profession }, statements: readonly ImportedStatement[]): LearnerSummary {
  // Keys come from a file: records without a prototype, so no key can reach an inherited member.
  const modules: Record<string, ModuleSummary> = Object.create(null);
  const items: Record<string, ItemOutcome> = Object.create(null);
  const answeredMs = new Map<AttemptSummary, number>();
  const sorted = [...statements].sort(byTime);
  // Her statements name a few activities many times over: each id is read once.
  const activities = new Map<string, ReturnType<typeof parseActivityId>>();

  for (const statement of sorted) {
    const id = statement.object.id;
    let activity = activities.get(id);
    if (activity === undefined) activities.set(id, (activity = parseActivityId(id)));
    if (!activity) continue;
    const at = statement.timestamp;
    const mod = (modules[activity.moduleId] ??= {
      status: 'in-progress',
      moduleVersion: moduleVersionOf(statement),
      startedAt: at,
      lastActivityAt: at,
      attempts: [],
      timeSpentMs: 0,
      itemsAnswered: 0,
    });
    mod.lastActivityAt = at;
    mod.moduleVersion = moduleVersionOf(statement);
    const registration = attemptRegistration(statement);
    let attempt = attemptFor(mod.attempts!, registration, statement);
    attempt.moduleVersion = mod.moduleVersion;

    if (statement.verb.id === VERBS.completed && !activity.blockId) {
      // Completed once more (a new version of the module reopened it): a completion of its own,
      // so that one passed before stays in the count, as the learner's own progress keeps it.
      if (attempt.completedAt !== undefined) attempt = newAttempt(mod.attempts!, registration, statement);
      attempt.completedAt = at;
      attempt.timeSpentMs = durationMs(statement.result?.duration);
      if (statement.result?.score) attempt.score = statement.result.score.scaled;
      if (statement.result?.success !== undefined) attempt.success = statement.result.success;
    } else if (statement.verb.id === VERBS.answered && activity.blockId) {
      answeredMs.set(attempt, (answeredMs.get(attempt) ?? 0) + durationMs(statement.result?.duration));
      const key = `${activity.moduleId}/${activity.blockId}`;
      const known = items[key];
      if (known) known.tries += 1;
      else {
        mod.itemsAnswered += 1;
        const type = blockTypeOf(statement);
        items[key] = {
          moduleId: activity.moduleId,
          blockId: activity.blockId,
          type: type ?? '',
          correct: statement.result?.success === true,
          scaled: statement.result?.score?.scaled ?? 0,
          mistakes: mistakesOf(type, statement),
          tries: 1,
        };
      }
    }
  }
  for (const mod of Object.values(modules)) {
    const attempts = mod.attempts!;
    for (const attempt of attempts) if (attempt.completedAt === undefined) attempt.timeSpentMs = answeredMs.get(attempt) ?? 0;
    mod.status = attempts[attempts.length - 1]!.completedAt === undefined ? 'in-progress' : 'completed';
    mod.timeSpentMs = attempts.reduce((sum, a) => sum + a.timeSpentMs, 0);
  }

  return {
    account: learner.account,
    ...(learner.displayName ? { displayName: learner.displayName } : {}),
    ...(learner.profession ? { profession: learner.profession } : {}),
    statementCount: statements.length,
    ...(sorted.length ? { firstActivityAt: sorted[0]!.timestamp, lastActivityAt: sorted[sorted.length - 1]!.timestamp } : {}),
    modules,
    items,
  };
}
