import 'fake-indexeddb/auto';
import { syncOutbox } from '../../../core/lrs/sync';
import type { Statement } from '../../../core/xapi/statements';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { dexieOutbox, getSyncRecord, latestRefusal, newOutboxRow, rowsIn } from '../../../renderer/src/db/outbox';
import { progressFileFor } from '../../../renderer/src/db/progress-export';
import type { LearnerRow } from '../../../renderer/src/db/rows';
import { saveAnswer } from '../../../renderer/src/db/study';
import { sampleModule, sampleQuiz } from '../../fixtures/sample-module';
import { fakeClient, fakeLrs } from '../lrs/fake-lrs';
import { altered, learnerStatements } from '../lrs/statements';

/**
 * The outbox as the LRS sync reads and marks it, in IndexedDB: every profile's statements wait
 * together, oldest first; a row changes state and never leaves, so the learner's export still
 * holds everything.
 */
let db: CareLitDatabase;
let amina: LearnerRow;
let bram: LearnerRow;

beforeEach(async () => {
  db = new CareLitDatabase(`outbox-${Math.random()}`);
  amina = await createLearner(db, 'Amina Benali', 'nurse');
  bram = await createLearner(db, 'Bram Peeters', 'physician');
});
afterEach(() => db.delete());

const AT = '2026-11-20T10:00:00.000Z';
const ids = (statements: readonly Statement[]) => statements.map((s) => s.id);

/** Statements as the app stores them, each learner's a minute apart, interleaved in time. */
async function store(learner: LearnerRow, statements: Statement[]): Promise<void> {
  await db.outbox.bulkAdd(statements.map((statement) => newOutboxRow(statement, learner.id, statement.timestamp)));
}

describe('the outbox in IndexedDB', () => {
  it('keeps what a learner just answered waiting for the LRS', async () => {
    const mod = sampleModule();
    await saveAnswer({ db, learner: amina, module: mod, language: 'nl' }, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 5_000);
    const rows = await db.outbox.toArray();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.sync === 'waiting' && row.learnerId === amina.id)).toBe(true);
    expect(await dexieOutbox(db).waiting()).toBe(rows.length);
  });

  it('hands out every profile’s statements, oldest first, a batch at a time', async () => {
    const first = learnerStatements(1, 30);
    const second = learnerStatements(2, 30); // a day later than the first learner's
    await store(bram, second);
    await store(amina, first);
    const outbox = dexieOutbox(db);
    expect(ids(await outbox.pending(50))).toEqual([...ids(first), ...ids(second)].slice(0, 50));
    expect(await outbox.waiting()).toBe(60);
  });

  it('marks statements sent, with the time, and no longer hands them out; the export still has them', async () => {
    const statements = learnerStatements(1, 10);
    await store(amina, statements);
    const outbox = dexieOutbox(db);
    await outbox.markSent(ids(statements.slice(0, 4)), AT);
    expect(ids(await outbox.pending(50))).toEqual(ids(statements.slice(4)));
    expect(await db.outbox.get(statements[0]!.id)).toMatchObject({ sync: 'sent', sentAt: AT });
    expect(await outbox.lastSentAt()).toBe(AT);
    await outbox.markSent(ids(statements.slice(4, 5)), '2026-11-20T09:00:00.000Z'); // an earlier clock does not move it back
    expect(await outbox.lastSentAt()).toBe(AT);
    const file = await progressFileFor(db, amina.id, { shareName: false, shareProfession: false }, '0.1.0');
    expect(ids(file.statements).sort()).toEqual(ids(statements).sort());
  });

  it('sets a refused statement aside with the LRS’s reason, and can put the refused back in the queue', async () => {
    const statements = learnerStatements(1, 3);
    await store(amina, statements);
    const outbox = dexieOutbox(db);
    const refusal = { code: 'invalid' as const, params: { status: 400, message: "Problem in 'statements.0.verb.id'" } };
    await outbox.markRefused(statements[1]!.id, refusal, AT);
    expect(ids(await outbox.pending(50))).toEqual(ids([statements[0]!, statements[2]!]));
    expect(await rowsIn(db, 'refused').count()).toBe(1);
    expect(await latestRefusal(db)).toEqual(refusal);
    expect(await outbox.requeueRefused()).toBe(1);
    expect(await outbox.waiting()).toBe(3);
    expect(await db.outbox.get(statements[1]!.id)).not.toHaveProperty('refusal');
    expect(await db.outbox.count()).toBe(3);
  });

  it('keeps the last run’s error and when it ended, until the next run', async () => {
    const outbox = dexieOutbox(db);
    expect(await getSyncRecord(db)).toEqual({ lastRunAt: null, lastError: null, lastSentAt: null });
    await outbox.recordFailure({ code: 'timeout', params: { seconds: 20, attempts: 5 } }, AT);
    expect(await getSyncRecord(db)).toEqual({ lastRunAt: AT, lastError: { code: 'timeout', params: { seconds: 20, attempts: 5 } }, lastSentAt: null });
    await outbox.recordFailure(null, '2026-11-20T11:00:00.000Z');
    expect(await getSyncRecord(db)).toMatchObject({ lastRunAt: '2026-11-20T11:00:00.000Z', lastError: null });
  });
});

describe('the sync engine on the IndexedDB outbox', () => {
  const now = () => new Date(AT);

  it('sends every profile’s statements once, and records it', async () => {
    const lrs = fakeLrs();
    await store(amina, learnerStatements(1, 70));
    await store(bram, learnerStatements(2, 40));
    const status = await syncOutbox(fakeClient(lrs), dexieOutbox(db), { now });
    expect(status).toEqual({ outcome: 'done', sent: 110, alreadyThere: 0, refused: 0, waiting: 0, lastSentAt: AT, error: null });
    expect(lrs.stored.size).toBe(110);
    expect(await rowsIn(db, 'sent').count()).toBe(110);
    expect(await db.outbox.count()).toBe(110);
  });

  it('loses and doubles nothing when the app closes between the LRS’s answer and the outbox’s update', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 80);
    await store(amina, statements);
    const name = db.name;
    const outbox = dexieOutbox(db);
    // The window closes while the first batch is on its way: the LRS stores it, the outbox cannot say so.
    const closing = { ...outbox, markSent: async (sent: readonly string[], at: string) => (db.close(), outbox.markSent(sent, at)) };
    const cut = await syncOutbox(fakeClient(lrs), closing, { now });
    expect(cut).toMatchObject({ outcome: 'stopped', sent: 0, error: { code: 'store' } });
    expect(lrs.stored.size).toBe(50);

    db = new CareLitDatabase(name); // the app starts again
    expect(await rowsIn(db, 'waiting').count()).toBe(80);
    const next = await syncOutbox(fakeClient(lrs), dexieOutbox(db), { now });
    expect(next).toMatchObject({ outcome: 'done', sent: 30, alreadyThere: 50, waiting: 0 });
    expect(lrs.stored.size).toBe(80);
  });

  it('keeps a statement the LRS holds with other content, refused, and sends the others', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 6);
    lrs.stored.set(statements[2]!.id, JSON.stringify(altered(statements[2]!)));
    await store(amina, statements);
    const status = await syncOutbox(fakeClient(lrs), dexieOutbox(db), { now });
    expect(status).toMatchObject({ outcome: 'done', sent: 5, refused: 1, waiting: 0 });
    expect(await db.outbox.get(statements[2]!.id)).toMatchObject({ sync: 'refused', refusedAt: AT, refusal: { code: 'conflict', params: { status: 409 } } });
  });
});
