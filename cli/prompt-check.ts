import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { copiesLabExpert, isPromptLab, type PromptLabBlock } from '../core/blocks/prompt-lab/definition';
import { checkLabPrompt } from '../core/blocks/prompt-lab/score';
import { isLanguage, LANGUAGES, type Language } from '../core/i18n';
import { checkPrompt } from '../core/prompt-check';
import type { Finding } from '../core/prompt-check/types';
import { flattenBlocks } from '../core/progress';
import { catalogueModules } from './cohort';

/** A criterion of the exercise's task, met or not, with what the learner reads of it. */
export interface CheckedCriterion {
  id: string;
  met: boolean;
  message: string;
  /** When it is not met because its cues are only in a list of the lab's words: those words. */
  listed?: string[];
}

/** One output line: the check of a prompt (in an exercise: with its criteria), or why its input line could not be read. */
export type CheckedLine = { id: string; findings: Finding[]; score: number; criteria?: CheckedCriterion[]; copiesExpert?: boolean } | { id: string | null; error: string };

const EXPECTED = 'expected an object {"id": string, "lang": "fr" | "nl" | "en", "text": string, "exercise"?: "<module>/<block>"}';

/** The prompt lab an `exercise` names, or why none: what `prompt-check` needs of the modules. */
export type FindLab = (exercise: string) => PromptLabBlock | string;

/** The prompt labs of the shipped modules, read and checked once, on the first line that names one. */
export function shippedLabs(load: typeof catalogueModules = catalogueModules): FindLab {
  let labs: Map<string, PromptLabBlock> | string | undefined;
  const read = (): Map<string, PromptLabBlock> | string => {
    const catalogue = load();
    if (!catalogue.ok) return catalogue.message;
    const entries = catalogue.modules.flatMap((mod) => flattenBlocks(mod).flatMap(({ block }) => (isPromptLab(block) ? [[`${mod.id}/${block.id}`, block] as const] : [])));
    return new Map(entries);
  };
  return (exercise) => {
    labs ??= read();
    if (typeof labs === 'string') return `the modules could not be read: ${labs}`;
    return labs.get(exercise) ?? `unknown exercise ${JSON.stringify(exercise.slice(0, 120))}: expected "<module>/<block>" naming a prompt lab of the shipped modules`;
  };
}

const SHIPPED = shippedLabs();

function inExercise(id: string, lab: PromptLabBlock, text: string, lang: Language): CheckedLine {
  const { findings, criteria, score } = checkLabPrompt(lab.criteria, text, lang);
  const texts = new Map(lab.criteria.map((c) => [c.id, c.text[lang]]));
  return {
    id,
    findings,
    score,
    criteria: criteria.map(({ id: criterion, met, listed }) => ({ id: criterion, met, message: texts.get(criterion)!, ...(listed ? { listed } : {}) })),
    // The score is a first try's: once the lab has shown its expert prompt, a try that copies it scores 0.
    copiesExpert: copiesLabExpert(lab, text),
  };
}

/**
 * Checks one input line of `prompt-check`: null for a blank line (skipped), otherwise the object
 * to print. A line that cannot be read becomes an error object, keeping its id when it had a
 * string one, so that one broken line never stops a run of thousands. With `"exercise":
 * "<module>/<block>"`, the prompt is scored as that prompt lab scores a first try, criteria included,
 * and the line says whether it copies the lab's expert prompt (a later try that does scores 0).
 */
export function checkLine(line: string, findLab: FindLab = SHIPPED): CheckedLine | null {
  const source = line.replace(/^\uFEFF/, '');
  if (source.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { id: null, error: `not valid JSON: ${EXPECTED}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `not a JSON object: ${EXPECTED}` };
  const { id, lang, text, exercise } = value as Record<string, unknown>;
  if (typeof id !== 'string') return { id: null, error: id === undefined ? 'missing "id" (a string)' : '"id" must be a string' };
  if (!isLanguage(lang)) {
    const got = lang === undefined ? 'missing "lang"' : `unknown "lang" ${JSON.stringify(lang)}`;
    return { id, error: `${got} (expected one of ${LANGUAGES.join(', ')})` };
  }
  if (typeof text !== 'string') return { id, error: text === undefined ? 'missing "text" (a string)' : '"text" must be a string' };
  if (exercise !== undefined) {
    if (typeof exercise !== 'string') return { id, error: '"exercise" must be a string: "<module>/<block>"' };
    const lab = findLab(exercise);
    return typeof lab === 'string' ? { id, error: lab } : inExercise(id, lab, text, lang);
  }
  const { findings, score } = checkPrompt(text, lang);
  return { id, findings, score };
}

/**
 * `carelit prompt-check`: JSON Lines in, one JSON line out per non-blank input line, in the same
 * order. Reads and writes line by line (waiting when the reader is slower), so the size of the
 * input does not matter. Always 0: failures are per line, in the output.
 */
export async function promptCheck(input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const checked = checkLine(line);
    if (checked !== null && !output.write(`${JSON.stringify(checked)}\n`)) await once(output, 'drain');
  }
  return 0;
}
