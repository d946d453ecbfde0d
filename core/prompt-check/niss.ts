import { eachMatch, type Span } from './span';

/**
 * Belgian national register number (NISS/INSZ): YYMMDD-SSS-CC, written with or without dots,
 * dashes or spaces between the groups. Only numbers whose check digits are right count, so a
 * random 11-digit figure is flagged about once in a hundred, not every time.
 */
const NISS = /(?<![\p{L}\p{N}])(?<!\d[.,/-])(\d\d)[. -]?(\d\d)[. -]?(\d\d)[. -]?(\d{3})[. -]?(\d\d)(?![\p{L}\p{N}])(?![.,/-]\d)/gu;

/**
 * CC = 97 − (first nine digits mod 97) for births before 2000, and 97 − (2 followed by the nine
 * digits, mod 97) from 2000. The text does not say the century, so either rule is accepted.
 */
export function isValidNiss(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  // Bis numbers add 20 or 40 to the month; 00 is used when the month or day is unknown.
  if (month % 20 > 12 || month > 52 || day > 31) return false;
  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return check === 97 - (first9 % 97) || check === 97 - ((2_000_000_000 + first9) % 97);
}

export function findNiss(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(NISS, text, (m) => {
    if (isValidNiss(m.slice(1, 6).join(''))) spans.push({ type: 'niss', start: m.index, end: m.index + m[0].length });
  });
  return spans;
}
