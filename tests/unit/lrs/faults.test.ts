import { catalogueModules } from '../../../cli/cohort';
import { nodeContext } from '../../../cli/lrs';
import { simulateCohort } from '../../../core/cohort/simulate';
import { createLrsClient, type LrsClient } from '../../../core/lrs/client';
import { parseEndpoint } from '../../../core/lrs/endpoint';
import { pullStatements } from '../../../core/lrs/pull';
import { syncOutbox } from '../../../core/lrs/sync';
import type { Statement } from '../../../core/xapi/statements';
import { startFaultProxy, type Fault, type FaultProxy } from './fault-proxy';
import { memoryOutbox } from './memory-outbox';
import { startTestLrs, type TestLrs } from './test-lrs';

/**
 * The outbox sync against a real LRS behind a proxy that drops connections, holds answers
 * past the client's patience and answers 5xx: whatever the schedule, every statement ends in
 * the LRS once, and the outbox knows it.
 */
jest.setTimeout(60_000);

/** The client gives up on an answer after this long; the proxy holds a delayed one longer. */
const TIMEOUT_MS = 400;
const DELAY_MS = 900;

const catalogue = catalogueModules();
if (!catalogue.ok) throw new Error(catalogue.message);

let lrs: TestLrs;
let proxy: FaultProxy;

beforeAll(async () => {
  lrs = await startTestLrs();
  proxy = await startFaultProxy(lrs.endpoint, { delayMs: DELAY_MS });
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await lrs?.stop();
}, 15_000);

afterEach(() => {
  proxy.clear(); // nothing left over for the next test
  proxy.log.length = 0;
});

function client(endpointText: string, { secret = lrs.secret, attempts = 6 } = {}): LrsClient {
  const endpoint = parseEndpoint(endpointText);
  if (!endpoint.ok) throw new Error('bad endpoint');
  const { fetch, sleep } = nodeContext();
  return createLrsClient({
    endpoint: endpoint.endpoint,
    credentials: { key: lrs.key, secret },
    fetch,
    sleep,
    timeoutMs: TIMEOUT_MS,
    retry: { attempts, baseDelayMs: 20, maxDelayMs: 200 },
  });
}

/** Statements of made-up learners no other test uses. */
async function statementsOf(seed: number, learners: number): Promise<Statement[]> {
  const files = await simulateCohort({ learners, seed, appVersion: '0.1.0' }, catalogue.ok ? catalogue.modules : []);
  return files.flatMap((f) => f.statements);
}

/** What the LRS holds of these statements, read straight from it (not through the proxy). */
async function held(statements: readonly Statement[]): Promise<string[]> {
  const accounts = new Set(statements.map((s) => s.actor.account.name));
  const pulled = await pullStatements(client(lrs.endpoint), { limit: 100 });
  if (!pulled.ok) throw new Error(pulled.error.code);
  return pulled.pulled.statements.filter((s) => accounts.has(s.actor.account.name)).map((s) => s.id);
}

const now = () => new Date();
const sorted = (ids: readonly string[]) => [...ids].sort();

describe('the outbox sync through a failing network', () => {
  it('gets everything into the LRS once through drops, delays and 5xx, and empties the outbox', async () => {
    const statements = await statementsOf(501, 4);
    expect(statements.length).toBeGreaterThan(60);
    const outbox = memoryOutbox(statements);
    // Questions and batches alike meet every kind of fault, some of them twice in a row.
    const questions: Fault[] = ['drop', 'pass', 'delay', 503, 'pass', 'drop-after', 500, 'pass', 'pass', 'delay', 'delay', 'pass', 502, 'drop'];
    const batches: Fault[] = ['drop', 503, 'drop-after', 'pass', 'delay', 'pass', 500, 502, 'drop-after', 'delay'];
    proxy.schedule(...questions);
    proxy.scheduleFor('POST', ...batches);
    const status = await syncOutbox(client(proxy.endpoint), outbox, { now, batchSize: 25 });
    expect(status).toMatchObject({ outcome: 'done', refused: 0, waiting: 0, error: null });
    expect(status.sent + status.alreadyThere).toBe(statements.length);
    expect(
      proxy.log
        .filter((entry) => entry.method === 'HEAD')
        .slice(0, questions.length)
        .map((entry) => entry.fault),
    ).toEqual(questions);
    expect(
      proxy.log
        .filter((entry) => entry.method === 'POST')
        .slice(0, batches.length)
        .map((entry) => entry.fault),
    ).toEqual(batches);
    expect(sorted(await held(statements))).toEqual(sorted(statements.map((s) => s.id)));
  });

  it('counts a batch the LRS stored but never answered as already there on the next run, and stores it once', async () => {
    const statements = await statementsOf(502, 2);
    expect(statements.length).toBeGreaterThan(25);
    const outbox = memoryOutbox(statements);
    // The first batch is stored, and its answer lost on each of the two tries.
    proxy.scheduleFor('POST', 'drop-after', 'drop-after');
    const cut = await syncOutbox(client(proxy.endpoint, { attempts: 2 }), outbox, { now, batchSize: 25 });
    expect(cut).toMatchObject({ outcome: 'stopped', sent: 0, waiting: statements.length, error: { code: 'unreachable', params: { attempts: 2 } } });
    expect(await held(statements)).toHaveLength(25);

    const next = await syncOutbox(client(proxy.endpoint), outbox, { now, batchSize: 25 });
    expect(next).toMatchObject({ outcome: 'done', alreadyThere: 25, sent: statements.length - 25, waiting: 0 });
    expect(sorted(await held(statements))).toEqual(sorted(statements.map((s) => s.id)));
  });

  it('keeps everything waiting while the LRS answers nothing in time, then sends it all', async () => {
    const statements = await statementsOf(503, 1);
    const outbox = memoryOutbox(statements);
    proxy.schedule(...Array.from({ length: 8 }, (): Fault => 'delay'));
    const slow = await syncOutbox(client(proxy.endpoint, { attempts: 2 }), outbox, { now });
    expect(slow).toMatchObject({ outcome: 'stopped', sent: 0, waiting: statements.length, error: { code: 'timeout', params: { seconds: 0.4, attempts: 2 } } });

    proxy.clear();
    await new Promise((done) => setTimeout(done, DELAY_MS)); // the held answers are gone
    proxy.log.length = 0;
    const later = await syncOutbox(client(proxy.endpoint), outbox, { now });
    expect(later).toMatchObject({ outcome: 'done', waiting: 0 });
    expect(later.sent + later.alreadyThere).toBe(statements.length);
    expect(sorted(await held(statements))).toEqual(sorted(statements.map((s) => s.id)));
  });

  it('stops at the first 401 through the proxy, marks nothing, and tells the credentials apart from the network', async () => {
    const statements = await statementsOf(504, 1);
    const outbox = memoryOutbox(statements);
    proxy.schedule('drop');
    const status = await syncOutbox(client(proxy.endpoint, { secret: 'not-the-secret' }), outbox, { now });
    expect(status).toMatchObject({ outcome: 'stopped', sent: 0, waiting: statements.length, error: { code: 'credentials', params: { status: 401 } } });
    expect(await held(statements)).toEqual([]);
  });
});
