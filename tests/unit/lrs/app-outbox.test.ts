import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { catalogueModules } from '../../../cli/cohort';
import { nodeContext } from '../../../cli/lrs';
import { simulateCohort } from '../../../core/cohort/simulate';
import { createBridge, type IpcChannel } from '../../../core/ipc';
import { createLrsClient } from '../../../core/lrs/client';
import { parseEndpoint, query, resolveMore } from '../../../core/lrs/endpoint';
import type { Statement } from '../../../core/xapi/statements';
import { createIpcHandlers } from '../../../electron/ipc/handlers';
import { registerIpcHandlers } from '../../../electron/ipc/register';
import { lrsRequests, type LrsSession } from '../../../electron/lrs/requests';
import { createSecretFile } from '../../../electron/lrs/secret-file';
import { isTrustedSender } from '../../../electron/security/ipc-sender';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { newOutboxRow, rowsIn } from '../../../renderer/src/db/outbox';
import { saveLrsConnection } from '../../../renderer/src/db/settings';
import { createSyncRunner, type SyncRunner } from '../../../renderer/src/lrs/sync-runner';
import { electronPlatform } from '../../../renderer/src/platform/electron';
import { fakeLrsSession, fakeSafeStorage } from '../electron/fakes';
import { startFaultProxy, type Fault, type FaultProxy } from './fault-proxy';
import { startTestLrs, type TestLrs } from './test-lrs';

/**
 * The desktop app's outbox reaching the real LRS through a network that drops connections,
 * holds answers past the client's patience and answers 5xx: the window's outbox (IndexedDB)
 * and sync runner, the bridge and the IPC wrapper, the main process's handlers with the secret
 * kept as safeStorage keeps it, its session's filter, and the real LRS behind the fault proxy.
 * Only Electron itself is stood in for (Node's fetch for Chromium's). Whatever happens, each
 * statement ends in the LRS once, which is counted by reading the LRS back.
 */
jest.setTimeout(120_000);

/** The client gives up on an answer after this long; the proxy holds a delayed one longer. */
const TIMEOUT_MS = 400;
const DELAY_MS = 900;

const catalogue = catalogueModules();
if (!catalogue.ok) throw new Error(catalogue.message);

let lrs: TestLrs;
let proxy: FaultProxy;
let userData: string;
const running: { runner: SyncRunner; db: CareLitDatabase }[] = [];

beforeAll(async () => {
  lrs = await startTestLrs();
  proxy = await startFaultProxy(lrs.endpoint, { delayMs: DELAY_MS });
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await lrs?.stop();
}, 15_000);

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'carelit-app-lrs-'));
});

afterEach(async () => {
  for (const { runner, db } of running.splice(0)) {
    runner.stop();
    db.close();
  }
  proxy.clear();
  proxy.log.length = 0;
  await rm(userData, { recursive: true, force: true });
});

/**
 * One start of the desktop app: its database, its main process (IPC handlers over a secret
 * file in `userData`), the window's bridge to it (payloads cloned, as IPC clones them), the
 * platform, and the sync runner.
 */
function startApp(databaseName: string) {
  const contents = { id: 1 };
  const window = { webContents: contents } as unknown as BrowserWindow;
  const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = { handle: (channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>) => listeners.set(channel, listener) };
  const session = fakeLrsSession((url, init) => fetch(url, init as RequestInit).then((r) => ({ status: r.status, headers: r.headers, text: () => r.text() })));
  const handlers = createIpcHandlers(
    { getVersion: () => '0.1.0', getLocale: () => 'nl-BE', getPath: () => userData },
    {
      dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
      windowOf: () => null,
      writeTextFile: async () => undefined,
      setMenuLanguage: () => undefined,
      takeOpenedFiles: () => [],
      writeBinaryFile: async () => undefined,
      lrs: {
        secrets: createSecretFile({ safeStorage: fakeSafeStorage(), platform: 'linux', folder: userData }),
        requests: lrsRequests(session as unknown as LrsSession),
        sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
        timeoutMs: TIMEOUT_MS,
        retry: { attempts: 6, baseDelayMs: 20, maxDelayMs: 200 },
      },
    },
  );
  registerIpcHandlers(ipcMain as unknown as IpcMain, handlers, (event) => isTrustedSender(event, window));
  const event = { sender: contents, senderFrame: { url: 'app://carelit/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
  const bridge = createBridge(
    (channel: IpcChannel, request: unknown) => listeners.get(channel)!(event, ...(request === undefined ? [] : [structuredClone(request)])),
    () => () => undefined,
  );
  const platform = electronPlatform(bridge);
  const db = new CareLitDatabase(databaseName);
  const runner = createSyncRunner(db, platform, { debounceMs: 50, retryDelaysMs: [100] });
  running.push({ runner, db });
  return { db, platform, runner, session };
}

/** Made-up learners' statements, one profile each on this computer, waiting in the outbox. */
async function learnersAnswered(db: CareLitDatabase, seed: number, learners: number): Promise<Statement[]> {
  const files = await simulateCohort({ learners, seed, appVersion: '0.1.0' }, catalogue.ok ? catalogue.modules : []);
  for (const file of files) {
    const profile = await createLearner(db, file.learner.displayName ?? 'Learner', file.learner.profession ?? 'other');
    await db.outbox.bulkAdd(file.statements.map((statement) => newOutboxRow(statement, profile.id, statement.timestamp)));
  }
  return files.flatMap((file) => file.statements);
}

/** Configures the LRS as the settings screen does: the secret to the main process, the endpoint and key in settings. */
async function configure(platform: ReturnType<typeof startApp>['platform'], db: CareLitDatabase) {
  const parsed = parseEndpoint(proxy.endpoint);
  if (!parsed.ok) throw new Error('bad endpoint');
  const connection = { endpoint: parsed.endpoint.base, key: lrs.key };
  expect(await platform.lrs.saveSecret({ ...connection, secret: lrs.secret })).toEqual({ saved: true, keeping: 'os' });
  await saveLrsConnection(db, connection);
}

/**
 * Every statement the LRS holds for these learners, read page by page straight from it (not
 * through the proxy), without removing any repeat: a statement held twice would be counted twice.
 */
async function held(statements: readonly Statement[]): Promise<string[]> {
  const parsed = parseEndpoint(lrs.endpoint);
  if (!parsed.ok) throw new Error('bad endpoint');
  const { fetch, sleep } = nodeContext();
  const client = createLrsClient({ endpoint: parsed.endpoint, credentials: { key: lrs.key, secret: lrs.secret }, fetch, sleep });
  const accounts = new Set(statements.map((s) => s.actor.account.name));
  const ids: string[] = [];
  let target: string | null = `statements${query({ limit: 200, ascending: true })}`;
  while (target) {
    const reply = await client.exchange('GET', target);
    if (!reply.ok || reply.answer.status !== 200) throw new Error('the LRS could not be read');
    const page = JSON.parse(reply.answer.body) as { statements: Statement[]; more?: string };
    ids.push(...page.statements.filter((s) => accounts.has(s.actor?.account?.name)).map((s) => s.id));
    target = page.more ? resolveMore(parsed.endpoint, page.more) : null;
  }
  return ids;
}

const sorted = (ids: readonly string[]) => [...ids].sort();
const until = async (condition: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`not within ${ms / 1000} s`);
    await new Promise((done) => setTimeout(done, 50));
  }
};

describe('the desktop app’s outbox and a failing network', () => {
  it('gets every profile’s statements into the LRS once through drops, delays and 5xx', async () => {
    const app = startApp(`app-lrs-${Math.random()}`);
    const statements = await learnersAnswered(app.db, 601, 8);
    expect(statements.length).toBeGreaterThan(100);
    await configure(app.platform, app.db);
    const questions: Fault[] = ['drop', 'pass', 'delay', 503, 'pass', 'drop-after', 500, 'pass', 'delay', 'delay', 'pass', 502, 'drop', 503, 503];
    const batches: Fault[] = ['drop', 503, 'drop-after', 'pass', 'delay', 'pass', 500, 502, 'drop-after', 'delay', 503, 503, 503];
    proxy.schedule(...questions);
    proxy.scheduleFor('POST', ...batches);
    app.runner.start();
    await until(async () => (await rowsIn(app.db, 'waiting').count()) === 0, 90_000);

    expect(await rowsIn(app.db, 'sent').count()).toBe(statements.length);
    expect(await rowsIn(app.db, 'refused').count()).toBe(0);
    expect(await app.db.outbox.count()).toBe(statements.length); // nothing left the learner's record
    expect(
      proxy.log
        .filter((entry) => entry.method === 'POST')
        .slice(0, batches.length)
        .map((entry) => entry.fault),
    ).toEqual(batches);
    // A busy machine's LRS may still be storing the last batch it acknowledged; a missing statement still fails here.
    await until(async () => (await held(statements)).length >= statements.length, 30_000);
    const ids = await held(statements);
    expect(ids).toHaveLength(statements.length);
    expect(sorted(ids)).toEqual(sorted(statements.map((s) => s.id)));
    // Only the LRS's origin went through the main process's session, and only while a request was under way.
    expect(app.session.filtered.every(({ url, cancelled }) => !cancelled && url.startsWith(proxy.endpoint))).toBe(true);
  });

  it('loses and doubles nothing when the app closes in the middle of a batch', async () => {
    const name = `app-lrs-${Math.random()}`;
    const first = startApp(name);
    const statements = await learnersAnswered(first.db, 602, 4);
    expect(statements.length).toBeGreaterThan(50);
    await configure(first.platform, first.db);
    // The first batch reaches the LRS, which stores it; its answer is held while the app quits.
    proxy.scheduleFor('POST', 'delay');
    first.runner.start();
    await until(async () => proxy.log.some((entry) => entry.method === 'POST'), 30_000);
    first.runner.stop();
    first.db.close();
    // Whatever the old process still did is over: the held answer has gone out, and the LRS holds the batch (sooner or later on a busy machine).
    await new Promise((done) => setTimeout(done, DELAY_MS + 500));
    await until(async () => (await held(statements)).length >= 50, 30_000);
    expect(await held(statements)).toHaveLength(50);

    const second = startApp(name); // the app starts again, on the same database and user-data folder
    expect(await rowsIn(second.db, 'waiting').count()).toBe(statements.length);
    second.runner.start();
    await until(async () => (await rowsIn(second.db, 'waiting').count()) === 0, 60_000);
    const ids = await held(statements);
    expect(ids).toHaveLength(statements.length);
    expect(sorted(ids)).toEqual(sorted(statements.map((s) => s.id)));
  });
});
