/** Pieces of the names the app suggests for the files it saves (a progress file, a backup). */

const SLUG_MAX_CHARS = 40;

/** ASCII letters, digits and dashes: "Anaïs Van den Bossche" → "anais-van-den-bossche". */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_CHARS)
    .replace(/^-+|-+$/g, '');
}

/** The calendar date on the computer's clock (YYYY-MM-DD): the day the learner sees. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
