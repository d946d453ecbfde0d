import type { Language } from '../../../core/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A delay in the unit a person would say it in: "in 10 minutes", "in 3 days", "in 2 months". */
export function delayInWords(ms: number): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const delay = Math.max(ms, 0);
  if (delay < HOUR) return { value: Math.max(1, Math.round(delay / MINUTE)), unit: 'minute' };
  if (delay < DAY) return { value: Math.round(delay / HOUR), unit: 'hour' };
  const days = Math.round(delay / DAY);
  if (days < 31) return { value: days, unit: 'day' };
  if (days < 365) return { value: Math.round(days / 30.44), unit: 'month' };
  return { value: Math.round(days / 365.25), unit: 'year' };
}

/** "in 3 days", "dans 3 jours", "over 3 dagen": the language's own wording, from Intl. */
export function formatDelay(ms: number, language: Language): string {
  const { value, unit } = delayInWords(ms);
  return new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(value, unit);
}
