import { waitFor } from '@testing-library/react';
import { pushBatch } from '../../../core/lrs/push';
import type { Statement } from '../../../core/xapi/statements';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import { newOutboxRow, rowsIn } from '../../../renderer/src/db/outbox';
import { saveLrsConnection } from '../../../renderer/src/db/settings';
import { createSyncRunner, type SyncRunner } from '../../../renderer/src/lrs/sync-runner';
import type { Platform } from '../../../renderer/src/platform';
import { FAKE_ENDPOINT, fakeClient, fakeLrs, KEY, type FakeLrs } from '../lrs/fake-lrs';
import { learnerStatements } from '../lrs/statements';
import { offlineLrs } from './offline-lrs';
import { freshDatabase, testPlatform } from './render-app';
import { installWebCrypto } from './trainer-support';

/**
 * When the app sends its outbox: at start, shortly after new statements, on "Send now", and
 * again later after a passing failure; one run at a time; never while no LRS is configured.
 */
const CONNECTION = { endpoint: FAKE_ENDPOINT, key: KEY };

let db: CareLitDatabase;
let lrs: FakeLrs;
let runner: SyncRunner | null;
/** Batches the platform was asked to send, and the most ever under way at once. */
let batches: number;
let mostAtOnce: number;
let platform: Platform;
/** The LRS answers 503 to everything while this is true. */
let down: boolean;

beforeAll(installWebCrypto); // jsdom has no TextEncoder, which the Basic credentials need

beforeEach(() => {
  db = freshDatabase();
  lrs = fakeLrs();
  down = false;
  const answer = lrs.fetch;
  lrs.fetch = async (request) => (down ? { status: 503, header: () => null, text: async () => '' } : answer(request));
  runner = null;
  batches = 0;
  mostAtOnce = 0;
  let underWay = 0;
  const lrsSide = offlineLrs();
  platform = {
    ...testPlatform,
    lrs: {
      ...lrsSide,
      send: async (connection, statements) => {
        expect(connection).toEqual(CONNECTION);
        batches += 1;
        mostAtOnce = Math.max(mostAtOnce, (underWay += 1));
        try {
          return await pushBatch(fakeClient(lrs), statements);
        } finally {
          underWay -= 1;
        }
      },
    },
  };
});
afterEach(async () => {
  runner?.stop();
  await db.delete();
});

const start = (options = {}) => {
  runner = createSyncRunner(db, platform, { debounceMs: 30, retryDelaysMs: [60], ...options });
  runner.start();
  return runner;
};
const add = (statements: Statement[]) => db.outbox.bulkAdd(statements.map((s) => newOutboxRow(s, 'l1', s.timestamp)));
const waiting = () => rowsIn(db, 'waiting').count();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the app’s LRS sync', () => {
  it('sends nothing, and records no run, while no LRS is configured', async () => {
    await add(learnerStatements(1, 5));
    const idle = start();
    await add(learnerStatements(2, 5));
    await pause(150);
    expect(await idle.sendNow()).toBeNull();
    expect(batches).toBe(0);
    expect(lrs.requests).toEqual([]);
    expect(await db.settings.get('lrs-sync')).toBeUndefined();
    expect(await waiting()).toBe(10);
  });

  it('sends what waits at start, then what comes after, shortly after it comes', async () => {
    await saveLrsConnection(db, CONNECTION);
    await add(learnerStatements(1, 60));
    start();
    await waitFor(async () => expect(await waiting()).toBe(0));
    expect(batches).toBe(2);
    await add(learnerStatements(2, 3));
    await add(learnerStatements(3, 3)); // answers in a row: one run
    await waitFor(async () => expect(await waiting()).toBe(0));
    expect(batches).toBe(3);
    expect(lrs.stored.size).toBe(66);
  });

  it('runs one at a time: "Send now" during a run gets that run, and another follows for what came meanwhile', async () => {
    await saveLrsConnection(db, CONNECTION);
    await add(learnerStatements(1, 120));
    const sync = start();
    const [first, second] = await Promise.all([sync.sendNow(), sync.sendNow()]);
    expect(second).toBe(first);
    expect(first).toMatchObject({ outcome: 'done', sent: 120, waiting: 0 });
    expect(mostAtOnce).toBe(1);
    await add(learnerStatements(2, 2));
    await waitFor(async () => expect(await waiting()).toBe(0));
    expect(lrs.stored.size).toBe(122);
  });

  it('tries again later after a passing failure, and then sends everything', async () => {
    await saveLrsConnection(db, CONNECTION);
    await add(learnerStatements(1, 10));
    down = true;
    start({ retryDelaysMs: [400] });
    await waitFor(async () => expect((await db.settings.get('lrs-sync'))?.value).toMatchObject({ lastError: { code: 'server-error' } }));
    expect(await waiting()).toBe(10);
    down = false;
    await waitFor(async () => expect(await waiting()).toBe(0));
    expect((await db.settings.get('lrs-sync'))?.value).toMatchObject({ lastError: null });
  });

  it('stops sending on its own when the LRS refuses the key and secret, until asked', async () => {
    await saveLrsConnection(db, CONNECTION);
    await add(learnerStatements(1, 5));
    lrs.script.push({ status: 401 });
    start();
    await waitFor(async () => expect((await db.settings.get('lrs-sync'))?.value).toMatchObject({ lastError: { code: 'credentials' } }));
    const asked = lrs.requests.length;
    await add(learnerStatements(2, 5));
    await pause(200);
    expect(lrs.requests.length).toBe(asked); // more tries would only fill the LRS's logs
    await expect(runner!.sendNow()).resolves.toMatchObject({ outcome: 'done', sent: 10 });
  });

  it('keeps a batch waiting when the platform fails to carry it', async () => {
    await saveLrsConnection(db, CONNECTION);
    await add(learnerStatements(1, 3));
    const sync = createSyncRunner(db, { ...platform, lrs: { ...platform.lrs, send: async () => Promise.reject(new Error('bridge gone')) } });
    runner = sync;
    await expect(sync.sendNow()).resolves.toMatchObject({ outcome: 'stopped', waiting: 3, error: { code: 'app-failure' } });
  });

  it('sends nothing more once stopped (the configuration removed)', async () => {
    await saveLrsConnection(db, CONNECTION);
    const sync = start();
    await waitFor(() => expect(sync.isRunning()).toBe(false));
    sync.stop();
    await add(learnerStatements(1, 5));
    await pause(150);
    expect(batches).toBe(0);
  });

  it('tries again at once when the computer comes back online', async () => {
    await saveLrsConnection(db, CONNECTION);
    await add(learnerStatements(1, 4));
    down = true;
    start({ retryDelaysMs: [60_000] });
    await waitFor(async () => expect((await db.settings.get('lrs-sync'))?.value).toMatchObject({ lastError: { code: 'server-error' } }));
    down = false;
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => expect(await waiting()).toBe(0));
  });
});
