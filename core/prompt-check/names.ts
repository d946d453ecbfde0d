import * as words from './name-words';
import type { Span } from './span';
import { isCapitalised, isGapWith, isSpaceGap, tokenize, type Token } from './tokens';

// Read once: some bundlers turn each access to an imported binding into a getter call, and these
// sets are consulted for every word.
const { ACRONYMS, CALL_CUES, FIRST_NAMES, GREETINGS, LABEL_CUES, NAMING_CUES, NEARBY_CUES, NOT_NAMES, PARTICLES, PATIENT_CUES, RELATION_LINKS, RELATIONS, SIGN_OFFS, TITLES } =
  words;

/**
 * Names of persons. There is no dictionary of surnames offline, so a capitalised word is a name
 * only when something says so:
 *  - a title right before it: "Mme Dupont", "dhr. Van den Broeck", "Dr J. Peeters" (one word is enough);
 *  - a patient cue, a naming verb or a form label: "patiënte Janssens", "nommée Dupont", "Nom : Dupont";
 *  - a nearby cue ("pour", "voor", "for", "chez", "bij"…) followed by two name words,
 *    or by a known first name: "pour Jan Peeters", "bij Marie";
 *  - a relation: "collègue Marc Dubois", "sa fille, Lise Moreau", "les parents de Nour Diallo";
 *  - a self-introduction, a call-back or a sign-off, followed by two or three name words (or a
 *    known first name): "je suis Inès Carlier", "bel Wout Segers terug", "Kind regards,\nAda Kovac";
 *  - a list item that starts with two or three name words and a separator: "- Nina Oberholzer, kamer 3";
 *  - no cue, but a pair with a known first name ("Marie Dupont") or followed by an age, a birth
 *    or a national number ("Dupont Anna, 82 ans", "Wouters Robbe, geboren op…"), or a surname in
 *    capitals before a first name, as forms write them ("NGUYEN Thi Lan"), unless the capitals
 *    are an acronym ("BPCO", "SBAR"; ACRONYMS in name-words.ts).
 * A capitalised word alone, at the start of a sentence or anywhere, is never a name. Months,
 * places, institutions, drugs, eponymous diseases, roles and sentence words stop a name
 * (name-words.ts). The span covers the name, not its title or cue.
 */

/** Titles that are ordinary words in another case ("miss", "ms" = milliseconds, "M" = a letter): only as written. */
const CASED_TITLES = new Set(['M', 'MM', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Pr', 'Mme', 'Mlle']);
/** Titles that need their dot: "M. Dupont" but not "vitamine M Dupont". */
const DOTTED_TITLES = new Set(['M', 'MM']);

/** "Dupont", "Jean-Pierre", "D'Hondt", "McDonald"; letters only, so "HbA1c" or "SpO2" never are. */
const MIXED_CASE = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{L}+)*$/u;
/** "DUPONT", as forms and letters write surnames. */
const ALL_CAPS = /^(?:\p{Lu}['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;
const INITIAL = /^\p{Lu}$/u;
/**
 * What follows a person's name and nothing else: an age (", 67 ans", " (82 jaar)", " 67-year-old"),
 * a birth ("née le", "geboren", "born", "°") or a national number ("NISS", "INSZ").
 */
const PERSON_AFTER =
  /[ \t]{0,2}[,(]?[ \t]{0,2}(?:\d{1,3}(?:[ \t]?(?:ans|an|jaar|years?|yrs?|yo|y\/o|j)|-year-old|-jarige)(?![\p{L}])|(?:n[ée]e?|geboren|born|dob|niss|insz)(?![\p{L}])|°)/iuy;

type Cue = 'title' | 'patient' | 'label' | 'naming' | 'nearby' | 'relation' | 'intro' | 'signoff' | 'list';

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
  return CASED_TITLES.has(token.text) || TITLES.has(token.folded);
}

function cueOf(text: string, tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i]!;
  if (isTitle(text, token)) return 'title';
  const word = token.folded;
  // "Plan de Soins pour Patient Diabétique": a capitalised cue inside a sentence belongs to a heading.
  if (PATIENT_CUES.has(word)) return isCapitalised(token.text) && !startsSentence(text, token.start) ? null : 'patient';
  if (NAMING_CUES.has(word) || token.text.toLowerCase() === 'née') return 'naming';
  if (LABEL_CUES.has(word)) return 'label';
  if (SIGN_OFFS.has(word)) return 'signoff';
  const lowerOrFirst = (token.text === token.text.toLowerCase() && !afterCapitalisedWord(text, tokens, i)) || startsSentence(text, token.start);
  if ((RELATIONS.has(word) || CALL_CUES.has(word) || isCallBack(tokens, i)) && lowerOrFirst) return RELATIONS.has(word) ? 'relation' : 'intro';
  if (isIntroduction(text, tokens, i)) return 'intro';
  const nearby = NEARBY_CUES.has(word) || token.text === 'à' || (RELATION_LINKS.has(word) && afterRelation(text, tokens, i));
  if (nearby && token.text === token.text.toLowerCase() && !afterCapitalisedWord(text, tokens, i)) return 'nearby';
  return null;
}

/** "call back Amy Hart": "back" right after "call". */
function isCallBack(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.folded === 'back' && tokens[i - 1]?.folded === 'call';
}

/** The word before a self-introduced name: "je suis", "ik ben", "I'm", "this is", "my name is", "hi, it's". */
function isIntroduction(text: string, tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.folded;
  const before = tokens[i - 1];
  const prev = before !== undefined && isSpaceGap(text, before.end, tokens[i]!.start) ? before.folded : '';
  switch (word) {
    case "i'm":
      return true;
    case 'suis':
      return prev === 'je';
    case 'ben':
      return prev === 'ik';
    case 'is':
      // "This is Standard Practice.": "this is" introduces a person only after a greeting.
      return prev === 'name' || prev === 'naam' || (prev === 'this' && afterGreeting(text, tokens, i - 1));
    case 'its':
    case "it's":
    case "c'est":
      return afterGreeting(text, tokens, i);
    default:
      return false;
  }
}

/** "Hi, it's", "Hello this is", "Bonjour, c'est": a greeting right before token `i`, a comma between them at most. */
function afterGreeting(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && GREETINGS.has(before.folded) && isGapWith(text, before.end, tokens[i]!.start, ',');
}

/** "- Nina Oberholzer, …", "2) LAMBERT Chloé –": token `i` is the first word of a list item. */
const LIST_ITEM = /(?:^|\n)[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+$/;
function startsListItem(text: string, token: Token): boolean {
  return LIST_ITEM.test(text.slice(Math.max(0, token.start - 12), token.start));
}

/**
 * What ends the name of a list item, a comma, a dash, a colon or a bracket, then on the same line
 * what only a person has: a room or a bed, an age, a sex ("- Nina Oberholzer, kamer 3"). Without
 * it, "- Heart Failure, management" is a heading.
 */
const LIST_NAME_END =
  /[ \t]{0,2}(?:[,:(]|[-–—][ \t])[^\n]{0,40}?(?<![\p{L}])(?:kamer|chambre|ch\.|room|rm\.?|lit|bed|box|\d{1,3}[ \t]?(?:ans|an|jaar|j|y|yo|years?)(?![\p{L}])|[MFHV](?:[ \t]*[,)]|$))/iuy;
function listNameEnds(text: string, at: number): boolean {
  LIST_NAME_END.lastIndex = at;
  return LIST_NAME_END.test(text);
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
      return isSpaceGap(text, token.end, next.start);
    case 'relation':
      return isGapWith(text, token.end, next.start, ':,');
    case 'signoff':
      return SIGN_OFF_GAP.test(text.slice(token.end, next.start));
    default:
      return isGapWith(text, token.end, next.start, ':');
  }
}

/** Between a sign-off and the name: a comma, spaces, up to two line breaks. */
const SIGN_OFF_GAP = /^[ \t]*[,!]?[ \t]*(?:\r?\n[ \t]*){0,2}$/;

/**
 * Reads name words from token `i`: words, initials ("J."), and particles that lead to a word
 * ("Van den Broeck", "van Dijk"). Stops at anything else, at punctuation and at line breaks.
 */
function readRun(text: string, tokens: readonly Token[], i: number, particleFirst: boolean): Run | null {
  const run: Run = { start: -1, end: -1, next: i, words: 0, mixedCase: 0, knownFirstName: false, surnameFirst: false };
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
    // "Van den Broeck": particles count only with the name word they lead to, read here with them.
    const start = token.start;
    if (PARTICLES.has(token.folded) && (run.words > 0 || particleFirst || isCapitalised(token.text))) {
      k = wordAfterParticles(text, tokens, k);
      if (k === -1) break;
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

/** "SBAR Communication", "ICU Nursing": a first name does not end like a noun. */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ique|isme|ism|ogy|ogie|heid|ship)$/;

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
    case 'relation':
    case 'intro':
    case 'signoff':
      // "sa fille Anne-Lise Van Damme", "ik ben Thi Lan Nguyen": a person may have three name words.
      return run.mixedCase > 0 && ((run.words >= 2 && run.words <= 3) || run.knownFirstName);
    case 'list':
      return run.mixedCase > 0 && run.words >= 2 && run.words <= 3 && listNameEnds(text, run.end);
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

const SENTENCE_END = '.!?:;\n\r•*-–—"«(';
function startsSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j -= 1;
  return j < 0 || SENTENCE_END.includes(text[j]!);
}

function afterCapitals(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && shapeOf(before) === 'caps' && !/[\n\r]/.test(text.slice(before.end, tokens[i]!.start));
}

function personFollows(text: string, at: number): boolean {
  PERSON_AFTER.lastIndex = at;
  return PERSON_AFTER.test(text);
}

export function findNames(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const cue = cueOf(text, tokens, i);
    const next = tokens[i + 1];
    if (cue !== null && next !== undefined && nameFollows(text, cue, tokens[i]!, next)) {
      // "avec M. Dupont": the title is the better cue, and it is read on the next step.
      const nextIsCue = cue === 'nearby' && cueOf(text, tokens, i + 1) !== null;
      const run = nextIsCue ? null : readRun(text, tokens, i + 1, cue === 'title');
      if (run !== null && isEnough(cue, run, text)) {
        spans.push({ type: 'name', start: run.start, end: run.end });
        i = run.next;
        continue;
      }
    }
    if (cue === null && isNameWord(text, tokens[i]!)) {
      const list = startsListItem(text, tokens[i]!);
      const read = readRun(text, tokens, i, false);
      const run = list ? read : withoutSentenceStart(text, tokens, i, read);
      // "URGENT CARE Unit": capitals after capitals are a heading, not a surname.
      if (run !== null && run.surnameFirst && afterCapitals(text, tokens, i)) run.surnameFirst = false;
      if (run !== null && (isEnough(null, run, text) || (list && isEnough('list', run, text)))) {
        spans.push({ type: 'name', start: run.start, end: run.end });
        i = run.next;
        continue;
      }
      // Skip the rest of the run: its words were read, and a shorter tail is not a better pair.
      if (run !== null) {
        i = run.next;
        continue;
      }
    }
    i += 1;
  }
  return spans;
}
