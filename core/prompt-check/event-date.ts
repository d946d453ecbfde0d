import { MONTHS } from './birthdate';
import type { Span } from './span';
import { tokenize, type Token } from './tokens';

/** Event words, folded (lower case, no accents), each a whole word: checked word by word, so the scan stays fast. */
const EVENT_WORD = new RegExp(
  `^(?:[dl]'|qu')?(?:${[
    // fr
    'operee?s?',
    'operation',
    'intervention',
    'chirurgie',
    'hospitalisee?s?',
    'hospitalisation',
    'admise?s?',
    'admission',
    'sejour',
    'sortie?',
    'accouchee?',
    'accouchement',
    'cesarienne',
    'prothese',
    'greffe',
    // nl
    'geopereerd',
    'operatie',
    'ingreep',
    'opgenomen',
    'opname',
    'verblijf',
    'ontslag',
    'ontslagen',
    'bevallen',
    'bevalling',
    'keizersnede',
    '.*prothese',
    'transplantatie',
    'geplaatst',
    // en
    'operated',
    'surgery',
    'procedure',
    'admitted',
    'hospitali[sz]ed',
    'stay',
    'discharged',
    'delivered',
    'delivery',
    'caesarean',
    'replacement',
    'transplant',
    'implanted',
    // procedures, in every language: cholécystectomie, cholecystectomy, arthroscopie, knieplastiek…
    '.+(?:ectomie|ectomy|otomie|otomy|plastie|plasty|plastiek|scopie|scopy|stomie|stomy)',
  ].join('|')})$`,
);

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
/** 26/11/2026, 14/10, 28.09, 2026-11-26, 3 décembre 2026, December 3, 2026. */
const DATE = [
  `${DAY}[./-]${MONTH}(?:[./-](?:\\d{4}|\\d\\d))?(?![\\p{N}]|[./-]\\d)`,
  '(?:19|20)\\d\\d-\\d\\d-\\d\\d',
  `${DAY}(?:er|e|ste|de|st|nd|rd|th)?\\.?[ \\t]{1,3}(?:${MONTHS})\\.?(?:[ \\t]{1,3}\\d{4})?(?![\\p{L}])`,
  `(?:${MONTHS})\\.?[ \\t]{1,3}${DAY}(?:st|nd|rd|th)?(?:,?[ \\t]{1,3}\\d{4})?(?![\\p{N}])`,
].join('|');
/** "du 2 au 9 avril", "12–16 May": the first day of a range, when a whole date ends it. */
const RANGE = `(${DAY}|${DATE})[ \\t]*(?:au|à|tot|to|until|till|–|—|-)[ \\t]*(${DATE})`;
/** Up to six words between the event word and the date, on the same line and in the same sentence: no digit among them. */
const GAP = "(?:[ \\t,:(]+[\\p{L}'’-]+){0,6}?[ \\t,:(]+";

/** From the end of an event word: the gap, then a date or a range; sticky, so it is tried right there only. */
const AFTER_EVENT = new RegExp(`${GAP}(?:${RANGE}|(${DATE}))`, 'iuy');

/**
 * The date of an event that identifies a patient: a surgery or another procedure, an admission,
 * a stay, a discharge, a birth given. With the ward and the procedure, "opérée le 26/11/2026" is
 * enough to find her, so it is personal data like a date of birth (the tool needs "ten days
 * ago", not the date). A date counts when an event word comes before it on the same line, a
 * few words away at most ("Prothèse totale du genou gauche le 26/11/2026", "opgenomen 12/10",
 * "stay from 03/11 to 10/11/2026"); each date of a range is one span. A date with no event
 * word before it (an appointment, a deadline) is left alone, as in birthdate.ts.
 */
export function findEventDates(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (!EVENT_WORD.test(token.folded)) continue;
    AFTER_EVENT.lastIndex = token.end;
    const m = AFTER_EVENT.exec(text);
    if (m === null) continue;
    const end = token.end + m[0].length;
    const [, first, last, single] = m;
    if (single !== undefined) {
      spans.push({ type: 'event-date', start: end - single.length, end });
      continue;
    }
    const lastStart = end - last!.length;
    const firstStart = text.lastIndexOf(first!, lastStart - 1);
    spans.push({ type: 'event-date', start: firstStart, end: firstStart + first!.length }, { type: 'event-date', start: lastStart, end });
  }
  return spans;
}
