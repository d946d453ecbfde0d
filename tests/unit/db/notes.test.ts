import 'fake-indexeddb/auto';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { getNote, NOTE_MAX_LENGTH, saveNote } from '../../../renderer/src/db/notes';

let db: CareLitDatabase;
beforeEach(() => {
  db = new CareLitDatabase(`notes-${Math.random()}`);
});
afterEach(() => db.delete());

const amina = { learnerId: 'amina', moduleId: 'basics', blockId: 'my-practice' };

describe('private notes', () => {
  it('keeps one note per learner, module and block, the latest text winning', async () => {
    await saveNote(db, amina, 'First thought');
    await saveNote(db, amina, 'Second thought');
    await saveNote(db, { ...amina, learnerId: 'sofie' }, 'Her own note');
    expect(await getNote(db, amina)).toMatchObject({ ...amina, text: 'Second thought' });
    expect(await getNote(db, { ...amina, learnerId: 'sofie' })).toMatchObject({ text: 'Her own note' });
    expect(await getNote(db, { ...amina, blockId: 'other-block' })).toBeUndefined();
    expect(await db.notes.count()).toBe(2);
  });

  it('records when the note last changed', async () => {
    await saveNote(db, amina, 'A thought');
    expect((await getNote(db, amina))!.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('deletes a note she empties rather than keeping a blank row', async () => {
    await saveNote(db, amina, 'A thought');
    await saveNote(db, amina, '  \n');
    expect(await getNote(db, amina)).toBeUndefined();
  });

  it('never keeps more than the limit', async () => {
    await saveNote(db, amina, 'x'.repeat(NOTE_MAX_LENGTH + 10));
    expect((await getNote(db, amina))!.text).toHaveLength(NOTE_MAX_LENGTH);
  });
});
