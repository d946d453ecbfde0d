import { fold, tokenize } from '../../prompt-check/tokens';

/**
 * Whether a try is the expert's prompt copied. From the first try on, a lab shows its expert's
 * prompt; pasting it back (or most of it, a few words changed) would pass without doing the task.
 * A try is compared with the expert's prompt as runs of three words (lower case, no accents, no
 * punctuation): it copies when most of its runs are the expert's AND they make up a good part of
 * the expert's prompt. Borrowing an idea or a phrase after comparing stays hers; a short try
 * ("You are a nurse.") shares all its runs but covers little, and is judged on its task instead.
 */

/** A try whose runs are at least this share the expert's… */
export const COPIED_SHARE = 0.5;
/** …and cover at least this share of the expert's runs, copies it. */
export const COPIED_COVER = 0.25;

const RUN = 3;

const without = (set: Set<string>, left: Set<string>) => new Set([...set].filter((run) => !left.has(run)));

function runs(text: string): Set<string> {
  const words = tokenize(text, fold(text)).map((t) => t.folded);
  const found = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i += 1) found.add(words.slice(i, i + RUN).join(' '));
  return found;
}

/**
 * How much of a try is the expert's own writing: the share of its runs found in the expert's
 * prompt, and the share of the expert's runs it holds. Runs also found in `given` (the task card
 * and the source document, which both may quote) are left out on both sides.
 */
export function overlap(attempt: string, expert: string, given: readonly string[] = []): { share: number; cover: number } {
  const quoted = new Set(given.flatMap((text) => [...runs(text)]));
  const mine = without(runs(attempt), quoted);
  const theirs = without(runs(expert), quoted);
  if (mine.size === 0 || theirs.size === 0) return { share: 0, cover: 0 };
  let shared = 0;
  for (const run of mine) if (theirs.has(run)) shared += 1;
  return { share: shared / mine.size, cover: shared / theirs.size };
}

/** Whether a try copies one of the expert's prompts (every language: she may paste another language's). */
export function copiesExpert(prompt: string, expertPrompts: readonly string[], given: readonly string[] = []): boolean {
  return expertPrompts.some((expert) => {
    const { share, cover } = overlap(prompt, expert, given);
    return share >= COPIED_SHARE && cover >= COPIED_COVER;
  });
}
