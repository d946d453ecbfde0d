import Dexie from 'dexie';
import type { CareLitDatabase } from './database';
import type { CardRow } from './rows';

/**
 * Reading a learner's due cards, for the home screen. Kept apart from the writes in cards.ts,
 * which need the scheduler: the first screen loads without it.
 */
/** The learner's cards due at or before `until`, soonest first. */
export function dueCards(db: CareLitDatabase, learnerId: string, until: Date): Promise<CardRow[]> {
  // Due dates are ISO strings in UTC, which sort as the dates they stand for.
  return db.cards.where('[learnerId+due]').between([learnerId, Dexie.minKey], [learnerId, until.toISOString()], true, true).toArray();
}

/** Whether the learner has any card at all (before her first flashcards, the home screen says nothing about them). */
export async function hasCards(db: CareLitDatabase, learnerId: string): Promise<boolean> {
  return (await db.cards.where('learnerId').equals(learnerId).count()) > 0;
}

/** The last millisecond of `now`'s day in local time: "due today" means due before tonight. */
export function endOfToday(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
}
