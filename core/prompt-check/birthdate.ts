import { eachMatch, type Span } from './span';

/**
 * A date of birth: a date right after a birth cue. The same date without a cue (an appointment,
 * an admission) is not personal data on its own, so it is never flagged. The span is the date.
 */
export const MONTHS = [
  // fr
  'janvier',
  'f[ée]vrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'ao[ûu]t',
  'septembre',
  'octobre',
  'novembre',
  'd[ée]cembre',
  'janv',
  'f[ée]vr',
  'f[ée]v',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'd[ée]c',
  // nl
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'jan',
  'feb',
  'mrt',
  'aug',
  'okt',
  // en
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'mar',
  'apr',
  'jun',
  'jul',
  'sep',
  'dec',
].join('|');

const NUMERIC = String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)|(?:19|20)\d\d-\d\d-\d\d`;
/** Between day, month and year: spaces, or one dash or slash ("09-Nov-1967", "9/nov./1967"). */
const SEP = String.raw`(?:[ \t]{1,3}|[-/])`;
const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:er|e|ste|de|st|nd|rd|th)?\.?${SEP}(?:${MONTHS})\.?${SEP}\d{4}`;
const MONTH_DAY_YEAR = String.raw`(?:${MONTHS})\.?[ \t]{1,3}\d{1,2}(?:st|nd|rd|th)?,?[ \t]{1,3}\d{4}`;
/** Month and year only, after a birth cue: "né en nov. 1967", "geboren maart 1948". */
const MONTH_YEAR = String.raw`(?:${MONTHS})\.?[ \t]{1,3}\d{4}`;

const CUES = [
  'n[ée](?:e|\\(e\\))? (?:le|en)',
  'date de naissance',
  'ddn',
  'n[ée](?:e|\\(e\\))? (?:à|a) [\\p{L}-]+ le',
  'geboren op',
  'geboren in',
  'geboren',
  'geboortedatum',
  'geb\\.?datum',
  'geb\\. datum',
  'geb\\.',
  'date of birth',
  'born on',
  'born',
  'dob',
  'd\\.o\\.b\\.',
  'b\\.',
].map((cue) => cue.replace(/ /g, '[ \\t]{1,3}'));

const BIRTHDATE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${CUES.join('|')})|(?<![\p{L}\p{N}])°)[ \t]{0,3}:?[ \t]{0,3}(?:(?:le|op|on|the)[ \t]{1,3})?(${NUMERIC}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${MONTH_YEAR})(?![\p{N}])`,
  'giu',
);

/**
 * A full date right after a person's name, with at most a separator between them, as result
 * headers and lists write the birth date: "LEROY, Thomas — 1987-03-11", "Peeters Jan (12/03/1948)".
 * Not when a time follows (an appointment: "Jan Peeters, 12/03/2026 à 14h"), and not in the last
 * two years, which are the dates of visits and admissions far more often than of births.
 */
const AFTER_NAME = new RegExp(
  String.raw`[ \t]{0,3}(?:[,(|–—-][ \t]{0,3})?((?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)(?![\p{N}])(?![ \t]*(?:(?:[àa]|om|at|vers|rond)(?![\p{L}])|,?[ \t]*\d{1,2}[:hu]))`,
  'iuy',
);
const RECENT_YEARS = 2;
const LAST_BIRTH_YEAR = new Date().getFullYear() - RECENT_YEARS;
/** The year of a date AFTER_NAME matched: the only run of four digits in it. */
const YEAR_OF = /\d{4}/;

export function findBirthdatesAfterNames(text: string, names: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const name of names) {
    AFTER_NAME.lastIndex = name.end;
    const m = AFTER_NAME.exec(text);
    if (m === null || Number(YEAR_OF.exec(m[1]!)![0]) > LAST_BIRTH_YEAR) continue;
    const end = name.end + m[0].length;
    spans.push({ type: 'birthdate', start: end - m[1]!.length, end });
  }
  return spans;
}

export function findBirthdates(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(BIRTHDATE, text, (m) => {
    const end = m.index + m[0].length;
    spans.push({ type: 'birthdate', start: end - m[1]!.length, end });
  });
  return spans;
}
