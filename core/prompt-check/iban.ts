import { eachMatch, type Span } from './span';

/**
 * An IBAN: country code, two check digits, then groups of four, with or without single spaces.
 * The pattern may take an upper-case word after the number as one more group ("… 7034 NISS"),
 * so candidates are shortened group by group until the ISO 13616 check passes. Case does not
 * matter ("be68 5390 0754 7034" is typed too): the check reads the number in capitals.
 */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d\d(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;
const GROUP = / ?[A-Z0-9]{1,4}/gi;
/** Belgian IBANs are always BE + 2 check digits + 12 digits. */
const BELGIAN = /^BE\d{14}$/;

/** ISO 13616: move the first four characters to the end, letters become 10–35, the number mod 97 must be 1. */
export function isValidIban(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  if (compact.startsWith('BE') && !BELGIAN.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const code = c.charCodeAt(0);
    const value = code <= 57 ? code - 48 : code - 55;
    rest = value < 10 ? (rest * 10 + value) % 97 : (rest * 100 + value) % 97;
  }
  return rest === 1;
}

export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(IBAN, text, (m) => {
    const head = m[0].slice(0, 4);
    const groups = m[0].slice(4).match(GROUP) ?? [];
    for (let n = groups.length; n >= 2; n--) {
      const body = groups.slice(0, n).join('');
      if (isValidIban((head + body.replace(/ /g, '')).toUpperCase())) {
        spans.push({ type: 'iban', start: m.index, end: m.index + 4 + body.length });
        return;
      }
    }
  });
  return spans;
}
