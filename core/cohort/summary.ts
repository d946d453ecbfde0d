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

export interface ModuleSummary {
  status: 'in-progress' | 'completed';
  moduleVersion: number;
  startedAt: string;
  lastActivityAt: string;
  /** The latest completion. */
  completedAt?: string;
  /** Scaled 0–1, from the latest completion. */
  score?: number;
  passed?: boolean;
  /** The module's time from its completion record; while in progress, the time on answered exercises. */
  timeSpentMs: number;
  /** Distinct exercises answered. */
  itemsAnswered: number;
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

/** Summarises every statement known for one learner (from one file or several, deduplicated). */
export function summariseLearner(
  learner: { account: string; displayName?: string; profession?: Profession },
  statements: readonly ImportedStatement[],
): LearnerSummary {
  // Keys come from a file: records without a prototype, so no key can reach an inherited member.
  const modules: Record<string, ModuleSummary> = Object.create(null);
  const items: Record<string, ItemOutcome> = Object.create(null);
  const answeredMs = new Map<string, number>();
  const sorted = [...statements].sort(byTime);

  for (const statement of sorted) {
    const activity = parseActivityId(statement.object.id);
    if (!activity) continue;
    const at = statement.timestamp;
    const mod = (modules[activity.moduleId] ??= {
      status: 'in-progress',
      moduleVersion: moduleVersionOf(statement),
      startedAt: at,
      lastActivityAt: at,
      timeSpentMs: 0,
      itemsAnswered: 0,
    });
    mod.lastActivityAt = at;
    mod.moduleVersion = moduleVersionOf(statement);

    if (statement.verb.id === VERBS.completed && !activity.blockId) {
      mod.status = 'completed';
      mod.completedAt = at;
      mod.timeSpentMs = durationMs(statement.result?.duration);
      if (statement.result?.score) mod.score = statement.result.score.scaled;
      if (statement.result?.success !== undefined) mod.passed = statement.result.success;
    } else if (statement.verb.id === VERBS.answered && activity.blockId) {
      answeredMs.set(activity.moduleId, (answeredMs.get(activity.moduleId) ?? 0) + durationMs(statement.result?.duration));
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
  for (const [moduleId, mod] of Object.entries(modules)) {
    if (mod.status === 'in-progress') mod.timeSpentMs = answeredMs.get(moduleId) ?? 0;
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
