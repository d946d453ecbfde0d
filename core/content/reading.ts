import { markdownToPlainText } from '../markdown/parse';

/**
 * Reading speed for instructional text read with attention, in words per minute: below
 * silent reading of non-fiction (about 240 wpm), because learners stop to think and check.
 */
export const READING_WPM = 200;

/** Words as an author counts them: runs between spaces that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The words a learner reads in a content text (Markdown as written). */
export function wordsRead(markdown: string): number {
  return countWords(markdownToPlainText(markdown));
}
