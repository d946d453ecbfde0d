import { axisOf } from '../../../../core/blocks/device-data/definition';
import type { DeviceDataBlock, DeviceSeries } from '../../../../core/blocks/device-data/schema';
import { readingFormat, readingTime, stretchText } from '../../../../core/blocks/device-data/time';
import { UNITS, withUnit } from '../../../../core/blocks/device-data/units';
import type { Language } from '../../../../core/i18n';
import { numberFormat } from '../../i18n';

/** A reading as the language writes it, with its unit: "80,4 kg", "85/min". */
export function valueText(value: number, series: Pick<DeviceSeries, 'unit'>, language: Language): string {
  return withUnit(numberFormat(language, { maximumFractionDigits: 1 }).format(value), series.unit, language);
}

/** When reading `index` was taken, with the day of the week: "Sat 21 Nov, 08:00". */
export function timeText(block: DeviceDataBlock, index: number, language: Language): string {
  const axis = axisOf(block);
  return readingFormat(axis, language, { weekday: true }).format(readingTime(axis, index));
}

export function stretchOf(block: DeviceDataBlock, from: number, to: number, language: Language): string {
  return stretchText(axisOf(block), from, to, language);
}

/** Letters for the stretches she selects: A, B, C… */
export const stretchLetter = (i: number) => String.fromCharCode(65 + i);

/** Where a reading stands against the agreed thresholds. */
export function crossing(series: DeviceSeries, value: number): 'high' | 'low' | null {
  if (series.high !== undefined && value > series.high) return 'high';
  if (series.low !== undefined && value < series.low) return 'low';
  return null;
}

/** "Weight (kg)"; a label that already says its scale ("Breathlessness (0–10)") keeps it alone. */
export function seriesTitle(series: DeviceSeries, language: Language): string {
  const label = series.label[language];
  const symbol = UNITS[series.unit].symbol[language];
  return label.includes(symbol.replace('/', '')) ? label : `${label} (${symbol})`;
}
