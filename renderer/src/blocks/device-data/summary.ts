import type { TFunction } from 'i18next';
import type { DeviceDataBlock, DeviceSeries } from '../../../../core/blocks/device-data/schema';
import { DAY_MINUTES } from '../../../../core/blocks/device-data/time';
import type { Language } from '../../../../core/i18n';
import { crossing, stretchOf, timeText, valueText } from './format';

/** How often a series is read, in words: "daily", "every 12 hours", "every 15 minutes". */
function everyWords(t: TFunction, interval: number): string {
  if (interval >= DAY_MINUTES) return t('every.day');
  return interval % 60 === 0 ? t('every.hours', { count: interval / 60 }) : t('every.minutes', { count: interval });
}

/** One series in sentences: how often, from when to when, its lowest and highest readings, the gaps, the thresholds crossed. */
export function seriesSummary(t: TFunction, block: DeviceDataBlock, series: DeviceSeries, language: Language): string {
  const n = series.values.length;
  let lowest = -1;
  let highest = -1;
  let missing = 0;
  const crossed = { high: 0, low: 0 };
  series.values.forEach((v, i) => {
    if (v === null) {
      missing += 1;
      return;
    }
    if (lowest < 0 || v < series.values[lowest]!) lowest = i;
    if (highest < 0 || v > series.values[highest]!) highest = i;
    const side = crossing(series, v);
    if (side) crossed[side] += 1;
  });
  const at = (i: number) => timeText(block, i, language);
  const sentences = [
    t('summary.series', {
      series: series.label[language],
      every: everyWords(t, series.interval),
      from: at(0),
      to: at(n - 1),
      min: valueText(series.values[lowest]!, series, language),
      minAt: at(lowest),
      max: valueText(series.values[highest]!, series, language),
      maxAt: at(highest),
    }),
  ];
  if (missing > 0) sentences.push(t('summary.missing', { count: missing }));
  for (const side of ['high', 'low'] as const) {
    const threshold = series[side];
    if (threshold !== undefined) sentences.push(t(`summary.${side}`, { threshold: valueText(threshold, series, language), count: crossed[side] }));
  }
  return sentences.join(' ');
}

/** The marked episodes in one sentence (classify mode), or that finding them is her task. */
export function episodesSummary(t: TFunction, block: DeviceDataBlock, language: Language): string {
  if (block.mode === 'find') return t('summary.find');
  const list = block.episodes.map((e, i) => `${i + 1}. ${block.series.find((s) => s.id === e.series)?.label[language]}, ${stretchOf(block, e.from, e.to, language)}`);
  return t('summary.episodes', { count: block.episodes.length, list: list.join('; ') });
}
