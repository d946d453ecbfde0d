import * as words from './name-words';
import type { Token } from './tokens';

/** Read once (see names.ts). */
const { AGE_WORDS, NAME_WORDS, PERSON_LIST_WORDS } = words;

/**
 * What sits around a name when no cue word does: the line it starts (a list item, a time slot,
 * a room), and what follows it (an age, a birth, an identifier). The name detector asks these
 * questions of a run of capitalised words it has already read; each is one sticky regex or one
 * look at the few characters before the run, so asking costs nothing measurable.
 */

/** "- Nina Oberholzer, …", "2) LAMBERT Chloé –": token `i` is the first word of a list item. */
const LIST_ITEM = /(?:^|\n)[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+$/;
export function startsListItem(text: string, token: Token): boolean {
  return LIST_ITEM.test(text.slice(Math.max(0, token.start - 12), token.start));
}

/**
 * "09:00 Joana dos Santos – …", "- 10h30 Nadia Bensaid", "8u15: Wout Segers": a time opens the
 * line, as in a day's list of patients. The time must open its line (after a bullet at most),
 * so that "rendez-vous à 14h Jean Dupont" is left to the other rules.
 */
const TIME_SLOT = /(?:^|\n)[ \t]*(?:[-*•–—][ \t]*|\d{1,2}[.)][ \t]+)?\d{1,2}(?:[:.hHu]\d{2}|[hHu])(?:[ \t]*[-–—:|])?[ \t]+$/;
/** The same, anywhere in the text: each line that a time slot opens. */
const TIME_SLOT_LINE = /(?:^|\n)[ \t]*(?:[-*•–—][ \t]*|\d{1,2}[.)][ \t]+)?\d{1,2}(?:[:.hHu]\d{2}|[hHu])(?:[ \t]*[-–—:|])?[ \t]+\S/g;
export function timeSlotLines(text: string): number {
  return text.match(TIME_SLOT_LINE)?.length ?? 0;
}

export function afterTimeSlot(text: string, token: Token): boolean {
  return afterDigit(text, token.start) && TIME_SLOT.test(text.slice(Math.max(0, token.start - 24), token.start));
}

/**
 * "Room 608, Derek Halloran", "ch. 12 : Odile Ferrand", "kamer 5.12 – Gilbert Wuyts", "bed 3 Jan
 * Peeters": a room or a bed, its number, and maybe a separator right before the name.
 */
const ROOM = /(?<![\p{L}])(?:room|rm|chambre|chbre|ch|kamer|k|lit|bed|bay|box)\.?[ \t]{0,2}\d{1,4}(?:[./-]\d{1,3})?[a-zA-Z]?[ \t]{0,2}(?:[,:–—|-][ \t]{0,2})?$/iu;
export function afterRoom(text: string, token: Token): boolean {
  return afterDigit(text, token.start) && ROOM.test(text.slice(Math.max(0, token.start - 24), token.start));
}

/**
 * Whether a digit comes before `at`, past spaces and one separator: the cheap test that spares
 * the two regexes above for nearly every word (both end with a number and a separator at most).
 */
function afterDigit(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && ' \t,:|–—-'.includes(text[j]!)) j -= 1;
  return j >= 0 && isDigitOrLetterAfterNumber(text, j);
}

/** A digit, or the letter of "12B", "10h" or "8u" right after one. */
function isDigitOrLetterAfterNumber(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c >= 48 && c <= 57) return true;
  const before = text.charCodeAt(j - 1);
  return j > 0 && before >= 48 && before <= 57;
}

/**
 * What follows a person's name and nothing else: an age (", 67 ans", " (82 jaar)", " 67-year-old"),
 * a birth ("née le", "geboren", "born", "°") or a national number ("NISS", "INSZ", or the number
 * itself, "Freya Baeyens, 101010 286 14": eleven digits in the national number's groups).
 */
const PERSON_AFTER =
  /[ \t]{0,2}[,(]?[ \t]{0,2}(?:\d{1,3}(?:[ \t]?(?:ans|an|jaar|years?|yrs?|yo|y\/o|j)|-year-old|-jarige)(?![\p{L}])|(?:n[ée]e?|geboren|born|dob|niss|insz)(?![\p{L}])|°|\d\d[. ]?\d\d[. ]?\d\d[ .-]?\d{3}[ .-]?\d\d(?!\d))/iuy;
export function personFollows(text: string, at: number): boolean {
  PERSON_AFTER.lastIndex = at;
  return PERSON_AFTER.test(text);
}

/**
 * What follows a name in a table row or a result header, where the prompt leaves out the words:
 * an identifier's label ("– MRN", "| EPD"), besides PERSON_AFTER. Weaker than PERSON_AFTER alone:
 * asked only where a room, a time slot, a comma after a surname or a list of patients already
 * points to a person.
 */
const LABEL_AFTER = /[ \t]{0,2}(?:[,(|–—-][ \t]{0,2})?(?:mrn|ipp|nip|epd|dpi|niss|insz|dossier|record|hospital|pati[eë]nt|n[°º])(?![\p{L}])/iuy;
/**
 * A full date of a year people are born in ("— 1987-03-11", ", 02/11/1958"), after "SURNAME,
 * Firstname" only: after any pair of words it is as often the date of a guideline.
 */
const BIRTH_DATE_AFTER = /[ \t]{0,2}(?:[,(|–—-][ \t]{0,2})?(?:(?:19\d\d|20[01]\d)-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19\d\d|20[01]\d))(?!\d)/y;

function labelFollows(text: string, at: number): boolean {
  if (personFollows(text, at)) return true;
  LABEL_AFTER.lastIndex = at;
  return LABEL_AFTER.test(text);
}

/** After "LEROY, Thomas": an age, a birth, a national number, an identifier's label or a birth date. */
export function identifierFollows(text: string, at: number): boolean {
  if (labelFollows(text, at)) return true;
  BIRTH_DATE_AFTER.lastIndex = at;
  return BIRTH_DATE_AFTER.test(text);
}

/**
 * A bare age between commas or in brackets, as lists of patients write it: ", 79, MRN …",
 * " (90)", ", 52 –". Not after a street, where the same number is a house number: asked only of
 * a name in a row, after a room or in a list of patients.
 */
const BARE_AGE = /[ \t]{0,2}[,(][ \t]{0,2}\d{1,3}[ \t]*(?:[,;)|]|[–—-][ \t]|(?=[\r\n]|$))/y;
export function rowFollows(text: string, at: number): boolean {
  if (labelFollows(text, at)) return true;
  BARE_AGE.lastIndex = at;
  return BARE_AGE.test(text);
}

/**
 * What ends the name of a list item, a comma, a dash, a colon or a bracket, then on the same line
 * what only a person has: a room or a bed, an age, a sex, a record number or a phone number
 * ("- Nina Oberholzer, kamer 3", "- Pascale Meeus, patiëntnr. …", "- Laetitia Moens – +32 …").
 * Without it, "- Heart Failure, management" is a heading.
 */
const LIST_NAME_END =
  /[ \t]{0,2}(?:[,:(]|[-–—][ \t])[^\n]{0,40}?(?<![\p{L}])(?:kamer|chambre|ch\.|room|rm\.?|lit|bed|box|\d{1,3}[ \t]?(?:ans|an|jaar|j|y|yo|years?)(?![\p{L}])|[MFHV](?:[ \t]*[,)]|$)|(?:mrn|ipp|nip|epd|dpi|niss|insz|dossier|pati[eë]nt(?:en)?-?(?:nr|nummer|id)|pat\.?-?nr|t[eé]l|gsm)(?![\p{L}])|\+?\d[\d ()./-]{7,}\d)/iuy;
export function listNameEnds(text: string, at: number): boolean {
  LIST_NAME_END.lastIndex = at;
  return LIST_NAME_END.test(text);
}

/** After the name on a time-slot line: a separator, or the end of the line ("09:00 Jan Peeters – bloods"). */
const SLOT_NAME_END = /[ \t]{0,2}(?:[,:(|]|[-–—][ \t]|(?=[\r\n]|$))/y;
export function slotNameEnds(text: string, at: number): boolean {
  SLOT_NAME_END.lastIndex = at;
  return SLOT_NAME_END.test(text);
}

/**
 * Whether the prompt says it holds people: "mes patients de demain", "(name / age / reason)",
 * "afspraken". The list rules need it, so that a day's programme ("10:30 Hand Hygiene – workshop")
 * in a prompt about nothing of the kind is never read as names.
 */
export function namesPeople(tokens: readonly Token[]): boolean {
  return tokens.some((token) => PERSON_LIST_WORDS.has(token.folded));
}

/**
 * Whether a name found at `token` (its first word, or its cue) and ending at `end` stands in a
 * row of a list: after a time slot, or before an age or an identifier. One such row shows that
 * the list holds names, and lets its other rows be read as names too.
 */
export function inListRow(text: string, token: Token, end: number): boolean {
  return afterTimeSlot(text, token) || rowFollows(text, end);
}

/** "(nom / âge / motif)", "naam, leeftijd": the prompt names the columns of a list of people, side by side. */
export function namesColumns(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => NAME_WORDS.has(token.folded) && [i - 2, i - 1, i + 1, i + 2].some((j) => AGE_WORDS.has(tokens[j]?.folded ?? '')));
}
