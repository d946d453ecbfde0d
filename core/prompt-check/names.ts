import {
  afterRoom,
  afterTimeSlot,
  identifierFollows,
  inListRow,
  listNameEnds,
  namesColumns,
  namesPeople,
  personFollows,
  rowFollows,
  slotNameEnds,
  startsListItem,
  timeSlotLines,
} from './name-context';
import * as words from './name-words';
import type { Span } from './span';
import { fold, isCapitalised, isGapWith, isSpaceGap, tokenize, type Token } from './tokens';
import type { PersonRole } from './types';

// Read once: some bundlers turn each access to an imported binding into a getter call, and these
// sets are consulted for every word.
const {
  ACRONYMS,
  ACTIVITIES,
  AI_ASSISTANTS,
  AMBIGUOUS_FIRST_NAMES,
  CALL_CUES,
  FAMILY,
  FIRST_NAMES,
  GREETINGS,
  LABEL_CUES,
  NAMING_CUES,
  NEARBY_CUES,
  NOT_LOWER_SURNAMES,
  NOT_NAMES,
  OBJECT_WORDS,
  PARTICLES,
  PATIENT_CUES,
  RELATION_LINKS,
  RELATIONS,
  SALUTATIONS,
  SIGN_OFF_PHRASES,
  SIGN_OFFS,
  TITLES,
} = words;

/**
 * Names of persons. There is no dictionary of surnames offline, so a capitalised word is a name
 * only when something says so:
 *  - a title right before it: "Mme Dupont", "dhr. Van den Broeck", "Dr J. Peeters" (one word is enough);
 *  - a patient cue, a naming verb or a form label: "patiënte Janssens", "nommée Dupont", "Nom : Dupont";
 *  - a nearby cue ("pour", "voor", "for", "chez", "bij"…) followed by two name words,
 *    or by a known first name: "pour Jan Peeters", "bij Marie";
 *  - a relation: "collègue Marc Dubois", "sa fille, Lise Moreau", "les parents de Nour Diallo";
 *    after a relative, a first name alone: "son fils Lucas", "her son Alfie", "zoontje Jasper";
 *  - a self-introduction, a call-back or a sign-off, followed by two or three name words (or a
 *    known first name): "je suis Inès Carlier", "bel Wout Segers terug", "Kind regards,\nAda Kovac",
 *    "Bonjour, ici Gwen Ravet", "This is Morwenna Tait here";
 *  - the opening or the closing of a letter, a first name alone between it and the end of the
 *    line: "Bonjour Aurélie,", "Dag Joke,", "Groetjes,\nHannelore", "Cheers, Bram";
 *  - a title typed in haste, in lower case, before a lower-case surname: "mme claes", "mevr peeters";
 *  - a list item that starts with two or three name words and a separator: "- Nina Oberholzer, kamer 3";
 *    in a prompt about patients, a time slot before the name ("09:00 Joana dos Santos – bloods"),
 *    or a bare age after it ("Gaston Lemaire, 84, chute");
 *  - a room or a bed before the name and an age or an identifier after it ("Room 608, Derek Halloran, 79");
 *  - no cue, but a pair with a known first name ("Marie Dupont") or followed by an age, a birth
 *    or a national number ("Dupont Anna, 82 ans", "Wouters Robbe, geboren op…"), or a surname in
 *    capitals before a first name, as forms write them ("NGUYEN Thi Lan", "LEROY, Thomas"), unless
 *    the capitals are an acronym ("BPCO", "SBAR"; ACRONYMS in name-words.ts).
 * A capitalised word alone, at the start of a sentence or anywhere, is never a name. Months,
 * places, institutions, drugs, eponymous diseases, roles and sentence words stop a name
 * (name-words.ts). The span covers the name, not its title or cue.
 */

/** Titles that are ordinary words in another case ("miss", "ms" = milliseconds, "M" = a letter): only as written. */
const CASED_TITLES = new Set(['M', 'MM', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Pr', 'Mme', 'Mlle']);
/** Titles that need their dot: "M. Dupont" but not "vitamine M Dupont". */
const DOTTED_TITLES = new Set(['M', 'MM']);
/**
 * Abbreviated titles that, typed in haste, come before a lower-case surname: "mme claes", "mevr
 * peeters", "mr kowalczyk" (in lower case, "mr" and "mrs" are titles only here). Full words
 * ("madame", "meneer") are left out: in lower case they are nouns ("madame refuse", "meneer is
 * gevallen"); so are "dr" ("le dr traitant", "dr verwittigd") and "ms" (milliseconds).
 */
const ABBREVIATED_TITLES = new Set(['mme', 'mlle', 'mr', 'mrs', 'mevr', 'dhr']);

/** "Dupont", "Jean-Pierre", "D'Hondt", "McDonald"; letters only, so "HbA1c" or "SpO2" never are. */
const MIXED_CASE = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{L}+)*$/u;
/** "DUPONT", as forms and letters write surnames. */
const ALL_CAPS = /^(?:\p{Lu}['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;
const INITIAL = /^\p{Lu}$/u;

type Cue = 'title' | 'patient' | 'label' | 'naming' | 'nearby' | 'relation' | 'family' | 'intro' | 'self' | 'salutation' | 'signoff' | 'closing' | 'list' | 'slot' | 'room' | 'row';

/** Cues after which "An", "Mark" or "Rose" may be a first name: "dr. An Verstraeten", "Dag An Peeters,". */
const STRONG_CUES: ReadonlySet<Cue | null> = new Set<Cue | null>([
  'title',
  'patient',
  'label',
  'naming',
  'relation',
  'family',
  'intro',
  'self',
  'salutation',
  'signoff',
  'closing',
]);

interface Run {
  start: number;
  end: number;
  /** Index of the first token after the run. */
  next: number;
  words: number;
  mixedCase: number;
  knownFirstName: boolean;
  /** "NGUYEN Thi Lan": the run starts with a surname in capitals, then a mixed-case word. */
  surnameFirst: boolean;
  /** "Joana dos Santos", "Jorinde Van Acker": a particle inside the run, which only names have. */
  innerParticle: boolean;
}

function shapeOf(token: Token): 'mixed' | 'caps' | null {
  if (MIXED_CASE.test(token.text)) return 'mixed';
  return ALL_CAPS.test(token.text) ? 'caps' : null;
}

/** "[PATIENT]", "[NOM]", "[NAAM]": a placeholder is the fix, never a finding. */
function isPlaceholder(text: string, token: Token): boolean {
  return text[token.start - 1] === '[';
}

function isInitial(text: string, token: Token): boolean {
  return INITIAL.test(token.text) && text[token.end] === '.';
}

/** "Smith's" → "smith": the possessive is not part of the name. */
const POSSESSIVE = /['’]s$/;
function bare(token: Token): string {
  return token.folded.replace(POSSESSIVE, '');
}

function isNameWord(text: string, token: Token): boolean {
  const shape = shapeOf(token);
  if (shape === null || isPlaceholder(text, token) || NOT_NAMES.has(bare(token))) return false;
  return shape === 'mixed' || !ACRONYMS.has(bare(token));
}

function isTitle(text: string, token: Token): boolean {
  if (DOTTED_TITLES.has(token.text)) return text[token.end] === '.';
  return CASED_TITLES.has(token.text) || TITLES.has(token.folded) || ABBREVIATED_TITLES.has(token.text);
}

function cueOf(text: string, tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i]!;
  const word = token.folded;
  if (!CUE_WORDS.has(word)) return null;
  if (isTitle(text, token)) return 'title';
  // "Plan de Soins pour Patient Diabétique": a capitalised cue inside a sentence belongs to a heading.
  if (PATIENT_CUES.has(word)) return isCapitalised(token.text) && !startsSentence(text, token.start) ? null : 'patient';
  if (NAMING_CUES.has(word) || token.text.toLowerCase() === 'née') return 'naming';
  if (LABEL_CUES.has(word)) return 'label';
  if (SIGN_OFFS.has(word)) return 'signoff';
  if (isClosing(text, tokens, i)) return 'closing';
  if (isSalutation(text, tokens, i)) return 'salutation';
  const lower = token.text === token.text.toLowerCase() && !afterCapitalisedWord(text, tokens, i);
  if (lower && isFamily(tokens, i)) return 'family';
  const lowerOrFirst = lower || startsSentence(text, token.start);
  if ((RELATIONS.has(word) || CALL_CUES.has(word) || isCallBack(tokens, i)) && lowerOrFirst) return RELATIONS.has(word) ? 'relation' : 'intro';
  const introduction = introductionAt(text, tokens, i);
  if (introduction !== null) return introduction;
  const nearby = NEARBY_CUES.has(word) || token.text === 'à' || (RELATION_LINKS.has(word) && afterRelation(text, tokens, i));
  if (nearby && token.text === token.text.toLowerCase() && !afterCapitalisedWord(text, tokens, i)) return 'nearby';
  return null;
}

/** Titles of physicians: "Dr Martin" is the referring doctor, never the patient. */
const PHYSICIAN_TITLES = new Set(['docteur', 'dokter', 'doctor', 'dr', 'dre', 'professeur', 'professor', 'prof', 'pr']);
/** Titles and relations that name a nurse or another colleague: "zuster Anja", "collègue Marc Dubois". */
const COLLEAGUE_WORDS = new Set(['zuster', 'soeur', 'sister', 'collegue', 'collega', 'colleague', 'infirmiere', 'infirmier', 'verpleegkundige', 'nurse', 'kine']);
const PHYSICIAN_WORDS = new Set(['medecin', 'arts', 'huisarts', 'doctor']);
/** A child named by a relation is, in a care prompt, most often the patient: "baby Amira Haddou". */
const CHILD_WORDS = new Set(['enfant', 'enfants', 'bebe', 'baby', 'child', 'kind', 'kindje', "baby'tje"]);

/**
 * Whose name follows a cue of kind `cue` whose word is `word` (folded): what pseudonymising
 * writes in its place. Names without a cue, in a list of patients or a row, are the patient's;
 * greetings and signatures say nothing of a role.
 */
function roleOf(cue: Cue, word: string): PersonRole {
  switch (cue) {
    case 'title':
      return PHYSICIAN_TITLES.has(word) ? 'physician' : COLLEAGUE_WORDS.has(word) ? 'colleague' : 'patient';
    case 'relation':
    case 'family':
      if (PHYSICIAN_WORDS.has(word)) return 'physician';
      if (COLLEAGUE_WORDS.has(word)) return 'colleague';
      return CHILD_WORDS.has(word) ? 'patient' : 'relative';
    case 'intro':
    case 'self':
    case 'salutation':
    case 'signoff':
    case 'closing':
      return 'person';
    default:
      return 'patient';
  }
}

/** "call back Amy Hart": "back" right after "call". */
function isCallBack(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.folded === 'back' && tokens[i - 1]?.folded === 'call';
}

/**
 * The word before a self-introduced name: "je suis", "ik ben", "I'm", "my name is", "hi, it's",
 * "bonjour, ici"; 'self' when the name must be followed by "here" ("This is Tom Baert here").
 */
function introductionAt(text: string, tokens: readonly Token[], i: number): 'intro' | 'self' | null {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const prev = before !== undefined && isSpaceGap(text, before.end, token.start) ? before.folded : '';
  switch (token.folded) {
    case "i'm":
      return 'intro';
    case 'suis':
      return prev === 'je' ? 'intro' : null;
    case 'ben':
      return prev === 'ik' ? 'intro' : null;
    case 'is':
      if (prev === 'name' || prev === 'naam' || (prev === 'this' && afterGreeting(text, tokens, i - 1))) return 'intro';
      // "This is Standard Practice.": without a greeting, "this is" introduces a person only when "here" follows.
      return prev === 'this' && startsSentence(text, before!.start) ? 'self' : null;
    case 'ici':
      // "Bonjour, ici Gwen Ravet", "« Ici Gwen Ravet, …": the phone's "this is".
      return afterGreeting(text, tokens, i) || startsSentence(text, token.start) ? 'intro' : null;
    case 'its':
    case "it's":
    case "c'est":
      return afterGreeting(text, tokens, i) ? 'intro' : null;
    default:
      return null;
  }
}

/** "This is Tom Baert here", "… speaking", "… calling": what makes "this is" an introduction. */
const SELF_END = /[ \t]{1,3}(?:here|speaking|calling)(?![\p{L}])/uy;
function selfIntroductionEnds(text: string, at: number): boolean {
  SELF_END.lastIndex = at;
  return SELF_END.test(text);
}

/**
 * "Bonjour Aurélie,", "Dear Sam,", "Good morning Ines,": the opening of a letter or a message,
 * at the start of a line or a sentence (also after an opening quote).
 */
function isSalutation(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!SALUTATIONS.has(token.folded)) return false;
  if (token.folded === 'morning') {
    const before = tokens[i - 1];
    return before !== undefined && before.folded === 'good' && isSpaceGap(text, before.end, token.start) && startsSentence(text, before.start);
  }
  return startsSentence(text, token.start) || opensQuote(text, token.start);
}

/** "'Dag Joke,": a straight quote that opens a quoted message, not an apostrophe inside a word. */
function opensQuote(text: string, at: number): boolean {
  const quote = at - 1;
  return (text[quote] === "'" || text[quote] === '’') && (quote === 0 || /[\s:(]/.test(text[quote - 1]!));
}

/** Sign-off phrases by their last word, as lists of the folded words before it. */
const CLOSINGS = new Map<string, string[][]>();
for (const phrase of SIGN_OFF_PHRASES) {
  const phraseWords = phrase.split(' ');
  const last = phraseWords.pop()!;
  CLOSINGS.set(last, [...(CLOSINGS.get(last) ?? []), phraseWords]);
}

/** "Bonne journée,", "Cheers,", "Bien à vous,": token `i` ends a closing phrase that starts its line or sentence. */
function isClosing(text: string, tokens: readonly Token[], i: number): boolean {
  const phrases = CLOSINGS.get(tokens[i]!.folded);
  if (phrases === undefined) return false;
  return phrases.some((before) => {
    const first = i - before.length;
    if (first < 0) return false;
    for (let k = 0; k < before.length; k++) {
      if (tokens[first + k]!.folded !== before[k] || !isSpaceGap(text, tokens[first + k]!.end, tokens[first + k + 1]!.start)) return false;
    }
    return startsSentence(text, tokens[first]!.start);
  });
}

/**
 * Possessives before "son" and "kind", the relatives that are also other words: "her son Alfie"
 * (French "son" is "his"), "ons kind Mila" (English "kind").
 */
const POSSESSIVES_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['son', new Set(['her', 'his', 'my', 'their', 'your', 'our', 'the', 'a', 'whose', 'youngest', 'eldest', 'older', 'younger', 'little'])],
  ['kind', new Set(['het', 'ons', 'mijn', 'haar', 'zijn', 'hun', 'uw', 'je', 'jullie'])],
]);

/** A relative whose first name alone is a name: "son fils Lucas", "zoontje Jasper", "her son Alfie". */
function isFamily(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.folded;
  if (FAMILY.has(word)) return true;
  const possessives = POSSESSIVES_BEFORE.get(word);
  const before = tokens[i - 1];
  return possessives !== undefined && before !== undefined && possessives.has(before.folded);
}

/**
 * Every folded word that may be a cue, so that cueOf answers "no" to the other words (nearly
 * all of them) with one look-up; cueOf then says which cue it is, if any.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...[...CASED_TITLES, ...ABBREVIATED_TITLES].map(fold),
  ...[TITLES, PATIENT_CUES, NAMING_CUES, LABEL_CUES, SIGN_OFFS, SALUTATIONS, FAMILY, RELATIONS, CALL_CUES, NEARBY_CUES, RELATION_LINKS].flatMap((set) => [...set]),
  ...CLOSINGS.keys(),
  ...POSSESSIVES_BEFORE.keys(),
  ...['back', 'nee', 'a', "i'm", 'suis', 'ben', 'is', 'ici', 'its', "it's", "c'est"],
]);

/** "Hi, it's", "Hello this is", "Bonjour, c'est": a greeting right before token `i`, a comma between them at most. */
function afterGreeting(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && GREETINGS.has(before.folded) && isGapWith(text, before.end, tokens[i]!.start, ',');
}

/** "les parents de", "the parents of": a link word right after a relation. */
function afterRelation(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && RELATIONS.has(before.folded) && isSpaceGap(text, before.end, tokens[i]!.start);
}

/**
 * "Discharge Summary for Cardiology Patients": a lower-case cue after a capitalised word that
 * does not start the sentence is inside a title-cased heading, not before a name.
 */
function afterCapitalisedWord(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && isCapitalised(before.text) && isSpaceGap(text, before.end, tokens[i]!.start) && !startsSentence(text, before.start);
}

/** Whether the gap between a cue and the next word fits the cue: a title may end with a dot, a label needs a colon. */
function nameFollows(text: string, cue: Cue, token: Token, next: Token): boolean {
  switch (cue) {
    case 'title':
      return text[token.end] === '.' ? isSpaceGap(text, token.end + 1, next.start, 0) : isSpaceGap(text, token.end, next.start);
    case 'label':
      return isGapWith(text, token.end, next.start, ':') && text.slice(token.end, next.start).includes(':');
    case 'nearby':
    case 'intro':
    case 'self':
      return isSpaceGap(text, token.end, next.start);
    case 'salutation':
      return isGapWith(text, token.end, next.start, ',');
    case 'relation':
    case 'family':
      return isGapWith(text, token.end, next.start, ':,');
    case 'signoff':
      return SIGN_OFF_GAP.test(text.slice(token.end, next.start));
    case 'closing':
      return CLOSING_GAP.test(text.slice(token.end, next.start));
    default:
      return isGapWith(text, token.end, next.start, ':');
  }
}

/** Between a sign-off and the name: a comma, spaces, up to two line breaks. */
const SIGN_OFF_GAP = /^[ \t]*[,!]?[ \t]*(?:\r?\n[ \t]*){0,2}$/;
/**
 * Between a closing that is also an ordinary word and the name: a comma or a line break at least,
 * so that "Best Practice" or "Merci Marie pour tout" are not a closing and its signature.
 */
const CLOSING_GAP = /^(?:[ \t]*[,!][ \t]*(?:\r?\n[ \t]*){0,2}|[ \t]*(?:\r?\n[ \t]*){1,2})$/;

/**
 * Reads name words from token `i`: words, initials ("J."), and particles that lead to a word
 * ("Van den Broeck", "van Dijk"). Stops at anything else, at punctuation and at line breaks.
 * After a strong cue (`cued`), a first name that is also a common word ("An", "Mark") counts
 * when a name word follows it: "dr. An Verstraeten".
 */
function readRun(text: string, tokens: readonly Token[], i: number, particleFirst: boolean, cued = false): Run | null {
  const run: Run = { start: -1, end: -1, next: i, words: 0, mixedCase: 0, knownFirstName: false, surnameFirst: false, innerParticle: false };
  /** Capitalised words read before the first mixed-case one. */
  let capitals = 0;
  let k = i;
  /** End of the last word or particle read: the next one must follow it after a space. */
  let reached = -1;
  while (k < tokens.length && run.words < 5) {
    const token = tokens[k]!;
    if (reached !== -1 && !isSpaceGap(text, reached, token.start)) break;
    if (isInitial(text, token) && !isPlaceholder(text, token)) {
      take(run, token.start, token.end + 1, k);
      reached = token.end + 1;
      k += 1;
      continue;
    }
    if (cued && run.words === 0 && isAmbiguousFirstName(text, tokens, k)) {
      take(run, token.start, token.end, k);
      run.mixedCase += 1;
      run.knownFirstName = true;
      reached = token.end;
      k += 1;
      continue;
    }
    // "Van den Broeck": particles count only with the name word they lead to, read here with them.
    const start = token.start;
    if (PARTICLES.has(token.folded) && (run.words > 0 || particleFirst || isCapitalised(token.text))) {
      k = wordAfterParticles(text, tokens, k);
      if (k === -1) break;
      if (run.words > 0 && isNameParticle(token)) run.innerParticle = true;
    }
    const word = tokens[k]!;
    if (!isNameWord(text, word)) break;
    const name = bare(word);
    // Only a trailing possessive differs between `name` and the token: take it off the end.
    take(run, start, word.end - (word.folded.length - name.length), k);
    reached = word.end;
    const mixedCase = shapeOf(word) === 'mixed';
    if (mixedCase && run.mixedCase === 0 && capitals > 0 && capitals === run.words - 1) run.surnameFirst = !NOUN_ENDING.test(name);
    if (mixedCase) run.mixedCase += 1;
    else if (run.mixedCase === 0) capitals += 1;
    // "Douleur EVA": an acronym is not the first name it spells.
    if (mixedCase && (FIRST_NAMES.has(name) || FIRST_NAMES.has(name.split('-')[0]!))) run.knownFirstName = true;
    k += 1;
  }
  return run.words > 0 ? run : null;
}

/**
 * A particle that only names have: "dos Santos", "da Costa", "Van Acker", "De Smet". Not the
 * French "de", "du", "la" in lower case, which also join the words of "Prise de Sang".
 */
const PREPOSITIONS = new Set(['de', 'du', 'des', 'la', 'le', 'den', 'der', 'op', "'t", 'di', 'del', 'della']);
function isNameParticle(token: Token): boolean {
  return isCapitalised(token.text) || !PREPOSITIONS.has(token.folded);
}

/** "An Verstraeten": a first name that is also a common word, written as a name and followed by a name word. */
function isAmbiguousFirstName(text: string, tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  if (!AMBIGUOUS_FIRST_NAMES.has(token.folded) || shapeOf(token) !== 'mixed' || next === undefined) return false;
  return isSpaceGap(text, token.end, next.start) && isNameWord(text, next);
}

/** "SBAR Communication", "ICU Nursing": a first name does not end like a noun. */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ique|isme|ism|ogy|ogie|heid|ship)s?$/;

function take(run: Run, start: number, end: number, index: number): void {
  if (run.start === -1) run.start = start;
  run.end = end;
  run.words += 1;
  run.next = index + 1;
}

/** The index of the name word after the particles starting at `k` ("Van den" → "Broeck"), or -1. */
function wordAfterParticles(text: string, tokens: readonly Token[], k: number): number {
  let j = k;
  while (PARTICLES.has(tokens[j]!.folded)) {
    const next = tokens[j + 1];
    if (j - k === 3 || next === undefined || !isSpaceGap(text, tokens[j]!.end, next.start)) return -1;
    j += 1;
  }
  return isNameWord(text, tokens[j]!) ? j : -1;
}

/** "Hi Claude," "Thanks, Gemini": the only name after a greeting is the AI tool's. */
function isAssistant(text: string, run: Run): boolean {
  return run.words === 1 && AI_ASSISTANTS.has(fold(text.slice(run.start, run.end)));
}

/** After the name in a greeting: a comma, "!", a colon, a dash or the end of the line ("Dag Joke,", "Hi Sam!"). */
const SALUTATION_NAME_END = /[ \t]*(?:[,!:;–—]|[\r\n]|$)/y;
/** After a first name alone that signs a message: a closing quote, or the end of the line or of the text. */
const SIGNATURE_END = /[ \t]*(?:["»”'’)]|\.?[ \t]*(?:[\r\n]|$))/y;
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

function isEnough(cue: Cue | null, run: Run, text: string): boolean {
  switch (cue) {
    case 'title':
    case 'label':
    case 'naming':
      return true;
    case 'patient':
      // "patient BPCO" is a disease, "Mme DUPONT" a name: after a patient cue, one mixed-case word is needed.
      return run.mixedCase > 0;
    case 'nearby':
      // Two words, or a known first name: three capitalised words after "with" are more often a title.
      return run.mixedCase > 0 && (run.words === 2 || run.knownFirstName);
    case 'family':
      // "son fils Lucas", "zoontje Jasper": a child is named by a first name alone.
      return run.mixedCase > 0 && run.words <= 3;
    case 'salutation':
      // "Bonjour Aurélie,", "Dear Sam Hart,": the name runs to the comma or the end of the line.
      return run.mixedCase > 0 && run.words <= 3 && !isAssistant(text, run) && matchesAt(SALUTATION_NAME_END, text, run.end);
    case 'signoff':
    case 'closing':
      // "Groetjes,\nHannelore": a first name alone signs a message when it ends its line.
      if (run.mixedCase === 0 || isAssistant(text, run)) return false;
      return (run.words >= 2 && run.words <= 3) || run.knownFirstName || (run.words === 1 && matchesAt(SIGNATURE_END, text, run.end));
    case 'self':
      return isEnough('intro', run, text) && selfIntroductionEnds(text, run.end);
    case 'relation':
    case 'intro':
      // "sa fille Anne-Lise Van Damme", "ik ben Thi Lan Nguyen": a person may have three name words.
      return run.mixedCase > 0 && ((run.words >= 2 && run.words <= 3) || run.knownFirstName);
    case 'list':
      return run.mixedCase > 0 && run.words >= 2 && run.words <= 3 && listNameEnds(text, run.end);
    case 'room':
      // "Room 608, Derek Halloran, 79": after a room, a name followed by an age or an identifier.
      return run.mixedCase > 0 && run.words <= 3 && (run.knownFirstName || rowFollows(text, run.end));
    case 'slot':
      return run.mixedCase > 0 && run.words >= 2 && run.words <= 3 && slotNameEnds(text, run.end);
    case 'row':
      return run.mixedCase > 0 && run.words >= 2 && run.words <= 3 && rowFollows(text, run.end);
    default:
      return run.mixedCase > 0 && run.words > 1 && (run.knownFirstName || run.surnameFirst || personFollows(text, run.end));
  }
}

/**
 * "Hospitalisée Marie Dupont": a run of three words or more that starts a sentence with a word
 * that is not a first name starts at its second word.
 */
function withoutSentenceStart(text: string, tokens: readonly Token[], i: number, run: Run | null): Run | null {
  const first = tokens[i]!;
  if (run === null || run.words < 3 || !startsSentence(text, first.start) || FIRST_NAMES.has(first.folded) || run.surnameFirst) return run;
  return readRun(text, tokens, i + 1, false);
}

/** Opening quotes start a sentence too: `"Hi Sam,` and `“Bonjour Aurélie,`. */
const SENTENCE_END = '.!?:;\n\r•*-–—"«(“‘';
function startsSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j -= 1;
  return j < 0 || SENTENCE_END.includes(text[j]!);
}

function afterCapitals(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && shapeOf(before) === 'caps' && !/[\n\r]/.test(text.slice(before.end, tokens[i]!.start));
}

/** A name word, or capitalised particles before one: "DE WINTER, Lotte", "Van Acker Jorinde". */
function startsName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (isNameWord(text, token)) return true;
  if (!PARTICLES.has(token.folded) || !isCapitalised(token.text)) return false;
  // "Le Pr Vanden Bossche": a title after the article is read as a cue on the next step.
  const word = wordAfterParticles(text, tokens, i);
  return word !== -1 && !isTitle(text, tokens[word]!);
}

/** A found name: its offsets and the index of the token after it. */
interface Found {
  start: number;
  end: number;
  next: number;
}

const COMMA_GAP = /^,[ \t]{1,2}$/;

/**
 * "LEROY, Thomas", "Mertens, Aurore — 1979-06-22": a surname, a comma, then the first name, as
 * lab headers and lists write them. The first name is read with the surname when the surname is
 * in capitals (or came after a cue) and the first name is known, or when what follows it is what
 * follows a person: a date, an age, an identifier.
 */
function givenNameAfter(text: string, tokens: readonly Token[], run: Run, cued: boolean): Run | null {
  const next = tokens[run.next];
  if (run.words !== 1 || next === undefined || !COMMA_GAP.test(text.slice(run.end, next.start))) return null;
  const given = readRun(text, tokens, run.next, false, true);
  if (given === null || given.words > 2 || given.mixedCase !== given.words) return null;
  // "Mme Dupont, Marie Martin et …": two words after a mixed-case surname are the next person.
  if (given.words === 2 && run.mixedCase > 0) return null;
  if ((run.mixedCase === 0 || cued) && given.knownFirstName) return given;
  // Not a bare number: "meneer Vermeulen, Vossenplein 3" is a street and its house number.
  return identifierFollows(text, given.end) ? given : null;
}

function withGivenName(text: string, tokens: readonly Token[], run: Run, cued: boolean): Found {
  const given = givenNameAfter(text, tokens, run, cued);
  return given === null ? { start: run.start, end: run.end, next: run.next } : { start: run.start, end: given.end, next: given.next };
}

/** "claes", "van dijk": letters only, three at least. */
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}'’-]{2,}$/u;

function isLowerCaseSurname(token: Token): boolean {
  const word = token.folded;
  if (!LOWER_CASE_WORD.test(token.text) || NOT_LOWER_SURNAMES.has(word) || NOT_NAMES.has(word) || TITLES.has(word)) return false;
  return !PATIENT_CUES.has(word) && !RELATIONS.has(word) && !FAMILY.has(word) && !NEARBY_CUES.has(word) && !LABEL_CUES.has(word) && !NAMING_CUES.has(word);
}

/**
 * "mme claes", "mevr van dijk", "mr kowalczyk": a lower-case surname, with its particles, after an
 * abbreviated title typed in haste. The title is token `i`.
 */
function lowerCaseSurname(text: string, tokens: readonly Token[], i: number): Found | null {
  const title = tokens[i]!;
  if (!ABBREVIATED_TITLES.has(title.folded)) return null;
  let reached = text[title.end] === '.' ? title.end + 1 : title.end;
  const first = tokens[i + 1];
  let k = i + 1;
  while (k < tokens.length && k - i <= 3) {
    const token = tokens[k]!;
    if (!isSpaceGap(text, reached, token.start, reached === title.end ? 1 : 0)) return null;
    if (!PARTICLES.has(token.folded) || token.text !== token.folded) break;
    reached = token.end;
    k += 1;
  }
  const word = tokens[k];
  if (first === undefined || word === undefined || !isSpaceGap(text, reached, word.start) || !isLowerCaseSurname(word)) return null;
  // "mme vomit ce matin": a verb, since an object follows it.
  const after = tokens[k + 1];
  if (after !== undefined && isSpaceGap(text, word.end, after.start) && OBJECT_WORDS.has(after.folded)) return null;
  return { start: first.start, end: word.end, next: k + 1 };
}

/**
 * Words of a run that name an activity or end like a noun: "10:30 Hand Hygiene", "14:00 Wound
 * Dressing" (but "Laurence", a first name, ends like "prudence").
 */
function namesActivity(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.folded;
    if (ACTIVITIES.has(word) || (NOUN_ENDING.test(word) && !FIRST_NAMES.has(word))) return true;
  }
  return false;
}

/**
 * What uncuedName makes of a run: a name; a name only if the list it stands in is shown to hold
 * names ("10:30 Hand Hygiene – workshop" stays a workshop in a day's plan); or not a name.
 */
type Verdict = 'name' | 'if-list-of-names' | null;

/**
 * A name with no cue word before it, starting at token `i`: a pair with a known first name, a
 * surname in capitals, what follows a person, or where it stands (a list item, a time slot, a
 * room, a row of a list of patients). `people` says whether the prompt speaks of patients or names.
 * Returns the run read, to report or to skip.
 */
function uncuedName(text: string, tokens: readonly Token[], i: number, people: () => boolean): (Found & { verdict: Verdict }) | null {
  const token = tokens[i]!;
  const list = startsListItem(text, token);
  const slot = afterTimeSlot(text, token);
  const room = afterRoom(text, token);
  const read = readRun(text, tokens, i, false);
  const run = list || slot || room ? read : withoutSentenceStart(text, tokens, i, read);
  if (run === null) return null;
  // "URGENT CARE Unit": capitals after capitals are a heading, not a surname.
  if (run.surnameFirst && afterCapitals(text, tokens, i)) run.surnameFirst = false;
  const named = withGivenName(text, tokens, run, false);
  if (named.end !== run.end) return { ...named, verdict: 'name' };
  if (isEnough(null, run, text) || (list && isEnough('list', run, text)) || (room && isEnough('room', run, text))) return { ...named, verdict: 'name' };
  const row = (slot && isEnough('slot', run, text)) || isEnough('row', run, text);
  if (!row || namesActivity(tokens, i, run.next) || !people()) return { ...named, verdict: null };
  return { ...named, verdict: run.innerParticle ? 'name' : 'if-list-of-names' };
}

/**
 * Whether the rows waiting for it are names: another row of the list is evidently a person's (a
 * known first name, a title), the prompt heads its columns "name" and "age", or every line that
 * opens with a time slot is such a row, two at least. A day's plan always has a line that is no
 * person's ("12:00 Lunch", "9h00 Chimiothérapie"); a list of patients has none.
 */
function holdsNames(text: string, tokens: readonly Token[], listOfNames: boolean, slotRows: number): boolean {
  return listOfNames || namesColumns(tokens) || (slotRows >= 2 && slotRows === timeSlotLines(text));
}

export function findNames(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const spans: Span[] = [];
  /** Names of rows whose list is not yet shown to hold names, and how many of them open with a time slot. */
  const rows: Span[] = [];
  let slotRows = 0;
  let listOfNames = false;
  let people: boolean | undefined;
  const namesPeopleOnce = (): boolean => (people ??= namesPeople(tokens));
  const report = (found: Found, from: Token, role: PersonRole = 'patient'): void => {
    spans.push({ type: 'name', start: found.start, end: found.end, role });
    listOfNames ||= inListRow(text, from, found.end);
  };
  let i = 0;
  while (i < tokens.length) {
    const cue = cueOf(text, tokens, i);
    const next = tokens[i + 1];
    if (cue !== null && next !== undefined && nameFollows(text, cue, tokens[i]!, next)) {
      // "avec M. Dupont", "Bonjour Madame Dupont": the title is the better cue, and it is read on the next step.
      const nextIsCue = (cue === 'nearby' || cue === 'salutation') && cueOf(text, tokens, i + 1) !== null;
      const run = nextIsCue ? null : readRun(text, tokens, i + 1, cue === 'title', STRONG_CUES.has(cue));
      // "mme claes": a title typed in haste, before a surname in lower case that readRun does not read.
      const name = run !== null ? (isEnough(cue, run, text) ? withGivenName(text, tokens, run, true) : null) : cue === 'title' ? lowerCaseSurname(text, tokens, i) : null;
      if (name !== null) {
        report(name, tokens[i]!, roleOf(cue, tokens[i]!.folded));
        i = name.next;
        continue;
      }
    }
    if (cue === null && startsName(text, tokens, i)) {
      const found = uncuedName(text, tokens, i, namesPeopleOnce);
      if (found !== null) {
        if (found.verdict === 'name') report(found, tokens[i]!);
        else if (found.verdict === 'if-list-of-names') {
          rows.push({ type: 'name', start: found.start, end: found.end, role: 'patient' });
          if (afterTimeSlot(text, tokens[i]!)) slotRows += 1;
        }
        // Otherwise skip the rest of the run: its words were read, and a shorter tail is not a better pair.
        i = found.next;
        continue;
      }
    }
    i += 1;
  }
  if (rows.length === 0 || !holdsNames(text, tokens, listOfNames, slotRows)) return spans;
  return spans.concat(rows).sort((a, b) => a.start - b.start);
}
