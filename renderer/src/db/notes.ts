import type { CareLitDatabase } from './database';
import type { NoteRow } from './rows';

/** Which note: one per learner, module and reflection block. */
export type NoteKey = Pick<NoteRow, 'learnerId' | 'moduleId' | 'blockId'>;

/** A note is a few thoughts, not a document; the limit also keeps one row small. */
export const NOTE_MAX_LENGTH = 5000;

export function getNote(db: CareLitDatabase, key: NoteKey): Promise<NoteRow | undefined> {
  return db.notes.get([key.learnerId, key.moduleId, key.blockId]);
}

/** Saves a learner's private note; an emptied note is deleted rather than kept blank. */
export async function saveNote(db: CareLitDatabase, key: NoteKey, text: string): Promise<void> {
  if (text.trim() === '') {
    await db.notes.delete([key.learnerId, key.moduleId, key.blockId]);
    return;
  }
  const { learnerId, moduleId, blockId } = key;
  await db.notes.put({ learnerId, moduleId, blockId, text: text.slice(0, NOTE_MAX_LENGTH), updatedAt: new Date().toISOString() });
}
