import type { TFunction } from 'i18next';
import type { DeviceDataBlock } from '../../../../core/blocks/device-data/schema';
import type { Language } from '../../../../core/i18n';
import { crossing, timeText, valueText } from './format';
import { marksAt, type ChartMark } from './marks';

/** A mark in words: "episode 2", "your stretch A". */
export function markWords(t: TFunction, mark: ChartMark): string {
  return t(`mark.${mark.kind}`, { label: mark.label });
}

/** One reading in words, as the cursor announces it and the table's cells say it: value, threshold crossed, the marks it is in. */
export function readingWords(t: TFunction, block: DeviceDataBlock, seriesIndex: number, index: number, marks: readonly ChartMark[], language: Language): string {
  const series = block.series[seriesIndex]!;
  const value = series.values[index];
  const parts: string[] = [];
  if (value === null || value === undefined) parts.push(t('reading.none'));
  else {
    parts.push(valueText(value, series, language));
    const side = crossing(series, value);
    if (side) parts.push(t(`reading.${side}`, { threshold: valueText(side === 'high' ? series.high! : series.low!, series, language) }));
  }
  const inside = marksAt(marks, index, series.id).map((m) => markWords(t, m));
  return [parts.join(', '), ...inside].join('; ');
}

/** What the chart's cursor says as it moves: when, which series, the reading. */
export function cursorWords(t: TFunction, block: DeviceDataBlock, seriesIndex: number, index: number, marks: readonly ChartMark[], language: Language): string {
  return t('cursor', {
    time: timeText(block, index, language),
    series: block.series[seriesIndex]!.label[language],
    reading: readingWords(t, block, seriesIndex, index, marks, language),
  });
}
