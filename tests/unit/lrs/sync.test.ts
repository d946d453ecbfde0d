import { singleRun, syncOutbox, type SyncStatus } from '../../../core/lrs/sync';
import { fakeClient, fakeLrs, networkError, recordedSleep, timeoutError } from './fake-lrs';
import { memoryOutbox } from './memory-outbox';
import { altered, learnerStatements } from './statements';

const AT = new Date('2026-11-20T10:00:00.000Z');
const now = () => AT;

describe('the outbox sync', () => {
  it('sends what waits, batch after batch, and says so', async () => {
    const lrs = fakeLrs();
    const outbox = memoryOutbox([...learnerStatements(1, 70), ...learnerStatements(2, 40)]);
    const status = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(status).toEqual({ outcome: 'done', sent: 110, alreadyThere: 0, refused: 0, waiting: 0, lastSentAt: AT.toISOString(), error: null });
    expect(lrs.stored.size).toBe(110);
    expect(outbox.failures).toEqual([null]);
  });

  it('keeps everything waiting while the LRS is down, and sends it all on the next run', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 30);
    const outbox = memoryOutbox(statements);
    lrs.script.push(...Array.from({ length: 100 }, () => ({ status: 503 })));
    const down = await syncOutbox(fakeClient(lrs, { sleeps: recordedSleep() }), outbox, { now });
    lrs.script.length = 0;
    expect(down).toEqual({
      outcome: 'stopped',
      sent: 0,
      alreadyThere: 0,
      refused: 0,
      waiting: 30,
      lastSentAt: null,
      error: { code: 'server-error', params: { status: 503, attempts: 5 } },
    });
    expect(outbox.failures).toEqual([down.error]);

    const up = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(up).toMatchObject({ outcome: 'done', sent: 30, waiting: 0, error: null });
    expect(lrs.stored.size).toBe(30);
  });

  it('marks nothing sent when the credentials are refused, and says it in a code the UI translates', async () => {
    const lrs = fakeLrs();
    const outbox = memoryOutbox(learnerStatements(1, 12));
    const status = await syncOutbox(fakeClient(lrs, { secret: 'expired' }), outbox, { now });
    expect(status).toEqual({ outcome: 'stopped', sent: 0, alreadyThere: 0, refused: 0, waiting: 12, lastSentAt: null, error: { code: 'credentials', params: { status: 401 } } });
    expect([...outbox.rows.values()].filter((row) => row.sentAt)).toEqual([]);
  });

  it('loses nothing and doubles nothing when the app stops between the LRS’s answer and the outbox’s update', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 80);
    const outbox = memoryOutbox(statements);
    outbox.failNextMarks = 1;
    const cut = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(cut).toMatchObject({ outcome: 'stopped', sent: 0, waiting: 80, error: { code: 'store', params: { detail: 'the database connection is closing' } } });
    expect(lrs.stored.size).toBe(50); // the LRS has the first batch; the outbox does not know

    const next = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(next).toMatchObject({ outcome: 'done', sent: 30, alreadyThere: 50, waiting: 0 });
    expect(lrs.stored.size).toBe(80);
  });

  it('sets a refused statement aside for good, and sends the rest', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 10);
    lrs.stored.set(statements[4]!.id, JSON.stringify(altered(statements[4]!)));
    const outbox = memoryOutbox(statements);
    const status = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(status).toMatchObject({ outcome: 'done', sent: 9, refused: 1, waiting: 0 });
    expect(outbox.rows.get(statements[4]!.id)!.refusal).toMatchObject({ code: 'conflict', params: { status: 409 } });
    const again = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(again).toMatchObject({ sent: 0, refused: 0, waiting: 0 });
  });

  it('reaches the LRS through dropped connections and answers that never come', async () => {
    const lrs = fakeLrs();
    const outbox = memoryOutbox(learnerStatements(1, 60));
    lrs.script.push(networkError('ECONNRESET'), timeoutError(), { status: 502 });
    const status = await syncOutbox(fakeClient(lrs, { sleeps: recordedSleep() }), outbox, { now });
    expect(status).toMatchObject({ outcome: 'done', sent: 60, waiting: 0 });
  });

  it('stops between batches when asked, keeping the rest waiting', async () => {
    const lrs = fakeLrs();
    const outbox = memoryOutbox(learnerStatements(1, 120));
    let batches = 0;
    const status = await syncOutbox(fakeClient(lrs), outbox, { now, batchSize: 50, shouldStop: () => batches++ >= 1 });
    expect(status).toMatchObject({ outcome: 'stopped', sent: 50, waiting: 70, error: null });
  });

  it('reports a store that hands back what it was told is sent, instead of looping', async () => {
    const lrs = fakeLrs();
    const outbox = memoryOutbox(learnerStatements(1, 5));
    outbox.markSent = async () => {};
    const status = await syncOutbox(fakeClient(lrs), outbox, { now });
    expect(status).toMatchObject({ outcome: 'stopped', sent: 5, error: { code: 'store' } });
  });

  it('runs once at a time: a second request gets the running one’s status', async () => {
    let release: (status: SyncStatus) => void = () => {};
    let runs = 0;
    const sync = singleRun(() => {
      runs += 1;
      return new Promise((done) => (release = done));
    });
    const first = sync();
    const second = sync();
    const status: SyncStatus = { outcome: 'done', sent: 0, alreadyThere: 0, refused: 0, waiting: 0, lastSentAt: null, error: null };
    release(status);
    expect(await first).toBe(status);
    expect(await second).toBe(status);
    expect(runs).toBe(1);
    void sync();
    expect(runs).toBe(2);
  });
});
