import Dexie from 'dexie';
import type { StatementRefusal } from '../../../core/lrs/push';
import type { OutboxStore } from '../../../core/lrs/sync';
import type { Statement } from '../../../core/xapi/statements';
import type { CareLitDatabase } from './database';
import type { LrsSyncRecord, OutboxRow, OutboxSync } from './rows';

/**
 * The outbox as the LRS sync sees it (core/lrs/sync.ts's store). Every learner profile's
 * statements on this computer wait in it together: each carries only a pseudonymous account.
 * A row changes state, never leaves: the learner's export reads them all (until she deletes her
 * profile, and with it everything of hers).
 */

/** A statement just made: it waits for the LRS until the LRS has it. */
export function newOutboxRow(statement: Statement, learnerId: string, createdAt: string): OutboxRow {
  return { id: statement.id, learnerId, createdAt, statement, sync: 'waiting' };
}

/** The rows in one state, oldest first (by the [sync+createdAt] index). */
export const rowsIn = (db: CareLitDatabase, sync: OutboxSync) => db.outbox.where('[sync+createdAt]').between([sync, Dexie.minKey], [sync, Dexie.maxKey]);

export const NO_SYNC_YET: LrsSyncRecord = { lastRunAt: null, lastError: null, lastSentAt: null };

export async function getSyncRecord(db: CareLitDatabase): Promise<LrsSyncRecord> {
  const row = await db.settings.get('lrs-sync');
  return row?.key === 'lrs-sync' ? row.value : NO_SYNC_YET;
}

/** Read and written in one transaction, so two changes made at once both stay. */
function updateSyncRecord(db: CareLitDatabase, change: (record: LrsSyncRecord) => LrsSyncRecord): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'lrs-sync', value: change(await getSyncRecord(db)) });
  });
}

const later = (a: string | null, b: string) => (a && a > b ? a : b);

export interface DexieOutbox extends OutboxStore {
  /** Puts the statements the LRS refused back in the queue (after the LRS or its limits changed); how many. */
  requeueRefused(): Promise<number>;
}

export function dexieOutbox(db: CareLitDatabase): DexieOutbox {
  return {
    pending: async (limit) => (await rowsIn(db, 'waiting').limit(limit).toArray()).map((row) => row.statement),

    // The rows and the time of the last confirmation change together, or not at all.
    markSent: (ids, at) =>
      db.transaction('rw', [db.outbox, db.settings], async () => {
        await db.outbox
          .where('id')
          .anyOf([...ids])
          .modify((row) => {
            row.sync = 'sent';
            row.sentAt = at;
          });
        await updateSyncRecord(db, (record) => ({ ...record, lastSentAt: later(record.lastSentAt, at) }));
      }),

    markRefused: async (id: string, refusal: StatementRefusal, at: string) => {
      await db.outbox.update(id, { sync: 'refused', refusedAt: at, refusal });
    },

    recordFailure: (error, at) => updateSyncRecord(db, (record) => ({ ...record, lastRunAt: at, lastError: error })),

    waiting: () => rowsIn(db, 'waiting').count(),

    lastSentAt: async () => (await getSyncRecord(db)).lastSentAt,

    requeueRefused: () =>
      rowsIn(db, 'refused').modify((row) => {
        row.sync = 'waiting';
        delete row.refusedAt;
        delete row.refusal;
      }),
  };
}

/** The newest refusal, for the settings screen to quote. */
export async function latestRefusal(db: CareLitDatabase): Promise<StatementRefusal | null> {
  const rows = await rowsIn(db, 'refused').toArray();
  const newest = rows.reduce<OutboxRow | null>((found, row) => (!found || (row.refusedAt ?? '') > (found.refusedAt ?? '') ? row : found), null);
  return newest?.refusal ?? null;
}
