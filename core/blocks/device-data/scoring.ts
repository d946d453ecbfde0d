import { z } from 'zod';
import type { ModuleContext, Outcome } from '../types';
import type { DeviceDataBlock, DeviceEpisode } from './schema';
import { ACTIONS, CLASSES, type EpisodeAction, type EpisodeClass } from './terms';

/** More stretches than any case holds episodes, and few enough that marking everything cannot hide among them. */
export const MAX_RANGES = 15;

const judgement = { class: z.enum(CLASSES), action: z.enum(ACTIONS) };
const readingIndex = z.number().int().min(0);

export const deviceDataAnswerSchema = z
  .object({
    /** Classify mode: episode id → what she said it is and what she does. */
    judgements: z.record(z.string(), z.object(judgement).strict()).optional(),
    /** Find mode: the stretches of time she selected (reading indexes, inclusive), each judged. */
    ranges: z
      .array(z.object({ from: readingIndex, to: readingIndex, ...judgement }).strict())
      .max(MAX_RANGES)
      .optional(),
  })
  .strict();
export type DeviceDataAnswer = z.infer<typeof deviceDataAnswerSchema>;
export type DeviceRange = NonNullable<DeviceDataAnswer['ranges']>[number];

/** Her verdict on one episode the author marked. */
export interface DeviceDataPart {
  id: string;
  critical: boolean;
  /** Classify mode: always. Find mode: one of her stretches covers it. */
  found: boolean;
  /** Find mode: which of her stretches found it. */
  range?: number;
  class?: EpisodeClass;
  action?: EpisodeAction;
  classRight: boolean;
  actionRight: boolean;
  /** A critical episode caught: found, called a real alert, and one of the right actions chosen. */
  caught: boolean;
  correct: boolean;
}

export const readingCount = (block: Pick<DeviceDataBlock, 'series'>) => block.series[0]?.values.length ?? 0;

/** Every episode judged (classify), or stretches within the readings that do not overlap (find); nothing else. */
export function isValidDeviceDataAnswer(block: DeviceDataBlock, answer: DeviceDataAnswer): boolean {
  if (block.mode === 'classify') {
    const given = answer.judgements;
    return answer.ranges === undefined && given !== undefined && Object.keys(given).length === block.episodes.length && block.episodes.every((e) => Object.hasOwn(given, e.id));
  }
  const ranges = answer.ranges;
  if (answer.judgements !== undefined || ranges === undefined) return false;
  const n = readingCount(block);
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  return sorted.every((r, i) => r.from <= r.to && r.to < n && (i === 0 || sorted[i - 1]!.to < r.from));
}

const length = (from: number, to: number) => to - from + 1;
const overlap = (a: { from: number; to: number }, b: { from: number; to: number }) => Math.max(0, Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1);

/**
 * Whether a stretch she selected finds an episode: it covers at least half of the episode, and at
 * least half of it lies on the episode, so that a stretch drawn over everything finds nothing.
 */
export function finds(range: { from: number; to: number }, episode: Pick<DeviceEpisode, 'from' | 'to'>): boolean {
  const shared = overlap(range, episode);
  return shared * 2 >= length(episode.from, episode.to) && shared * 2 >= length(range.from, range.to);
}

/** For each episode, the index of the stretch that found it, if any: each stretch finds one episode at most. */
export function matchRanges(block: Pick<DeviceDataBlock, 'episodes'>, ranges: readonly { from: number; to: number }[]): (number | undefined)[] {
  const used = new Set<number>();
  return block.episodes.map((episode) => {
    let best: number | undefined;
    ranges.forEach((range, i) => {
      if (used.has(i) || !finds(range, episode)) return;
      if (best === undefined || overlap(range, episode) > overlap(ranges[best]!, episode)) best = i;
    });
    if (best !== undefined) used.add(best);
    return best;
  });
}

/** The stretches she selected that found no episode. */
export function falseAlarms(block: Pick<DeviceDataBlock, 'episodes'>, ranges: readonly { from: number; to: number }[]): number[] {
  const found = new Set(matchRanges(block, ranges));
  return ranges.flatMap((_, i) => (found.has(i) ? [] : [i]));
}

export const rightActions = (episode: DeviceEpisode): EpisodeAction[] => [episode.action, ...(episode.acceptable ?? [])];

/**
 * The most points that stay below the passing score: where a critical episode was missed, the
 * score stops there, however well the rest was done.
 */
export function pointsBelowPassing(passingScore: number, max: number): number {
  // 0.7 × 10 is 7.000000000000001 in floating point: 7 points pass, so the cap is 6.
  return Math.max(0, Math.ceil(passingScore * max - 1e-9) - 1);
}

/**
 * Per episode: 1 point for the right class, 1 for a right action and, in find mode, 1 for finding
 * it; each stretch that finds nothing costs a point (never below 0). A critical episode not
 * caught keeps the score below the module's passing score, and success needs every critical
 * episode caught and the passing score reached.
 */
export function scoreDeviceData(block: DeviceDataBlock, answer: DeviceDataAnswer, mod: Pick<ModuleContext, 'passingScore'>): Outcome<DeviceDataPart> {
  const find = block.mode === 'find';
  const ranges = answer.ranges ?? [];
  const matched = find ? matchRanges(block, ranges) : [];
  const parts = block.episodes.map((episode, k): DeviceDataPart => {
    const range = matched[k];
    const given = find ? (range === undefined ? undefined : ranges[range]) : answer.judgements?.[episode.id];
    const classRight = given?.class === episode.class;
    const actionRight = given !== undefined && rightActions(episode).includes(given.action);
    const critical = episode.critical === true;
    const found = given !== undefined;
    return {
      id: episode.id,
      critical,
      found,
      ...(range === undefined ? {} : { range }),
      ...(given ? { class: given.class, action: given.action } : {}),
      classRight,
      actionRight,
      caught: given?.class === 'real-alert' && actionRight,
      correct: found && classRight && actionRight,
    };
  });
  const max = block.episodes.length * (find ? 3 : 2);
  const earned = parts.reduce((sum, p) => sum + (find && p.found ? 1 : 0) + (p.classRight ? 1 : 0) + (p.actionRight ? 1 : 0), 0);
  const penalty = find ? ranges.length - matched.filter((m) => m !== undefined).length : 0;
  const missedAlert = parts.some((p) => p.critical && !p.caught);
  const raw = Math.min(Math.max(0, earned - penalty), missedAlert ? pointsBelowPassing(mod.passingScore, max) : max);
  const scaled = raw / max;
  return { raw, max, scaled, correct: !missedAlert && scaled >= mod.passingScore, parts };
}
