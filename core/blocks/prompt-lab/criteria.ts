import { z } from 'zod';
import { idSchema, localizedSchema, perLanguage } from '../../content/fields';
import type { Language } from '../../i18n';
import { fold } from '../../prompt-check/tokens';
import { listedCharacters, statementsOf, wordsAt, type CueFound, type Range, type Statement } from './lists';

/**
 * What a good prompt for one task must do, or must not contain, written by the author for each
 * prompt lab: "the SMS names no department", "the nurse writes the R of SBAR herself", "no
 * exercise is added". Each criterion has the sentence the learner reads and, per language, cues:
 * words the offline checker looks for in a prompt written in that language.
 *
 * A cue is written as a learner would write it, in lower or upper case, with or without accents:
 *   - `annul*`: a star at the end of a word stands for any ending (annuler, annulez, annulation);
 *   - `annul* / report* / déplac*`: a slash between alternatives;
 *   - `exercice* + aucun / sans / pas`: a plus between parts that must all be in one sentence.
 * Anything else is taken literally, brackets included (`[date]`). A criterion is met when one of
 * its cues is found (`must: include`) outside a list of the lab's words (lists.ts: "PPI stop, DOI,
 * guidelines" says nothing of what to do with them), or when none is found, a list included
 * (`must: exclude`); for an exclusion, a cue after a negation in its sentence does not count
 * ("ni service ni motif", "n'ajoutez pas d'exercice"), since saying what to leave out is what the
 * lesson asks.
 */
export const CRITERION_KINDS = ['include', 'exclude'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** Letters, digits, spaces and the few signs a cue may hold; `*`, `/` and `+` are its syntax. */
const CUE_SHAPE = /^[\p{L}\p{N}\s'’.,:\-[\]()%°/+*]+$/u;

/** Why a cue cannot be read, or null when it can. */
export function cueFault(cue: string): string | null {
  if (!CUE_SHAPE.test(cue)) return `the cue "${cue}" holds a sign a cue cannot have: use letters, digits, spaces, * / +`;
  for (const part of cue.split('+')) {
    for (const alternative of part.split('/')) {
      const words = alternative.trim();
      if (words === '') return `the cue "${cue}" has an empty part around "+" or "/"`;
      if (/\*(?=[\p{L}\p{N}])/u.test(words)) return `the cue "${cue}" has a * inside a word: it stands for the end of a word only`;
      if (/^\*/.test(words)) return `the cue "${cue}" starts with a *: it stands for the end of a word only`;
    }
  }
  return null;
}

const cueSchema = z
  .string({ error: 'expected a cue (a word or a few words)' })
  .trim()
  .min(1, 'a cue must not be empty')
  .max(200, 'a cue is a few words: at most 200 characters')
  .superRefine((cue, ctx) => {
    const fault = cueFault(cue);
    if (fault) ctx.addIssue({ code: 'custom', message: fault });
  });

export const criterionSchema = z
  .object({
    id: idSchema,
    /** `include`: what the prompt must do; `exclude`: what it must not contain. */
    must: z.enum(CRITERION_KINDS, { error: 'expected "include" (what the prompt must do) or "exclude" (what it must not contain)' }),
    /** What the learner reads in the checklist: the criterion, as a statement about her prompt. */
    text: localizedSchema,
    /** Per language: the words that show the criterion in a prompt written in that language. */
    cues: perLanguage(z.array(cueSchema).min(1, 'give at least one cue in each language').max(40, 'at most 40 cues')),
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

/** One criterion's verdict on a prompt. */
export interface CriterionResult {
  id: string;
  must: CriterionKind;
  met: boolean;
  /**
   * An include criterion not met because its cues were found only in a list of the lab's words
   * (lists.ts): those words, as she wrote them, for the message that tells her why.
   */
  listed?: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternative of a cue as a pattern over folded text: whole words, a star for any ending. */
function alternativePattern(alternative: string): string {
  const words = fold(alternative.trim()).split(/\s+/);
  const body = words.map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}[\\p{L}\\p{N}]*` : escape(word))).join("[\\s'’-]+");
  return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** A cue as one pattern per part, global so that every match can be read; every part must match in one sentence. */
interface CompiledCue {
  parts: RegExp[];
}

function compileCue(cue: string): CompiledCue {
  return { parts: cue.split('+').map((part) => new RegExp(part.split('/').map(alternativePattern).join('|'), 'gu')) };
}

const COMPILED = new Map<string, CompiledCue>();
function compiled(cue: string): CompiledCue {
  let found = COMPILED.get(cue);
  if (!found) COMPILED.set(cue, (found = compileCue(cue)));
  return found;
}

/** A sentence of the folded prompt and where it starts: a statement (lists.ts) cut at semicolons. */
interface Sentence {
  start: number;
  text: string;
}

function sentencesOf(folded: string, [start, end]: Range): Sentence[] {
  const sentences: Sentence[] = [];
  let from = start;
  for (const text of folded.slice(start, end).split(';')) {
    sentences.push({ start: from, text });
    from += text.length + 1;
  }
  return sentences;
}

/** Negations, in every language: a cue after one of them in its sentence is something to leave out. */
const NEGATION =
  /(?<![\p{L}\p{N}])(?:n'|(?:ne|pas|aucune?|sans|ni|jamais|evite[rz]?|niet|geen|zonder|nooit|noch|vermijd|no|not|without|never|avoid|nor|don't|doesn't)(?![\p{L}\p{N}]))/u;

/** Where the cue's first part is found in the sentence, when every part is; -1 when one is missing. */
function matchAt(cue: CompiledCue, sentence: string): number {
  let first = -1;
  for (const [i, part] of cue.parts.entries()) {
    // `search` reads from the start whatever the pattern's lastIndex.
    const at = sentence.search(part);
    if (at === -1) return -1;
    if (i === 0) first = at;
  }
  return first;
}

function found(cues: readonly string[], sentences: readonly string[], negationMatters: boolean): boolean {
  return cues.some((cue) =>
    sentences.some((sentence) => {
      const at = matchAt(compiled(cue), sentence);
      return at !== -1 && !(negationMatters && NEGATION.test(sentence.slice(0, at)));
    }),
  );
}

/** The cue in the sentence, when every part of it is there: every match of each part, as offsets in the folded prompt. */
function cueFound(id: string, cue: CompiledCue, sentence: Sentence): CueFound[] {
  if (matchAt(cue, sentence.text) === -1) return [];
  const parts = cue.parts.map((part) => [...sentence.text.matchAll(part)].map((m) => [sentence.start + m.index, sentence.start + m.index + m[0].length] as const));
  return [{ id, parts }];
}

/** The folded prompt with the listed characters blanked out. */
function without(folded: string, listed: Uint8Array): string {
  if (!listed.includes(1)) return folded;
  let kept = '';
  for (let i = 0; i < folded.length; i += 1) kept += listed[i] ? ' ' : folded[i];
  return kept;
}

/** At most this many of a criterion's listed words are quoted back to her. */
const LISTED_WORDS = 4;

/** The words of a criterion's cues that stood in a list, as she wrote them. */
function listedWords(id: string, statements: readonly Statement[], listed: Uint8Array, prompt: string, folded: string): string[] {
  const words = new Set<string>();
  for (const statement of statements) {
    for (const cue of statement.found) {
      if (cue.id !== id) continue;
      const firsts = cue.parts.map((part) => part[0]!);
      if (!firsts.some(([a, b]) => listed.subarray(a, b).includes(1))) continue;
      for (const range of firsts) words.add(wordsAt(prompt, folded, range));
    }
  }
  return [...words].slice(0, LISTED_WORDS);
}

/**
 * Each criterion met or not by `prompt`, written in `lang`: the cues of that language are read.
 * An include criterion's cues count only outside a list of the lab's words (lists.ts); an
 * exclusion is broken by its cues wherever they are, a list included.
 */
export function checkCriteria(criteria: readonly Criterion[], prompt: string, lang: Language): CriterionResult[] {
  const folded = fold(prompt);
  const includes = criteria.filter((c) => c.must === 'include');
  const read = statementsOf(folded).map((range) => ({ range, sentences: sentencesOf(folded, range) }));
  const sentences = read.flatMap((r) => r.sentences);
  const statements: Statement[] = read.map(({ range: [start, end], sentences: inStatement }) => ({
    start,
    end,
    found: inStatement.flatMap((sentence) => includes.flatMap(({ id, cues }) => cues[lang].flatMap((cue) => cueFound(id, compiled(cue), sentence)))),
  }));
  const listed = listedCharacters(folded, statements, lang);
  const kept = without(folded, listed);
  const texts = (text: string) => sentences.map((s) => text.slice(s.start, s.start + s.text.length));
  const all = texts(folded);
  const outsideLists = kept === folded ? all : texts(kept);
  return criteria.map(({ id, must, cues }): CriterionResult => {
    if (must === 'exclude') return { id, must, met: !found(cues[lang], all, true) };
    if (found(cues[lang], outsideLists, false)) return { id, must, met: true };
    const words = listedWords(id, statements, listed, prompt, folded);
    return words.length > 0 ? { id, must, met: false, listed: words } : { id, must, met: false };
  });
}
