import { CONTENT_SECURITY_POLICY_META } from '../../../core/csp';
import type { CarelitBridge } from '../../../core/ipc';
import type { WhatwgFetch } from '../../../core/lrs/transport';
import { electronLrs } from '../../../renderer/src/platform/electron';
import { pagePolicy, policyAllowsConnection } from '../../../renderer/src/platform/page-policy';
import { lazyLrs, webPlatform } from '../../../renderer/src/platform/web';
import { createWebLrs } from '../../../renderer/src/platform/web-lrs';
import { FAKE_ENDPOINT, fakeLrs, KEY, SECRET, type FakeLrs } from '../lrs/fake-lrs';
import { learnerStatements } from '../lrs/statements';
import { installWebCrypto } from './trainer-support';

/**
 * The platform's LRS side: on the desktop, calls to the main process and nothing else; in a
 * browser, the secret in the page's memory and requests only where the page's policy allows.
 */
beforeAll(installWebCrypto);

const CONNECTION = { endpoint: FAKE_ENDPOINT, key: KEY };
const statements = learnerStatements(1, 3);

describe('the desktop’s LRS side', () => {
  function bridge(overrides: Partial<CarelitBridge> = {}) {
    return {
      getLrsSecretState: jest.fn(async () => ({ keeping: 'os' as const, savedFor: CONNECTION })),
      saveLrsSecret: jest.fn(async () => ({ saved: true as const, keeping: 'os' as const })),
      forgetLrsSecret: jest.fn(async () => undefined),
      testLrsConnection: jest.fn(async () => ({ reachable: true, versions: ['1.0.3'], compatible: true, credentials: 'accepted' as const, error: null })),
      sendLrsStatements: jest.fn(async () => ({ sent: statements.map((s) => s.id), alreadyThere: [], refused: [], unsent: [], error: null })),
      ...overrides,
    } as unknown as CarelitBridge & Record<string, jest.Mock>;
  }

  it('asks the main process, with exactly the contract’s members', async () => {
    const main = bridge();
    const lrs = electronLrs(main);
    const form = Object.assign({ ...CONNECTION, secret: SECRET }, { shown: true });
    await lrs.saveSecret(form);
    expect(main.saveLrsSecret).toHaveBeenCalledWith({ ...CONNECTION, secret: SECRET });
    await lrs.test({ ...CONNECTION });
    expect(main.testLrsConnection).toHaveBeenCalledWith(CONNECTION); // no secret member at all: the kept one
    await lrs.send(Object.assign({ ...CONNECTION }, { extra: 1 }), statements);
    expect(main.sendLrsStatements).toHaveBeenCalledWith({ ...CONNECTION, statements });
    await expect(lrs.secretState()).resolves.toEqual({ keeping: 'os', savedFor: CONNECTION });
  });

  it('turns a main process that does not answer into words, never an exception', async () => {
    const gone = async () => Promise.reject(new Error('IPC request refused'));
    const lrs = electronLrs(bridge({ getLrsSecretState: gone, saveLrsSecret: gone, forgetLrsSecret: gone, testLrsConnection: gone, sendLrsStatements: gone }));
    await expect(lrs.secretState()).resolves.toEqual({ keeping: 'unavailable', savedFor: null });
    await expect(lrs.saveSecret({ ...CONNECTION, secret: SECRET })).resolves.toEqual({ saved: false, problem: 'write-failed' });
    await expect(lrs.forgetSecret()).resolves.toBeUndefined();
    await expect(lrs.test(CONNECTION)).resolves.toMatchObject({ reachable: false, error: { code: 'app-failure' } });
    await expect(lrs.send(CONNECTION, statements)).resolves.toEqual({
      sent: [],
      alreadyThere: [],
      refused: [],
      unsent: statements.map((s) => s.id),
      error: { code: 'app-failure' },
    });
  });
});

/** The page's fetch, answered by the fake LRS. */
function pageFetch(lrs: FakeLrs): WhatwgFetch<AbortSignal> & jest.Mock {
  return jest.fn(async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const response = await lrs.fetch({ method: init.method as 'GET', url, headers: init.headers, ...(init.body === undefined ? {} : { body: init.body }), timeoutMs: 0 });
    return { status: response.status, headers: { get: (name: string) => response.header(name) }, text: () => response.text() };
  });
}

const ALLOWING = "default-src 'none'; connect-src 'self' https://lrs.example.org";

function browserLrs(policy: string | null = ALLOWING) {
  const lrs = fakeLrs();
  const fetch = pageFetch(lrs);
  const side = createWebLrs({ fetch, policy: () => policy, pageUrl: () => 'http://127.0.0.1:4780/', sleep: async () => undefined });
  return { lrs, fetch, side };
}

describe('the browser’s LRS side', () => {
  it('keeps the secret in this page’s memory only: a reloaded page has none', async () => {
    const { side } = browserLrs();
    expect(await side.secretState()).toEqual({ keeping: 'memory', savedFor: null });
    expect(await side.saveSecret({ ...CONNECTION, secret: SECRET })).toEqual({ saved: true, keeping: 'memory' });
    expect(await side.secretState()).toEqual({ keeping: 'memory', savedFor: CONNECTION });
    expect(localStorage.length + sessionStorage.length).toBe(0);
    const reloaded = browserLrs().side;
    expect(await reloaded.secretState()).toEqual({ keeping: 'memory', savedFor: null });
    await side.forgetSecret();
    expect(await side.secretState()).toEqual({ keeping: 'memory', savedFor: null });
  });

  it('refuses what the desktop refuses', async () => {
    const { side } = browserLrs();
    expect(await side.saveSecret({ endpoint: 'http://lrs.example.org/data/xAPI/', key: KEY, secret: SECRET })).toEqual({ saved: false, problem: 'invalid-request' });
    expect(await side.saveSecret({ ...CONNECTION, secret: '' })).toEqual({ saved: false, problem: 'invalid-request' });
  });

  it('sends with the kept secret where the page’s policy allows the LRS', async () => {
    const { side, lrs } = browserLrs();
    await side.saveSecret({ ...CONNECTION, secret: SECRET });
    expect(await side.send(CONNECTION, statements)).toMatchObject({ sent: statements.map((s) => s.id), error: null });
    expect(lrs.stored.size).toBe(3);
    expect(await side.test(CONNECTION)).toMatchObject({ reachable: true, credentials: 'accepted' });
  });

  it('makes no request under CareLit’s own policy, and says why', async () => {
    const { side, fetch } = browserLrs(CONTENT_SECURITY_POLICY_META);
    await side.saveSecret({ ...CONNECTION, secret: SECRET });
    expect(await side.test({ ...CONNECTION, secret: SECRET })).toMatchObject({
      reachable: false,
      error: { code: 'blocked-by-page', params: { origin: 'https://lrs.example.org' } },
    });
    expect((await side.send(CONNECTION, statements)).error).toEqual({ code: 'blocked-by-page', params: { origin: 'https://lrs.example.org' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends nothing for a connection whose secret this page does not hold', async () => {
    const { side, fetch } = browserLrs();
    await side.saveSecret({ ...CONNECTION, secret: SECRET });
    expect((await side.send({ ...CONNECTION, key: 'other' }, statements)).error).toEqual({ code: 'secret-missing' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('loads its code once, on first use, and keeps its memory from then on', async () => {
    const { side } = browserLrs();
    const load = jest.fn(async () => side);
    const lazy = lazyLrs(load);
    expect(load).not.toHaveBeenCalled();
    await lazy.saveSecret({ ...CONNECTION, secret: SECRET });
    await expect(lazy.secretState()).resolves.toEqual({ keeping: 'memory', savedFor: CONNECTION });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads the page’s own policy: the app served in a browser reaches no LRS', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = CONTENT_SECURITY_POLICY_META;
    document.head.append(meta);
    try {
      expect(pagePolicy(document)).toBe(CONTENT_SECURITY_POLICY_META);
      const report = await webPlatform().lrs.test({ ...CONNECTION, secret: SECRET });
      expect(report.error).toEqual({ code: 'blocked-by-page', params: { origin: 'https://lrs.example.org' } });
    } finally {
      meta.remove();
    }
  });
});

describe('whether a page’s policy lets it connect to an origin', () => {
  const page = 'http://127.0.0.1:4780/index.html';
  it.each([
    [null, 'https://lrs.example.org', true],
    ["default-src 'self'", 'https://lrs.example.org', false],
    ["connect-src 'self'", 'http://127.0.0.1:4780', true],
    ["connect-src 'none'", 'http://127.0.0.1:4780', false],
    ["default-src 'none'; connect-src https://lrs.example.org", 'https://lrs.example.org', true],
    ["default-src 'none'; connect-src https://lrs.example.org", 'https://lrs.example.org:8443', false],
    ['connect-src https://lrs.example.org:8443', 'https://lrs.example.org:8443', true],
    ['connect-src https://*.example.org', 'https://lrs.example.org', true],
    ['connect-src https://*.example.org', 'https://example.org', false],
    ['connect-src https:', 'https://lrs.example.org', true],
    ['connect-src *', 'https://lrs.example.org', true],
    ['connect-src lrs.example.org', 'http://lrs.example.org', true],
    ["connect-src 'self' 'nonce-abc'", 'https://lrs.example.org', false],
    ["script-src 'self'", 'https://lrs.example.org', true],
    [CONTENT_SECURITY_POLICY_META, 'https://lrs.example.org', false],
  ])('%p for %s: %p', (policy, origin, allowed) => {
    expect(policyAllowsConnection(policy, origin, page)).toBe(allowed);
  });
});
