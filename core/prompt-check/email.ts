import { eachMatch, type Span } from './span';

/**
 * An e-mail address. The look-behind lets a match start only where a word starts, so a long
 * word without "@" is read once, not once per letter.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(EMAIL, text, (m) => spans.push({ type: 'email', start: m.index, end: m.index + m[0].length }));
  return spans;
}
