import Dexie from 'dexie';
import { pinWaitMs, verifyPin, type PinRecord } from '../../../core/learner-pin';
import type { Profession } from '../../../core/professions';
import type { CareLitDatabase } from './database';
import { displayNameOf } from './learners';
import type { LearnerRow } from './rows';
import { readerSettingsKey } from './settings';

/** What a profile's own screens do to it: rename, change profession, count and delete everything of hers, her PIN. */

/** A new name or profession; her account, and so her records, stay the same. */
export async function updateProfile(db: CareLitDatabase, learnerId: string, changes: { displayName: string; profession: Profession }): Promise<void> {
  await db.learners.update(learnerId, { displayName: displayNameOf(changes.displayName), profession: changes.profession });
}

/** How much of her data each table holds: what deleting her profile takes away. */
export interface LearnerData {
  attempts: number;
  progress: number;
  outbox: number;
  blockStates: number;
  cards: number;
  settings: number;
}

/** Her attempts, through the [learnerId+moduleId] index (attempts have no index on the learner alone). */
const attemptsOf = (db: CareLitDatabase, learnerId: string) => db.attempts.where('[learnerId+moduleId]').between([learnerId, Dexie.minKey], [learnerId, Dexie.maxKey], true, true);

/** Her rows in every learner table: the same list for counting and for deleting, so the confirmation says what goes. */
function herRows(db: CareLitDatabase, learnerId: string) {
  return {
    attempts: attemptsOf(db, learnerId),
    progress: db.progress.where('learnerId').equals(learnerId),
    outbox: db.outbox.where('learnerId').equals(learnerId),
    blockStates: db.blockStates.where('learnerId').equals(learnerId),
    cards: db.cards.where('learnerId').equals(learnerId),
    settings: db.settings.where('key').equals(readerSettingsKey(learnerId)),
  } satisfies Record<keyof LearnerData, unknown>;
}

const LEARNER_TABLES = (db: CareLitDatabase) => [db.learners, db.attempts, db.progress, db.outbox, db.blockStates, db.cards, db.settings];

export async function learnerData(db: CareLitDatabase, learnerId: string): Promise<LearnerData> {
  return db.transaction('r', LEARNER_TABLES(db), async () => {
    const rows = herRows(db, learnerId);
    const counts = await Promise.all(Object.values(rows).map((collection) => collection.count()));
    return Object.fromEntries(Object.keys(rows).map((table, i) => [table, counts[i]])) as unknown as LearnerData;
  });
}

/**
 * Her records the organisation's LRS has not confirmed yet, when one is configured (null when
 * none is: then every record only waits for a trainer's export). Deleting her profile deletes
 * them with the rest, and they are never sent: the confirmation says how many.
 */
export async function unsentRecords(db: CareLitDatabase, learnerId: string): Promise<number | null> {
  return db.transaction('r', [db.settings, db.outbox], async () => {
    if (!(await db.settings.get('lrs-connection'))) return null;
    return db.outbox
      .where('learnerId')
      .equals(learnerId)
      .filter((row) => row.sync === 'waiting')
      .count();
  });
}

/**
 * "Delete my profile" and "erase my data": her profile and everything of hers (answers,
 * progress, records not yet exported, notes and drafts, cards, settings), in one transaction:
 * all of it goes, or nothing does. Returns what was deleted.
 */
export async function deleteLearner(db: CareLitDatabase, learnerId: string): Promise<LearnerData> {
  return db.transaction('rw', LEARNER_TABLES(db), async () => {
    const rows = herRows(db, learnerId);
    const deleted = await Promise.all(Object.values(rows).map((collection) => collection.delete()));
    await db.learners.delete(learnerId);
    return Object.fromEntries(Object.keys(rows).map((table, i) => [table, deleted[i]])) as unknown as LearnerData;
  });
}

/** Wrong tries are counted towards the wait from the last right PIN, or from a new one. */
function forgetWrongTries(row: LearnerRow): void {
  delete row.pinFailures;
  delete row.pinFailedAt;
}

export async function setPin(db: CareLitDatabase, learnerId: string, pin: PinRecord): Promise<void> {
  await db.learners
    .where('id')
    .equals(learnerId)
    .modify((row) => {
      row.pin = pin;
      forgetWrongTries(row);
    });
}

export async function removePin(db: CareLitDatabase, learnerId: string): Promise<void> {
  await db.learners
    .where('id')
    .equals(learnerId)
    .modify((row) => {
      delete row.pin;
      forgetWrongTries(row);
    });
}

/** How long until a PIN may be tried again (0: now), from the wrong tries kept in her row. */
export function pinWaitLeftMs(learner: Pick<LearnerRow, 'pinFailures' | 'pinFailedAt'>, now: Date): number {
  if (!learner.pinFailedAt) return 0;
  // A clock put back counts as no time passed.
  const since = Math.max(0, now.getTime() - Date.parse(learner.pinFailedAt));
  return Math.max(0, pinWaitMs(learner.pinFailures ?? 0) - since);
}

export type PinTry = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; waitMs: number };

/**
 * Checks a PIN typed to open her profile. Wrong tries are kept in her row, so closing the app does
 * not reset the wait; while a wait runs, nothing is checked. A right PIN starts the count afresh.
 */
export async function tryPin(db: CareLitDatabase, learnerId: string, pin: string, now = new Date()): Promise<PinTry> {
  const learner = await db.learners.get(learnerId);
  if (!learner?.pin) return { ok: true };
  const waitMs = pinWaitLeftMs(learner, now);
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  if (await verifyPin(pin, learner.pin)) {
    if (learner.pinFailures) await db.learners.where('id').equals(learnerId).modify(forgetWrongTries);
    return { ok: true };
  }
  const failures = (learner.pinFailures ?? 0) + 1;
  await db.learners.update(learnerId, { pinFailures: failures, pinFailedAt: now.toISOString() });
  return { ok: false, reason: 'wrong', waitMs: pinWaitMs(failures) };
}
