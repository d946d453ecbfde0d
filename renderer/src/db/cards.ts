import { newCardMemory, reviewCard, type CardGrade } from '../../../core/scheduling/fsrs';
import type { CareLitDatabase } from './database';
import type { CardRow } from './rows';

/**
 * A learner's glossary cards. Each write is one transaction with nothing but IndexedDB work
 * (and the pure FSRS computation) inside; "due" is always read through the [learnerId+due]
 * index, so the home screen stays fast however many cards a shared PC holds.
 */
export type CardKey = [learnerId: string, moduleId: string, termId: string];

export function cardKey(card: Pick<CardRow, 'learnerId' | 'moduleId' | 'termId'>): CardKey {
  return [card.learnerId, card.moduleId, card.termId];
}

export class MissingCardError extends Error {
  override name = 'MissingCardError';
}

/**
 * Gives the learner a card for every term she does not have yet; cards she already has keep
 * their memory. Returns the cards of `termIds`, in that order.
 */
export async function ensureCards(db: CareLitDatabase, learnerId: string, moduleId: string, termIds: readonly string[], now: Date): Promise<CardRow[]> {
  const keys = [...new Set(termIds)].map((termId): CardKey => [learnerId, moduleId, termId]);
  return db.transaction('rw', [db.cards], async () => {
    const existing = await db.cards.bulkGet(keys);
    const cards = keys.map(([, , termId], i): CardRow => existing[i] ?? freshCard(learnerId, moduleId, termId, now));
    const created = cards.filter((_, i) => !existing[i]);
    if (created.length > 0) await db.cards.bulkAdd(created);
    return cards;
  });
}

function freshCard(learnerId: string, moduleId: string, termId: string, now: Date): CardRow {
  const memory = newCardMemory(now);
  return { learnerId, moduleId, termId, due: memory.due, memory };
}

/** Records the learner's grade: the card's FSRS memory and its next due date, together. */
export async function gradeCard(db: CareLitDatabase, key: CardKey, grade: CardGrade, now: Date): Promise<CardRow> {
  return db.transaction('rw', [db.cards], async () => {
    const card = await db.cards.get(key);
    if (!card) throw new MissingCardError(`no card ${key.join('/')}`);
    const memory = reviewCard(card.memory, grade, now);
    const graded: CardRow = { ...card, due: memory.due, memory };
    await db.cards.put(graded);
    return graded;
  });
}

/** Writes the memories a flashcards block changed (each with its due date), in one transaction. */
export async function saveCardMemories(db: CareLitDatabase, learnerId: string, moduleId: string, memories: Readonly<Record<string, CardRow['memory']>>): Promise<void> {
  const entries = Object.entries(memories);
  await db.transaction('rw', [db.cards], async () => {
    const existing = await db.cards.bulkGet(entries.map(([termId]): CardKey => [learnerId, moduleId, termId]));
    const changed = entries.filter(([, memory], i) => JSON.stringify(existing[i]?.memory) !== JSON.stringify(memory));
    if (changed.length > 0) await db.cards.bulkPut(changed.map(([termId, memory]) => ({ learnerId, moduleId, termId, due: memory.due, memory })));
  });
}
