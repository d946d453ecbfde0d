const EXCERPT_LENGTH = 70;

/** The start of a sentence, cut at a word, to name it in a list or a heading. */
export function excerptOf(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 30))}…`;
}
