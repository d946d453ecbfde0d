import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { isLanguage, LANGUAGES } from '../core/i18n';
import { checkPrompt } from '../core/prompt-check';
import type { Finding } from '../core/prompt-check/types';

/** One output line: the check of a prompt, or why its input line could not be read. */
export type CheckedLine = { id: string; findings: Finding[]; score: number } | { id: string | null; error: string };

const EXPECTED = 'expected an object {"id": string, "lang": "fr" | "nl" | "en", "text": string}';

/**
 * Checks one input line of `prompt-check`: null for a blank line (skipped), otherwise the object
 * to print. A line that cannot be read becomes an error object, keeping its id when it had a
 * string one, so that one broken line never stops a run of thousands.
 */
export function checkLine(line: string): CheckedLine | null {
  const source = line.replace(/^\uFEFF/, '');
  if (source.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { id: null, error: `not valid JSON: ${EXPECTED}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `not a JSON object: ${EXPECTED}` };
  const { id, lang, text } = value as Record<string, unknown>;
  if (typeof id !== 'string') return { id: null, error: id === undefined ? 'missing "id" (a string)' : '"id" must be a string' };
  if (!isLanguage(lang)) {
    const got = lang === undefined ? 'missing "lang"' : `unknown "lang" ${JSON.stringify(lang)}`;
    return { id, error: `${got} (expected one of ${LANGUAGES.join(', ')})` };
  }
  if (typeof text !== 'string') return { id, error: text === undefined ? 'missing "text" (a string)' : '"text" must be a string' };
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
