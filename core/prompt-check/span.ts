import type { PersonalDataType, PersonRole } from './types';

/** A detector's hit before it gets its message: the identifier's offsets in the checked text (end exclusive). */
export interface Span {
  type: PersonalDataType;
  start: number;
  end: number;
  /** Whose name it is (names only). */
  role?: PersonRole;
}

/**
 * Calls `visit` for every match of a global (`g`) regex, left to right, in one pass. Patterns are
 * module constants, so `lastIndex` is reset first: a previous call never leaks into this one.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    visit(match);
    // No pattern here can match the empty string, but a guard keeps a future one from looping forever.
    if (match[0] === '') pattern.lastIndex += 1;
  }
}
