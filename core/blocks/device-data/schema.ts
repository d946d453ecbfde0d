import { z } from 'zod';
import { idSchema, localizedSchema, professionSchema } from '../../content/fields';
import { ACTIONS, CLASSES, MDR_CLASSES, MHEALTH_LEVELS, MODES, RESERVED_EPISODE_IDS } from './terms';
import { DAY_MINUTES, START_PATTERN, wallClock } from './time';
import { UNIT_IDS, UNITS, type UnitId } from './units';

/** Readings per series where she classifies what the author marked: a week to two months of daily readings, a night at 15 minutes. */
export const CLASSIFY_READINGS = { min: 7, max: 60 } as const;
/** Where she finds the episodes herself: up to 14 days of a glucose sensor read every 5 minutes. */
export const FIND_READINGS = { min: 7, max: 4032 } as const;
export const MAX_SERIES = 3;
export const MAX_EPISODES = 5;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of: ${values.join(', ')}` });
const index = z.number({ error: 'expected the index of a reading (0 is the first)' }).int('expected a whole number').min(0, 'readings are counted from 0');

export const deviceSchema = z
  .object({
    name: localizedSchema,
    /** What it is, its CE marking and MDR class, its mHealthBelgium level, who reads its data when (Markdown). */
    facts: localizedSchema,
    mdrClass: enumOf(MDR_CLASSES),
    mhealthLevel: enumOf(MHEALTH_LEVELS),
  })
  .strict();

export const seriesSchema = z
  .object({
    id: idSchema,
    label: localizedSchema,
    unit: enumOf(UNIT_IDS as unknown as readonly [UnitId, ...UnitId[]]),
    /** Minutes between two readings: 1440 once a day, 720 twice, 15, 5… */
    interval: z
      .number({ error: 'expected minutes between readings' })
      .int('expected whole minutes')
      .positive('expected minutes between readings')
      .refine((m) => m <= DAY_MINUTES && DAY_MINUTES % m === 0, 'readings are taken a whole number of times a day: 1440 (daily), 720, 360, 60, 15, 5…'),
    /** One per reading; null where there is none. */
    values: z.array(z.number().nullable(), { error: 'expected a list of readings (numbers, or null for a missing one)' }).min(1, 'a series needs readings'),
    /** Agreed alert thresholds, drawn as lines. */
    low: z.number().optional(),
    high: z.number().optional(),
  })
  .strict();

export const episodeSchema = z
  .object({
    id: idSchema.refine((id) => !RESERVED_EPISODE_IDS.includes(id), { error: (issue) => `"${String(issue.input)}" names a class or an action: choose another episode id` }),
    series: idSchema,
    /** First reading of the episode (index from 0). */
    from: index,
    /** Last reading of the episode (inclusive). */
    to: index,
    class: enumOf(CLASSES),
    action: enumOf(ACTIONS),
    /** Other actions also right here. */
    acceptable: z.array(enumOf(ACTIONS)).optional(),
    /** Must be classified a real alert and acted on for the case to pass. */
    critical: z.boolean().optional(),
    /** What the pattern means and why that action (Markdown). */
    feedback: localizedSchema,
  })
  .strict();

/** Review a connected device's readings: classify the episodes the author marked (or find them first), and choose what to do. */
const deviceDataObject = z
  .object({
    id: idSchema,
    type: z.literal('device-data'),
    profession: professionSchema,
    mode: enumOf(MODES),
    title: localizedSchema,
    /** Diagnosis, usual values, treatment, the agreed protocol (Markdown). */
    patient: localizedSchema,
    device: deviceSchema,
    /** Brussels wall-clock time of the first reading, without a zone. */
    start: z
      .string({ error: 'expected the date and time of the first reading, as 2026-03-02T07:00' })
      .regex(START_PATTERN, 'expected the date and time of the first reading, as 2026-03-02T07:00'),
    series: z.array(seriesSchema).min(1, 'a device-data block shows at least one series').max(MAX_SERIES, `at most ${MAX_SERIES} series share a chart`),
    episodes: z.array(episodeSchema).min(1, 'mark at least one episode').max(MAX_EPISODES, `at most ${MAX_EPISODES} episodes per case`),
    /** The case's overall lesson (Markdown). */
    explanation: localizedSchema,
  })
  .strict();
export type DeviceDataBlock = z.infer<typeof deviceDataObject>;

export const deviceDataBlockSchema = deviceDataObject.superRefine((block, ctx) => {
  for (const fault of deviceDataFaults(block)) ctx.addIssue({ code: 'custom', path: [...fault.path], message: fault.message });
});
export type DeviceSeries = DeviceDataBlock['series'][number];
export type DeviceEpisode = DeviceDataBlock['episodes'][number];

type Fault = { path: (string | number)[]; message: string };

/** What the shape alone cannot say: the readings, the axis they share, and episodes that fit them. */
export function deviceDataFaults(block: Omit<DeviceDataBlock, 'id' | 'type'>): Fault[] {
  return [...deviceFaults(block), ...seriesFaults(block), ...episodeFaults(block)];
}

function deviceFaults(block: Pick<DeviceDataBlock, 'device' | 'start'>): Fault[] {
  const faults: Fault[] = [];
  if (wallClock(block.start) === null) faults.push({ path: ['start'], message: `"${block.start}" is not a real date and time` });
  if (block.device.mdrClass === 'none' && block.device.mhealthLevel !== 'none') {
    faults.push({
      path: ['device', 'mhealthLevel'],
      message: 'an app on the mHealthBelgium pyramid (M1–M3) is CE-marked as a medical device: give its mdrClass, or mhealthLevel none',
    });
  }
  return faults;
}

function seriesFaults(block: Pick<DeviceDataBlock, 'series' | 'mode'>): Fault[] {
  const faults: Fault[] = [];
  const [first] = block.series;
  const counts = block.mode === 'find' ? FIND_READINGS : CLASSIFY_READINGS;
  block.series.forEach((s, i) => {
    const unit = UNITS[s.unit];
    if (s.values.length < counts.min || s.values.length > counts.max) {
      faults.push({ path: ['series', i, 'values'], message: `a ${block.mode} case has ${counts.min}–${counts.max} readings per series (found ${s.values.length})` });
    }
    if (first && i > 0 && s.values.length !== first.values.length) {
      faults.push({ path: ['series', i, 'values'], message: `series share one time axis: "${s.id}" has ${s.values.length} readings, "${first.id}" ${first.values.length}` });
    }
    if (first && i > 0 && s.interval !== first.interval) {
      faults.push({ path: ['series', i, 'interval'], message: `series share one time axis: "${s.id}" is read every ${s.interval} minutes, "${first.id}" every ${first.interval}` });
    }
    s.values.forEach((v, j) => {
      if (v === null) return;
      if (v < unit.min || v > unit.max)
        faults.push({ path: ['series', i, 'values', j], message: `reading ${j} (${v} ${s.unit}) is not a value a device shows: expected ${unit.min}–${unit.max} ${s.unit}` });
      else if ('integer' in unit && !Number.isInteger(v))
        faults.push({ path: ['series', i, 'values', j], message: `reading ${j} (${v}) counts ${s.unit}: expected a whole number` });
    });
    if (s.values.every((v) => v === null)) faults.push({ path: ['series', i, 'values'], message: `series "${s.id}" has no reading at all` });
    if (s.low !== undefined && s.high !== undefined && s.low >= s.high)
      faults.push({ path: ['series', i, 'low'], message: `the low threshold (${s.low}) must be below the high one (${s.high})` });
  });
  return faults;
}

function episodeFaults(block: Pick<DeviceDataBlock, 'series' | 'episodes' | 'mode'>): Fault[] {
  const faults: Fault[] = [];
  const series = new Map(block.series.map((s) => [s.id, s]));
  const placed: { episode: (typeof block.episodes)[number]; k: number }[] = [];
  block.episodes.forEach((e, k) => {
    const s = series.get(e.series);
    if (!s) {
      faults.push({ path: ['episodes', k, 'series'], message: `episode "${e.id}" is on no series: "${e.series}" is not one of ${[...series.keys()].join(', ')}` });
      return;
    }
    if (e.from > e.to) {
      faults.push({ path: ['episodes', k, 'to'], message: `episode "${e.id}" ends (reading ${e.to}) before it starts (reading ${e.from})` });
      return;
    }
    if (e.to >= s.values.length) {
      faults.push({ path: ['episodes', k, 'to'], message: `episode "${e.id}" ends at reading ${e.to}, but "${s.id}" has readings 0–${s.values.length - 1}` });
      return;
    }
    if (s.values.slice(e.from, e.to + 1).every((v) => v === null))
      faults.push({ path: ['episodes', k, 'from'], message: `episode "${e.id}" holds no reading: readings ${e.from}–${e.to} of "${s.id}" are all null` });
    if (e.critical && (e.class !== 'real-alert' || e.action === 'none' || e.action === 'reassure')) {
      faults.push({
        path: ['episodes', k, 'critical'],
        message: 'a critical episode is a real alert that calls for action: class real-alert, and an action beyond none or reassure',
      });
    }
    e.acceptable?.forEach((a, n) => {
      if (a === e.action || e.acceptable!.indexOf(a) !== n) faults.push({ path: ['episodes', k, 'acceptable', n], message: `"${a}" is already given as a right action` });
    });
    // In find mode she selects stretches of time across every series, so no two episodes may share one.
    const clash = placed.find(({ episode: o }) => (block.mode === 'find' || o.series === e.series) && o.from <= e.to && e.from <= o.to);
    if (clash) {
      const where = block.mode === 'find' ? 'in a find case, episodes never share a reading time, even on different series' : `episodes of one series do not overlap`;
      faults.push({ path: ['episodes', k, 'from'], message: `episode "${e.id}" overlaps "${clash.episode.id}": ${where}` });
    }
    placed.push({ episode: e, k });
  });
  return faults;
}
