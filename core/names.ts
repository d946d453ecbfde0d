/**
 * Names that people and files give themselves, made safe to show. A learner's name reaches a
 * trainer from a file anyone can write; a file's name reaches her terminal from a folder anyone
 * can fill. Both are shown as text, never as markup; these functions take care of what text
 * alone can still fake: a right-to-left override turns "txt.exe" around, zero-width characters
 * make two names that look alike differ, a line separator fakes a second row, and a lone
 * surrogate (half a character) is shown differently by every program that meets it.
 *
 * One function, cleanName, used by the export, the import, the profile form, the dashboard, the
 * training record, the CSV and the CLI's messages, so that a name reads the same everywhere.
 */

/** Half of a UTF-16 surrogate pair without its other half (with the u flag, a whole pair is one character and does not match). */
const LONE_SURROGATE = '[\\uD800-\\uDFFF]';
const LONE = new RegExp(LONE_SURROGATE, 'u');
const INVISIBLE = new RegExp(`[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]|${LONE_SURROGATE}`, 'gu');
/** Control characters and line or paragraph separators: each becomes a space. */
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
/**
 * Format characters: bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 * U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen and the
 * like. They are removed. (A zero-width joiner inside an emoji or a Persian name goes too: the
 * name stays readable, and the trainer sees what is really there.)
 */
const FORMAT = /\p{Cf}+/gu;

/** Whether the text holds half a character (which only a hand-made file can hold). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE.test(text);
}

/**
 * The name as CareLit shows it: format characters removed, breaks made spaces, spaces
 * collapsed, in Unicode's composed form (NFC: "é" is one character, however it was typed).
 * Null when the name holds a lone surrogate: it is refused, not guessed at.
 */
export function cleanName(name: string): string | null {
  if (hasLoneSurrogate(name)) return null;
  return name.replace(FORMAT, '').replace(BREAKS, ' ').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a name mixes Latin, Greek and Cyrillic letters: "Nаdia" with a Cyrillic "а" looks
 * like "Nadia" and is another name. Names written in one of these scripts, or in any other
 * script (Arabic, Chinese…), are not flagged.
 */
export function mixesScripts(name: string): boolean {
  const latin = /\p{Script=Latin}/u.test(name);
  const greek = /\p{Script=Greek}/u.test(name);
  const cyrillic = /\p{Script=Cyrillic}/u.test(name);
  return Number(latin) + Number(greek) + Number(cyrillic) > 1;
}

/**
 * Text from outside (a file's name, a value quoted from a file) for a terminal: every
 * character that is not shown as itself — controls, format characters, line separators, lone
 * surrogates — written as \uXXXX, so that the text stays on one line, cannot send escape
 * sequences, cannot turn itself around, and still names the file she has.
 */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
