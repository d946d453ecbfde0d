/** Where the project lives, whatever folder a script is started from. */
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** A thrown value as one readable line: the message only, never a stack. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]?.trim() || 'unknown error';
}
