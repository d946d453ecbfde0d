import type { Language } from '../../i18n';
import { ELEMENT_LABELS } from '../../prompt-check/elements';
import { tokenize } from '../../prompt-check/tokens';
import { GRAMMAR, JOINING } from './list-words';

/**
 * A list of a lab's words is not an instruction. A generic prompt with every element of a good
 * prompt, followed by "PPI stop. DOI. Guideline studies. Debate.", holds a cue of every criterion
 * and says nothing of what the AI tool must do with them. The checker reads the prompt statement
 * by statement (lines, and sentences cut at . ! ? before a space) and takes a lab's words for a
 * list, which counts for no criterion, in two cases:
 *
 *   - one after another: in one statement, cues of three criteria or more with nothing between
 *     them but spaces, punctuation, articles, "and", "or" and "please" ("PPI stop, DOI, guideline
 *     studies", "Write PPI stop DOI guideline");
 *   - statements as the items of a list: two statements or more that hold a lab's words and
 *     nothing of her own ("PPI stop.", "- DOI", "Task: guideline studies."), or that are the same
 *     but for them ("Write PPI stop. Write DOI."), when between them they hold cues of three
 *     criteria or more.
 *
 * Her own words are any words but the lab's cues, grammar words (list-words.ts), the labels of
 * the seven elements used as headings ("Constraints:") and list numbers; a number in the text (an
 * age, a dose: "[PATIENT], 74", "admitted 8 days") is hers too.
 *
 * Three is the fewest criteria a lab has to meet (definition.ts), so no lab is passed by a list.
 * Fewer are not a list: an honest prompt often names two things at once ("paste the exercises and
 * the warning signs"), or gives a terse line of a lab's words ("Bilingual: French and Dutch").
 * And the lab's words in a statement of her own count, however short ("at most 160 characters",
 * "write it in Dutch"), as does one statement that joins them with grammar words ("Discharge letter
 * for [PATIENT]: pneumonia").
 */
export const LIST_CRITERIA = 3;

/** Offsets in the folded prompt, end exclusive. */
export type Range = readonly [start: number, end: number];

/** An include criterion's cue found in a statement: every match of each of its parts. */
export interface CueFound {
  id: string;
  parts: readonly (readonly Range[])[];
}

/** A line or a sentence of the folded prompt, with the include cues found in it. */
export interface Statement {
  start: number;
  end: number;
  found: readonly CueFound[];
}

/** Lines, and sentences cut at . ! ? before a space (not inside "38.3" or "e.g."). */
const STATEMENT = /[^\n.!?]+(?:[.!?](?!\s|$)[^\n.!?]*)*/g;

export function statementsOf(folded: string): Range[] {
  return [...folded.matchAll(STATEMENT)].map((m) => [m.index, m.index + m[0].length] as const);
}

type Kind = 'cue' | 'joining' | 'grammar' | 'heading' | 'number' | 'own';
interface Word {
  start: number;
  end: number;
  text: string;
  kind: Kind;
}

/** At the start of a statement: a list number, or a label of the seven elements as its heading ("- Format:", "**Task:**"). */
const HEADING = new RegExp(`^[ \\t]*(?:(?:[-*•]|\\d+[.)])?[ \\t]*\\**[ \\t]*(?:${ELEMENT_LABELS.join('|')})[ \\t]*\\**[ \\t]*:|\\d+[.)])`);
/** French elision: "l'heure" is "heure", "qu'il" is "il". */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'/;

function wordsOf(folded: string, [start, end]: Range, covered: Uint8Array, lang: Language): Word[] {
  const text = folded.slice(start, end);
  const heading = HEADING.exec(text)?.[0].length ?? 0;
  return tokenize(text, text).map(({ start: from, end: to, folded: word }) => {
    const at = start + from;
    const bare = word.replace(ELISION, '');
    let kind: Kind = 'own';
    if (covered.subarray(at, start + to).includes(1)) kind = 'cue';
    else if (from < heading) kind = 'heading';
    else if (/^\p{N}/u.test(word)) kind = 'number';
    else if (JOINING[lang].has(word) || JOINING[lang].has(bare)) kind = 'joining';
    else if (GRAMMAR[lang].has(word) || GRAMMAR[lang].has(bare)) kind = 'grammar';
    return { start: at, end: start + to, text: bare, kind };
  });
}

/** How many criteria have a cue wholly inside [from, to). */
function criteriaWithin(found: readonly CueFound[], from: number, to: number): number {
  return new Set(found.filter((cue) => cue.parts.every((part) => part.some(([a, b]) => a >= from && b <= to))).map((cue) => cue.id)).size;
}

/** Runs of a lab's words, one after another, holding cues of three criteria or more. */
function runsOf(statement: Statement, words: readonly Word[]): Range[] {
  const runs: Range[] = [];
  for (let i = 0; i < words.length;) {
    if (words[i]!.kind !== 'cue') {
      i += 1;
      continue;
    }
    let last = i;
    let j = i;
    while (j + 1 < words.length && (words[j + 1]!.kind === 'cue' || words[j + 1]!.kind === 'joining')) {
      j += 1;
      if (words[j]!.kind === 'cue') last = j;
    }
    // The run reaches to the words around it, so that a cue's brackets ("[date") are in it.
    const from = i > 0 ? words[i - 1]!.end : statement.start;
    const to = last + 1 < words.length ? words[last + 1]!.start : statement.end;
    if (criteriaWithin(statement.found, from, to) >= LIST_CRITERIA) runs.push([from, to]);
    i = j + 1;
  }
  return runs;
}

/** What a statement says besides the lab's words: her own words and numbers, in order. */
const frameOf = (words: readonly Word[]) =>
  words
    .filter((w) => w.kind === 'own' || w.kind === 'number')
    .map((w) => w.text)
    .join(' ');

/**
 * Which characters of the folded prompt are a lab's words in a list (1) and so count for no
 * criterion. `statements` are the prompt's, each with the include cues found in it.
 */
export function listedCharacters(folded: string, statements: readonly Statement[], lang: Language): Uint8Array {
  const listed = new Uint8Array(folded.length);
  const covered = new Uint8Array(folded.length);
  const read = statements
    .filter((s) => s.found.length > 0)
    .map((statement) => {
      for (const cue of statement.found) for (const part of cue.parts) for (const [a, b] of part) covered.fill(1, a, b);
      return { statement, words: wordsOf(folded, [statement.start, statement.end], covered, lang) };
    });
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) if (covered[i]) listed[i] = 1;
  };

  for (const { statement, words } of read) for (const [from, to] of runsOf(statement, words)) mark(from, to);

  const byFrame = new Map<string, Statement[]>();
  for (const { statement, words } of read) {
    const frame = frameOf(words);
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), statement]);
  }
  // A statement written twice (a prompt pasted twice) is one statement, not two items of a list.
  const distinct = (group: readonly Statement[]) => new Set(group.map((s) => folded.slice(s.start, s.end).trim().replace(/\s+/g, ' '))).size;
  const items = [...byFrame].flatMap(([frame, group]) => (frame === '' || distinct(group) > 1 ? group : []));
  if (distinct(items) > 1 && new Set(items.flatMap((s) => s.found.map((cue) => cue.id))).size >= LIST_CRITERIA) for (const s of items) mark(s.start, s.end);
  return listed;
}

/** The words a range touches, whole, as the learner wrote them (the folded text when folding moved characters). */
export function wordsAt(prompt: string, folded: string, [start, end]: Range): string {
  const source = prompt.length === folded.length ? prompt : folded;
  let from = start;
  let to = end;
  while (from > 0 && /[\p{L}\p{N}]/u.test(source[from - 1]!)) from -= 1;
  while (to < source.length && /[\p{L}\p{N}]/u.test(source[to]!)) to += 1;
  if (source[from] === '[' && source[to] === ']') to += 1;
  return source.slice(from, to);
}
