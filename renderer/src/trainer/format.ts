import type { TFunction } from 'i18next';
import type { Standing } from '../../../core/attempts';
import { learnerLabel, type CsvLabels } from '../../../core/cohort/csv';
import type { Language } from '../../../core/i18n';
import { mixesScripts } from '../../../core/names';
import { formatDate, numberFormat } from '../i18n';

/**
 * How the trainer area writes names, times and dates. A learner's name comes from a file
 * someone handed the trainer: it is only ever rendered as text, cleaned of what could disguise
 * it (core/names.ts), and flagged when it mixes alphabets.
 */

/** Her chosen name, or "Learner 1a2b3c4d" (the start of her pseudonymous account) when she shared none. */
export function learnerName(learner: { account: string; displayName?: string }, t: TFunction): string {
  return learnerLabel(learner, (id) => t('cohort:csv.anonymous', { id }));
}

/** Whether her name mixes Latin, Greek or Cyrillic letters ("Nаdia" with a Cyrillic "а"): shown next to it, to be checked. */
export function nameMixesScripts(learner: { displayName?: string }): boolean {
  return learner.displayName !== undefined && mixesScripts(learner.displayName);
}

// A time, to the minute: shared with the learner's certificate, so it lives with the app's formats.
export { formatMinutes } from '../i18n';

/** A length of time, rounded up to the second under a minute, else to the minute, in words: "30 secondes", "15 minuten". */
export function formatWait(ms: number, lang: Language): string {
  const seconds = Math.ceil(ms / 1000);
  const [unit, n] = seconds < 60 ? (['second', seconds] as const) : (['minute', Math.ceil(seconds / 60)] as const);
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
}

/** A moment of today on this computer's clock, on the 24-hour clock Belgium uses, in English too: "14:32". */
export function formatClock(epochMs: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);
}

/** The calendar day of a UTC timestamp, written out ("20 novembre 2026"). */
export function formatDay(iso: string, lang: Language): string {
  return formatDate(iso.slice(0, 10), lang);
}

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where a learner stands in a module, in words: the status words, and passed or not yet passed. */
export function standingWords(t: TFunction): Record<Standing, string> {
  return {
    'not-started': t('cohort:status.not-started'),
    'in-progress': t('cohort:status.in-progress'),
    'not-yet-passed': t('cohort:result.not-yet-passed'),
    passed: t('cohort:result.passed'),
  };
}

export function csvLabels(t: TFunction): CsvLabels {
  return {
    learner: t('cohort:csv.learner'),
    profession: t('cohort:csv.profession'),
    lastActivity: t('cohort:csv.lastActivity'),
    status: t('cohort:csv.status'),
    result: t('cohort:csv.result'),
    score: t('cohort:csv.score'),
    passingScore: t('cohort:csv.passingScore'),
    timeMinutes: t('cohort:csv.timeMinutes'),
    completedOn: t('cohort:csv.completedOn'),
    professionName: (profession) => t(`common:profiles.professions.${profession}`),
    statusName: (status) => t(`cohort:status.${status}`),
    resultName: (result) => t(`cohort:result.${result}`),
    anonymous: (id) => t('cohort:csv.anonymous', { id }),
  };
}

const SAVE_NAME_MAX = 120;

/**
 * The suggested name of the CSV (or of the record's PDF): the cohort, the profession shown (if
 * filtered) and the day.
 * Characters no file system accepts, control characters and bidirectional controls (which can
 * disguise an extension) become "-"; the cohort's part is shortened to fit the platform's cap.
 */
export function csvFileName(cohortName: string, profession: string | null, day: string, extension: 'csv' | 'pdf' = 'csv'): string {
  const suffix = `${profession ? ` - ${clean(profession)}` : ''} - ${day}.${extension}`;
  // Cut in UTF-16 units (the cap's unit), never between the two halves of a character.
  const base = clean(cohortName)
    .slice(0, SAVE_NAME_MAX - suffix.length)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trim();
  return `${base || 'cohort'}${suffix}`;
}

// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

function clean(text: string): string {
  return text
    .replace(NOT_IN_FILE_NAMES, '-')
    .replace(/^[\s.-]+/, '')
    .trim();
}
