/**
 * Words with their offsets, for the detectors that read text word by word (names, addresses).
 * A word is a run of letters and digits, with inner hyphens and apostrophes kept (`Jean-Pierre`,
 * `D'Hondt`, `s'appelle`); punctuation and spaces stay between words, where `isSpaceGap` and `isGapWith` look at them.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** `fold(text)`, computed once: the detectors compare it with their word lists many times. */
  folded: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}/gu;
/** Any character beyond ASCII (code points above U+007F). */
const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * `folded` is `fold(text)`, passed in when the caller has it already. When folding kept every
 * character in place (it does unless the text mixes combining marks or Hangul), each token's
 * folded form is a slice of it, which is much cheaper than folding word by word.
 */
export function tokenize(text: string, folded: string = fold(text)): Token[] {
  const aligned = folded.length === text.length;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    tokens.push({ text: m[0], start: m.index, end, folded: aligned ? folded.slice(m.index, end) : fold(m[0]) });
  }
  return tokens;
}

/** Lower case without accents, with a straight apostrophe: `Patiënt` → `patient`, `s’appelle` → `s'appelle`. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/’/g, "'");
}

/** True when text[from, to) is only spaces or tabs (no line break, no punctuation): `min` to three of them. */
export function isSpaceGap(text: string, from: number, to: number, min = 1): boolean {
  if (to - from < min || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** True when text[from, to) is a short run of spaces with at most one of the characters in `allowed` (e.g. ":" or ","). */
export function isGapWith(text: string, from: number, to: number, allowed: string): boolean {
  if (to - from < 1 || to - from > 4) return false;
  let punctuation = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    if (!allowed.includes(c) || ++punctuation > 1) return false;
  }
  return true;
}

const UPPER = /^\p{Lu}/u;
export function isCapitalised(word: string): boolean {
  return UPPER.test(word);
}
