import type { LrsError } from '../../../core/lrs/client';
import type { StatementRefusal } from '../../../core/lrs/push';
import type { OutboxStore } from '../../../core/lrs/sync';
import type { Statement } from '../../../core/xapi/statements';

/** An outbox in memory, kept as the app's would be: a row per statement, its state beside it. */
export interface MemoryOutbox extends OutboxStore {
  rows: Map<string, { statement: Statement; sentAt?: string; refusal?: StatementRefusal }>;
  failures: (LrsError | null)[];
  /** Makes the next markSent calls throw, as a store does when the app is closed under it. */
  failNextMarks: number;
}

export function memoryOutbox(statements: readonly Statement[]): MemoryOutbox {
  const rows: MemoryOutbox['rows'] = new Map(statements.map((statement) => [statement.id, { statement }]));
  const waiting = () => [...rows.values()].filter((row) => !row.sentAt && !row.refusal);
  const outbox: MemoryOutbox = {
    rows,
    failures: [],
    failNextMarks: 0,
    pending: async (limit) =>
      waiting()
        .slice(0, limit)
        .map((row) => row.statement),
    markSent: async (ids, at) => {
      if (outbox.failNextMarks > 0) {
        outbox.failNextMarks -= 1;
        throw new Error('the database connection is closing');
      }
      for (const id of ids) rows.get(id)!.sentAt = at;
    },
    markRefused: async (id, refusal) => void (rows.get(id)!.refusal = refusal),
    recordFailure: async (error) => void outbox.failures.push(error),
    waiting: async () => waiting().length,
    lastSentAt: async () => [...rows.values()].reduce<string | null>((latest, row) => (row.sentAt && (!latest || row.sentAt > latest) ? row.sentAt : latest), null),
  };
  return outbox;
}
