import type { Language } from '../../i18n';

/**
 * A device-data block's time axis. Readings are dated in Brussels wall-clock time, as the
 * author wrote `start` (no zone): reading i is `start + i × interval` on that clock, so a scale
 * read every morning at 7:00 stays at 7:00 across a change to or from summer time. The times are
 * kept as numbers on a UTC clock and always formatted in UTC, so they read the same on every
 * computer, whatever its own time zone.
 */
export const START_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export const MINUTE_MS = 60_000;
export const DAY_MINUTES = 1440;

/** The start as a wall-clock time, or null when it is not a real date and time. */
export function wallClock(start: string): number | null {
  const m = START_PATTERN.exec(start);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const t = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(t);
  // 2026-02-30 rolls over to March: not a date an author meant.
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 ? t : null;
}

/** The axis of a block: when its first reading was taken and how many minutes lie between two. */
export interface Axis {
  start: string;
  interval: number;
}

/** When reading `index` was taken, on the wall clock. */
export function readingTime(axis: Axis, index: number): number {
  return (wallClock(axis.start) ?? 0) + index * axis.interval * MINUTE_MS;
}

/** Readings in a day: how far PageUp and PageDown move. */
export function readingsPerDay(axis: Axis): number {
  return Math.max(1, Math.round(DAY_MINUTES / axis.interval));
}

/** Belgian conventions for dates and times in each language: day before month, a 24-hour clock. */
export const DATE_LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and options (building one costs a tenth of a millisecond). */
export function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(DATE_LOCALES[language], { ...options, timeZone: 'UTC' })));
  return format;
}

/** Daily (or rarer) readings are named by their day; others by their day and time. */
export function readingFormat(axis: Axis, language: Language, { weekday = false } = {}): Intl.DateTimeFormat {
  const day: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', ...(weekday ? { weekday: 'short' } : {}) };
  return dateFormat(language, axis.interval >= DAY_MINUTES ? day : { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** "19–22 Nov", "13 Nov, 00:45 – 01:30": the stretch of time from one reading to another. */
export function stretchText(axis: Axis, from: number, to: number, language: Language): string {
  const format = readingFormat(axis, language);
  return from === to ? format.format(readingTime(axis, from)) : format.formatRange(readingTime(axis, from), readingTime(axis, to));
}
