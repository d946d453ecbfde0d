import 'fake-indexeddb/auto';
import { newCardMemory, reviewCard } from '../../../core/scheduling/fsrs';
import { ensureCards, gradeCard, MissingCardError } from '../../../renderer/src/db/cards';
import { dueCards, endOfToday, hasCards } from '../../../renderer/src/db/due-cards';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import type { CardRow } from '../../../renderer/src/db/rows';

const day = 24 * 60 * 60 * 1000;
const monday = new Date('2026-11-30T08:00:00.000Z');
let db: CareLitDatabase;

beforeEach(() => {
  db = new CareLitDatabase(`cards-${Math.random()}`);
});
afterEach(() => db.delete());

/** A card stored with a chosen due date, as if reviewed earlier. */
function cardDueAt(learnerId: string, termId: string, due: Date): CardRow {
  const memory = { ...newCardMemory(monday), due: due.toISOString() };
  return { learnerId, moduleId: 'sample', termId, due: memory.due, memory };
}

describe('a learner’s glossary cards', () => {
  it('creates a new card, due at once, for each term she does not have yet', async () => {
    const cards = await ensureCards(db, 'amina', 'sample', ['hallucination', 'prompt'], monday);
    expect(cards.map((c) => c.termId)).toEqual(['hallucination', 'prompt']);
    expect(await db.cards.get(['amina', 'sample', 'prompt'])).toEqual({
      learnerId: 'amina',
      moduleId: 'sample',
      termId: 'prompt',
      due: monday.toISOString(),
      memory: newCardMemory(monday),
    });
    expect(await hasCards(db, 'amina')).toBe(true);
    expect(await hasCards(db, 'jan')).toBe(false);
  });

  it('is idempotent: meeting the block again adds only new terms and keeps what she has learned', async () => {
    await ensureCards(db, 'amina', 'sample', ['hallucination'], monday);
    const learned = await gradeCard(db, ['amina', 'sample', 'hallucination'], 'good', monday);
    const later = new Date(monday.getTime() + day);
    const cards = await ensureCards(db, 'amina', 'sample', ['hallucination', 'prompt', 'prompt'], later);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toEqual(learned);
    expect(cards[1]!.due).toBe(later.toISOString());
    expect(await db.cards.count()).toBe(2);
  });

  it('stores the FSRS result of a grade: the memory and, for the home screen, its due date', async () => {
    await ensureCards(db, 'amina', 'sample', ['prompt'], monday);
    const graded = await gradeCard(db, ['amina', 'sample', 'prompt'], 'easy', monday);
    const expected = reviewCard(newCardMemory(monday), 'easy', monday);
    expect(graded.memory).toEqual(expected);
    expect(await db.cards.get(['amina', 'sample', 'prompt'])).toEqual({ learnerId: 'amina', moduleId: 'sample', termId: 'prompt', due: expected.due, memory: expected });
    expect(new Date(expected.due).getTime()).toBeGreaterThan(monday.getTime() + day);
  });

  it('refuses to grade a card she does not have, writing nothing', async () => {
    await expect(gradeCard(db, ['amina', 'sample', 'gone'], 'good', monday)).rejects.toBeInstanceOf(MissingCardError);
    expect(await db.cards.count()).toBe(0);
  });

  it('returns exactly her cards due by the given moment, soonest first, through the [learnerId+due] index', async () => {
    const tonight = endOfToday(monday);
    await db.cards.bulkAdd([
      cardDueAt('amina', 'overdue', new Date(monday.getTime() - 3 * day)),
      cardDueAt('amina', 'this-evening', new Date(tonight.getTime() - 60_000)),
      cardDueAt('amina', 'at-midnight', tonight),
      cardDueAt('amina', 'tomorrow', new Date(tonight.getTime() + 1)),
      cardDueAt('jan', 'overdue', new Date(monday.getTime() - day)),
    ]);
    const where = jest.spyOn(db.cards, 'where');
    const scan = jest.spyOn(db.cards, 'toArray');
    const filter = jest.spyOn(db.cards, 'filter');
    const due = await dueCards(db, 'amina', tonight);
    expect(due.map((c) => c.termId)).toEqual(['overdue', 'this-evening', 'at-midnight']);
    expect(where).toHaveBeenCalledWith('[learnerId+due]');
    expect(scan).not.toHaveBeenCalled();
    expect(filter).not.toHaveBeenCalled();
  });

  it('counts "today" until the last millisecond of the local day', () => {
    const now = new Date(2026, 10, 30, 9, 15);
    expect(endOfToday(now)).toEqual(new Date(2026, 10, 30, 23, 59, 59, 999));
    expect(endOfToday(new Date(2026, 11, 31, 23, 59, 59, 999))).toEqual(new Date(2026, 11, 31, 23, 59, 59, 999));
  });
});
