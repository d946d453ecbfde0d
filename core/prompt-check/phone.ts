import { eachMatch, type Span } from './span';

/**
 * Belgian phone numbers, national (0…) or international (+32…, 0032…), with spaces, dots,
 * slashes or dashes anywhere between digits, and "+32 (0)2…". The pattern only finds candidates;
 * `isBelgianNumber` decides. A candidate must start with 0 or the country code and hold 9 or 10
 * digits, so doses, dates (12/03/1948 has 8), lab values, times and ICD-10 codes never match.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?<!\d[.,/-])(?:(?:\+|00)32[ ./-]?(?:\(0\)[ ./-]?)?|0)(\d(?:[ ./-]?\d){7,8})(?![\p{N}])(?![.,/-]\d)/gu;
const SEPARATORS = /[ ./-]/g;

/**
 * `subscriber` is the number without its leading 0 or country code: 8 digits for a fixed line
 * (02 555 12 34, also 04 for Liège), 9 for a mobile (0470 12 34 56, mobiles are 045x–049x).
 */
export function isBelgianNumber(subscriber: string): boolean {
  if (subscriber.length === 8) return subscriber[0] !== '0';
  return subscriber.length === 9 && subscriber[0] === '4' && subscriber[1]! >= '5';
}

export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(PHONE, text, (m) => {
    if (isBelgianNumber(m[1]!.replace(SEPARATORS, ''))) spans.push({ type: 'phone', start: m.index, end: m.index + m[0].length });
  });
  return spans;
}
