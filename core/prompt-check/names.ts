import * as words from './name-words';
import type { Span } from './span';
import { isCapitalised, isGapWith, isSpaceGap, tokenize, type Token } from './tokens';

// Read once: some bundlers turn each access to an imported binding into a getter call, and these
// sets are consulted for every word.
const { FIRST_NAMES, LABEL_CUES, NAMING_CUES, NEARBY_CUES, NOT_NAMES, PARTICLES, PATIENT_CUES, RELATION_LINKS, RELATIONS, TITLES } = words;

/**
 * Names of persons. There is no dictionary of surnames offline, so a capitalised word is a name
 * only when something says so:
 *  - a title right before it: "Mme Dupont", "dhr. Van den Broeck", "Dr J. Peeters" (one word is enough);
 *  - a patient cue, a naming verb or a form label: "patiënte Janssens", "nommée Dupont", "Nom : Dupont";
 *  - a nearby cue ("pour", "voor", "for", "chez", "bij"…) followed by two name words,
 *    or by a known first name: "pour Jan Peeters", "bij Marie";
 *  - a relation: "collègue Marc Dubois", "baby Amira Haddou", "les parents de Nour Diallo";
 *  - no cue, but a pair with a known first name ("Marie Dupont") or followed by an age, a birth
 *    or a national number ("Dupont Anna, 82 ans", "Wouters Robbe, geboren op…").
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
const ALL_CAPS = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;
const INITIAL = /^\p{Lu}$/u;
/**
 * What follows a person's name and nothing else: an age (", 67 ans", " (82 jaar)", " 67-year-old"),
 * a birth ("née le", "geboren", "born", "°") or a national number ("NISS", "INSZ").
 */
const PERSON_AFTER =
  /[ \t]{0,2}[,(]?[ \t]{0,2}(?:\d{1,3}(?:[ \t]?(?:ans|an|jaar|years?|yrs?|yo|y\/o|j)|-year-old|-jarige)(?![\p{L}])|(?:n[ée]e?|geboren|born|dob|niss|insz)(?![\p{L}])|°)/iuy;

type Cue = 'title' | 'patient' | 'label' | 'naming' | 'nearby';

interface Run {
  start: number;
  end: number;
  /** Index of the first token after the run. */
  next: number;
  words: number;
  mixedCase: number;
  knownFirstName: boolean;
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
  return shapeOf(token) !== null && !isPlaceholder(text, token) && !NOT_NAMES.has(bare(token));
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
  const nearby = NEARBY_CUES.has(word) || RELATIONS.has(word) || token.text === 'à' || (RELATION_LINKS.has(word) && afterRelation(text, tokens, i));
  if (nearby && token.text === token.text.toLowerCase() && !afterCapitalisedWord(text, tokens, i)) return 'nearby';
  return null;
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
      return isSpaceGap(text, token.end, next.start);
    default:
      return isGapWith(text, token.end, next.start, ':');
  }
}

/**
 * Reads name words from token `i`: words, initials ("J."), and particles that lead to a word
 * ("Van den Broeck", "van Dijk"). Stops at anything else, at punctuation and at line breaks.
 */
function readRun(text: string, tokens: readonly Token[], i: number, particleFirst: boolean): Run | null {
  const run: Run = { start: -1, end: -1, next: i, words: 0, mixedCase: 0, knownFirstName: false };
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
    if (mixedCase) run.mixedCase += 1;
    // "Douleur EVA": an acronym is not the first name it spells.
    if (mixedCase && (FIRST_NAMES.has(name) || FIRST_NAMES.has(name.split('-')[0]!))) run.knownFirstName = true;
    k += 1;
  }
  return run.words > 0 ? run : null;
}

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
    default:
      return run.mixedCase > 0 && run.words > 1 && (run.knownFirstName || personFollows(text, run.end));
  }
}

/**
 * "Hospitalisée Marie Dupont": a run of three words or more that starts a sentence with a word
 * that is not a first name starts at its second word.
 */
function withoutSentenceStart(text: string, tokens: readonly Token[], i: number, run: Run | null): Run | null {
  if (run === null || run.words < 3 || !startsSentence(text, tokens[i]!.start) || FIRST_NAMES.has(tokens[i]!.folded)) return run;
  return readRun(text, tokens, i + 1, false);
}

const SENTENCE_END = '.!?:;\n\r•*-–—"«(';
function startsSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j -= 1;
  return j < 0 || SENTENCE_END.includes(text[j]!);
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
      const run = withoutSentenceStart(text, tokens, i, readRun(text, tokens, i, false));
      if (run !== null && isEnough(null, run, text)) {
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
