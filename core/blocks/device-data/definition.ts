import { z } from 'zod';
import { arr, bool, known, num, obj, str } from '../../cohort/checks';
import type { Localized } from '../../content/fields';
import { CONTENT_ID_PATTERN } from '../../content/id';
import { LANGUAGES } from '../../i18n';
import { clamp, contentUnit, difficulty, type Random } from '../../random';
import { components, extensionIri } from '../../xapi/statements';
import { responseMistakes } from '../responses';
import { defineBlock, type Mistake, type SimulatedLearner } from '../types';
import { deviceDataBlockSchema, FIND_READINGS, MAX_EPISODES, type DeviceDataBlock, type DeviceEpisode } from './schema';
import {
  deviceDataAnswerSchema,
  finds,
  isValidDeviceDataAnswer,
  MAX_RANGES,
  readingCount,
  rightActions,
  scoreDeviceData,
  type DeviceDataAnswer,
  type DeviceRange,
} from './scoring';
import { ACTION_LABELS, ACTIONS, CLASS_LABELS, CLASSES, FALSE_ALARM, MARKER_LABELS, MISSED_ALERT, NOT_FOUND, type EpisodeAction, type EpisodeClass } from './terms';
import { stretchText, type Axis } from './time';

/** The time axis every series of a block shares (the checker makes sure they do). */
export function axisOf(block: Pick<DeviceDataBlock, 'start' | 'series'>): Axis {
  return { start: block.start, interval: block.series[0]?.interval ?? 1440 };
}

/** An episode named for a report and a statement: its series and its stretch of time ("Weight, 18–21 Nov"). */
export function episodeLabel(block: DeviceDataBlock, episode: DeviceEpisode): Localized {
  const series = block.series.find((s) => s.id === episode.series);
  const axis = axisOf(block);
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, `${series?.label[lang] ?? episode.series}, ${stretchText(axis, episode.from, episode.to, lang)}`])) as Localized;
}

/** What she chose per episode, as a statement records it: the import reads it back for the report's mistakes. */
const ACTIONS_EXTENSION = extensionIri('device-actions');
/** The stretches she selected in find mode, each with the episode it found (none: a false alarm). */
const RANGES_EXTENSION = extensionIri('device-ranges');

interface RecordedAction {
  episode: string;
  critical: boolean;
  found: boolean;
  action?: EpisodeAction;
  right: boolean;
}
interface RecordedRange {
  from: number;
  to: number;
  class: EpisodeClass;
  action: EpisodeAction;
  episode?: string;
}

const episodeId = str({ min: 1, max: 100, pattern: CONTENT_ID_PATTERN, message: 'not an episode id' });
const reading = num({ min: 0, max: FIND_READINGS.max, integer: true });

const pairs = (entries: readonly (readonly [string, string])[]) => entries.map(([episode, cls]) => `${episode}[.]${cls}`).join('[,]');

/**
 * What an answer got wrong, read back from its statement, for a trainer's report, which shows each
 * exercise's most common mistake. In a case with critical episodes, that must be the alert most
 * often missed, so such a case reports its missed alerts only (a slip beside them could otherwise
 * outnumber them). A case without one reports the episodes not found, each class given wrongly,
 * each wrong action, and stretches that found nothing.
 */
function mistakesOf(statement: Parameters<typeof responseMistakes>[0]): Mistake[] {
  const recorded = (statement.result?.extensions?.[ACTIONS_EXTENSION] ?? []) as RecordedAction[];
  const given = new Map(
    (statement.result?.response ?? '')
      .split('[,]')
      .filter(Boolean)
      .map((pair) => pair.split('[.]') as [string, string]),
  );
  if (recorded.some((r) => r.critical)) {
    return recorded.filter((r) => r.critical && !(r.found && given.get(r.episode) === 'real-alert' && r.right)).map((r) => [r.episode, MISSED_ALERT]);
  }
  const misclassified = new Set(responseMistakes(statement).map((pair) => pair.split('[.]')[0]));
  const ranges = (statement.result?.extensions?.[RANGES_EXTENSION] ?? []) as RecordedRange[];
  return [
    ...recorded.flatMap((r): Mistake[] =>
      !r.found
        ? [[r.episode, NOT_FOUND]]
        : [...(misclassified.has(r.episode) ? [[r.episode, given.get(r.episode)!]] : []), ...(r.right || !r.action ? [] : [[r.episode, r.action]])],
    ),
    ...(ranges.some((r) => r.episode === undefined) ? [[FALSE_ALARM]] : []),
  ];
}

// -------------------------------------------------------------------------------------------------
// How a simulated learner reviews: each episode judged rightly more often the abler she is; in find
// mode some episodes escape her, and a less able learner also marks a stretch where nothing is.

function judged(episode: DeviceEpisode, { rng, ability, key }: SimulatedLearner): { class: EpisodeClass; action: EpisodeAction } {
  const hard = difficulty(`${key}/${episode.id}`);
  const tempting = <T extends string>(wrong: readonly T[], what: string) =>
    rng.weighted(wrong.map((id) => [id, 1 + 4 * contentUnit(`${key}/${episode.id}/${what}/${id}`)] as const));
  const right = rightActions(episode);
  return {
    class: rng.chance(clamp(ability + 0.25 - hard, 0.1, 0.97))
      ? episode.class
      : tempting(
          CLASSES.filter((c) => c !== episode.class),
          'class',
        ),
    action: rng.chance(clamp(ability + 0.15 - hard, 0.1, 0.95))
      ? episode.action
      : tempting(
          ACTIONS.filter((a) => !right.includes(a)),
          'action',
        ),
  };
}

function simulatedRanges(block: DeviceDataBlock, learner: SimulatedLearner): DeviceRange[] {
  const { rng, ability, key } = learner;
  const n = readingCount(block);
  const ranges: DeviceRange[] = [];
  const free = (from: number, to: number) => ranges.every((r) => r.to < from || to < r.from);
  for (const episode of [...block.episodes].sort((a, b) => a.from - b.from)) {
    if (!rng.chance(clamp(ability + 0.2 - difficulty(`${key}/${episode.id}/find`), 0.1, 0.95))) continue;
    // A stretch drawn a reading wider or narrower than the episode, when that still finds it.
    const loose = { from: clamp(episode.from + rng.int(-1, 1), 0, n - 1), to: clamp(episode.to + rng.int(-1, 1), 0, n - 1) };
    const stretch = loose.from <= loose.to && finds(loose, episode) && free(loose.from, loose.to) ? loose : episode;
    if (free(stretch.from, stretch.to)) ranges.push({ from: stretch.from, to: stretch.to, ...judged(episode, learner) });
  }
  if (rng.chance((1 - ability) * 0.6)) falseAlarm(block, ranges, rng, free);
  return ranges.sort((a, b) => a.from - b.from).slice(0, MAX_RANGES);
}

/** A stretch of one or two readings that holds no episode, judged as something to act on. */
function falseAlarm(block: DeviceDataBlock, ranges: DeviceRange[], rng: Random, free: (from: number, to: number) => boolean): void {
  const n = readingCount(block);
  const start = rng.int(0, n - 1);
  for (let i = 0; i < n; i += 1) {
    const from = (start + i) % n;
    const to = Math.min(n - 1, from + rng.int(0, 1));
    if (free(from, to) && block.episodes.every((e) => e.to < from || to < e.from)) {
      ranges.push({ from, to, class: rng.pick(['real-alert', 'artefact'] as const), action: rng.pick(ACTIONS) });
      return;
    }
  }
}

export const deviceData = defineBlock({
  type: 'device-data',
  schema: deviceDataBlockSchema,
  label: { fr: 'Lecture de données d’un dispositif', nl: 'Gegevens van een toestel lezen', en: 'Device data review' },
  content: {
    texts: (block) => [
      block.title,
      block.patient,
      block.device.name,
      block.device.facts,
      block.explanation,
      ...block.series.map((s) => s.label),
      ...block.episodes.map((e) => e.feedback),
    ],
    // Reading the chart, judging each episode and reading its feedback: 2 minutes and 1 per episode.
    minutes: (block) => 2 + block.episodes.length,
    ids: (block) => [
      { list: 'series', entries: block.series.map((s, i) => ({ id: s.id, path: ['series', i, 'id'] })) },
      { list: 'episodes', entries: block.episodes.map((e, i) => ({ id: e.id, path: ['episodes', i, 'id'] })) },
    ],
    assets: () => [],
    faults: () => [],
  },
  visit: (_block, _lang, rng) => rng.between(30, 90) * 1000,
  answer: {
    schema: deviceDataAnswerSchema,
    fits: isValidDeviceDataAnswer,
    score: scoreDeviceData,
    counts: 'first',
    xapi: {
      interactionType: 'matching',
      extensions: {
        [ACTIONS_EXTENSION]: arr(obj({ episode: episodeId, critical: bool, found: bool, right: bool }, { action: known(ACTIONS, 'an action') }), { max: MAX_EPISODES }),
        [RANGES_EXTENSION]: arr(obj({ from: reading, to: reading, class: known(CLASSES, 'a class'), action: known(ACTIONS, 'an action') }, { episode: episodeId }), {
          max: MAX_RANGES,
        }),
      },
      // Episodes matched to classes, as xAPI's "matching"; the actions, and in find mode the stretches she selected, as extensions.
      statements: (block, answer, outcome, record) => {
        const ranges = answer.ranges ?? [];
        const foundBy = new Map(outcome.parts.flatMap((p) => (p.range === undefined ? [] : [[p.range, p.id] as const])));
        const actions: RecordedAction[] = outcome.parts.map((p) => ({
          episode: p.id,
          critical: p.critical,
          found: p.found,
          ...(p.action ? { action: p.action } : {}),
          right: p.actionRight,
        }));
        return [
          record.answered({
            name: block.title,
            interactionType: 'matching',
            correctResponsesPattern: [pairs(block.episodes.map((e) => [e.id, e.class]))],
            source: components(block.episodes.map((e) => ({ id: e.id, text: episodeLabel(block, e) }))),
            target: components(CLASSES.map((c) => ({ id: c, text: CLASS_LABELS[c] }))),
            response: pairs(outcome.parts.flatMap((p) => (p.class ? [[p.id, p.class] as const] : []))),
            extensions: {
              [ACTIONS_EXTENSION]: actions,
              ...(block.mode === 'find'
                ? {
                    [RANGES_EXTENSION]: ranges.map((r, i): RecordedRange => ({
                      from: r.from,
                      to: r.to,
                      class: r.class,
                      action: r.action,
                      ...(foundBy.has(i) ? { episode: foundBy.get(i)! } : {}),
                    })),
                  }
                : {}),
            },
          }),
        ];
      },
    },
    report: {
      labels: (block) => ({
        label: block.title,
        parts: {
          ...CLASS_LABELS,
          ...ACTION_LABELS,
          ...MARKER_LABELS,
          ...Object.fromEntries(block.episodes.map((e) => [e.id, episodeLabel(block, e)])),
        },
      }),
      // [episode, "missed-alert"] for each critical episode not caught; in a case without one,
      // [episode, "not-found"], [episode, the class she gave], [episode, the wrong action], ["false-alarm"].
      mistakes: mistakesOf,
      describe: (mistake, label) => mistake.map(label).join(' → '),
    },
    simulate: {
      answer: (block, learner): DeviceDataAnswer =>
        block.mode === 'classify' ? { judgements: Object.fromEntries(block.episodes.map((e) => [e.id, judged(e, learner)])) } : { ranges: simulatedRanges(block, learner) },
      answerMs: (block, { rng }) => rng.between(60, 120 + 45 * block.episodes.length + (block.mode === 'find' ? 90 : 0)) * 1000,
      feedbackMs: (rng) => rng.between(30, 120) * 1000,
    },
  },
  state: {
    // Her work in progress: what she said of each episode, the stretches she selected, and whether she reads the chart or the table.
    schema: z
      .object({
        view: z.enum(['chart', 'table']),
        judgements: z.record(z.string(), z.object({ class: z.enum(CLASSES).optional(), action: z.enum(ACTIONS).optional() }).strict()),
        ranges: z
          .array(z.object({ from: z.number().int().min(0), to: z.number().int().min(0), class: z.enum(CLASSES).optional(), action: z.enum(ACTIONS).optional() }).strict())
          .max(MAX_RANGES),
      })
      .strict(),
    initial: () => ({ view: 'chart' as const, judgements: {}, ranges: [] }),
  },
});
