import { backoffMs, createLrsClient, DEFAULT_RETRY, lrsMessage } from '../../../core/lrs/client';
import { testConnection } from '../../../core/lrs/connection';
import { parseEndpoint, query, resolveMore } from '../../../core/lrs/endpoint';
import { base64, basicAuthorization, fetchTransport } from '../../../core/lrs/transport';
import { fakeClient, fakeLrs, KEY, networkError, recordedSleep, SECRET, timeoutError } from './fake-lrs';

describe('an LRS endpoint', () => {
  it('is normalised to end with a slash, and knows its origin', () => {
    expect(parseEndpoint(' https://LRS.example.org/data/xAPI ')).toEqual({
      ok: true,
      endpoint: { base: 'https://lrs.example.org/data/xAPI/', origin: 'https://lrs.example.org', secure: true, loopback: false },
    });
    expect(parseEndpoint('http://127.0.0.1:8080/xAPI/')).toMatchObject({ ok: true, endpoint: { secure: false, loopback: true } });
  });

  it('is refused when it is not http(s), holds credentials, a query or no host', () => {
    expect(parseEndpoint('ftp://lrs.example.org/')).toEqual({ ok: false, problem: 'not-http' });
    expect(parseEndpoint('https://key:secret@lrs.example.org/xAPI/')).toEqual({ ok: false, problem: 'credentials-in-address' });
    expect(parseEndpoint('https://lrs.example.org/xAPI/?x=1')).toEqual({ ok: false, problem: 'query-or-fragment' });
    expect(parseEndpoint('https:///xAPI/')).toEqual({ ok: false, problem: 'no-host' });
  });

  it('follows a `more` link on its own origin only: the credentials go with it', () => {
    const parsed = parseEndpoint('https://lrs.example.org/data/xAPI/');
    if (!parsed.ok) throw new Error('unexpected');
    expect(resolveMore(parsed.endpoint, '/data/xAPI/statements?cursor=2')).toBe('https://lrs.example.org/data/xAPI/statements?cursor=2');
    expect(resolveMore(parsed.endpoint, 'https://lrs.example.org/data/xAPI/statements?cursor=2')).toBe('https://lrs.example.org/data/xAPI/statements?cursor=2');
    expect(resolveMore(parsed.endpoint, 'https://elsewhere.example/steal')).toBeNull();
    expect(resolveMore(parsed.endpoint, '//elsewhere.example/steal')).toBeNull();
  });

  it('builds queries with every value encoded', () => {
    expect(query({ since: '2026-09-01T00:00:00+02:00', limit: undefined, ascending: true })).toBe('?since=2026-09-01T00%3A00%3A00%2B02%3A00&ascending=true');
  });
});

describe('Basic credentials', () => {
  it('are the key and secret in UTF-8 and base64, as Node writes them', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'key:secret', 'clé:geheim-ü-€-😀']) {
      expect(base64(new TextEncoder().encode(text))).toBe(Buffer.from(text, 'utf8').toString('base64'));
    }
    expect(basicAuthorization(KEY, SECRET)).toBe(`Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`);
  });
});

describe('the LRS client', () => {
  it('sends the xAPI version and the credentials with every request', async () => {
    const lrs = fakeLrs();
    await fakeClient(lrs).exchange('HEAD', 'statements?statementId=x');
    expect(lrs.requests[0]).toMatchObject({
      method: 'HEAD',
      url: 'https://lrs.example.org/data/xAPI/statements?statementId=x',
      headers: { 'X-Experience-API-Version': '1.0.3', Authorization: basicAuthorization(KEY, SECRET) },
      timeoutMs: 20_000,
    });
  });

  it('leaves the credentials to a transport that adds them itself, so that its caller never holds the secret', async () => {
    const lrs = fakeLrs();
    const endpoint = parseEndpoint('https://lrs.example.org/data/xAPI/');
    if (!endpoint.ok) throw new Error('unexpected');
    const addingCredentials = (request: Parameters<typeof lrs.fetch>[0]) =>
      lrs.fetch({ ...request, headers: { ...request.headers, Authorization: basicAuthorization(KEY, SECRET) } });
    const client = createLrsClient({ endpoint: endpoint.endpoint, credentials: null, fetch: addingCredentials, sleep: recordedSleep().sleep });
    expect(await client.exchange('HEAD', 'statements?statementId=x')).toMatchObject({ ok: true, answer: { status: 404 } });
    expect(Object.keys(lrs.requests[0]!.headers)).toContain('Authorization');
    const seen: string[][] = [];
    const bare = createLrsClient({
      endpoint: endpoint.endpoint,
      credentials: null,
      fetch: async (request) => (seen.push(Object.keys(request.headers)), lrs.fetch(request)),
      sleep: recordedSleep().sleep,
    });
    await bare.exchange('GET', 'about');
    expect(seen[0]).not.toContain('Authorization');
  });

  it('tries again after a 503 and a dropped connection, waiting longer each time, and gets the answer', async () => {
    const lrs = fakeLrs();
    lrs.script.push({ status: 503 }, networkError('ECONNRESET'), timeoutError());
    const sleeps = recordedSleep();
    const reply = await fakeClient(lrs, { sleeps }).exchange('GET', 'about');
    expect(reply).toMatchObject({ ok: true, answer: { status: 200 } });
    expect(lrs.requests).toHaveLength(4);
    expect(sleeps.pauses).toEqual([375, 750, 1500]); // half fixed, half jitter (0.5 here): 500, 1000, 2000 at most
  });

  it('spreads its pauses with jitter, never past the cap', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 500, maxDelayMs: 10_000 };
    expect(backoffMs(0, policy, () => 0)).toBe(250);
    expect(backoffMs(0, policy, () => 0.999)).toBe(500);
    expect(backoffMs(10, policy, () => 0.999)).toBe(9995);
    expect(backoffMs(10, policy, () => 0)).toBe(5000);
  });

  it('gives up after its attempts and says why: no network, no answer in time, 5xx, 429', async () => {
    const cases = [
      { fault: () => networkError('ECONNREFUSED'), error: { code: 'unreachable', params: { detail: 'ECONNREFUSED', attempts: 3 } } },
      { fault: () => timeoutError(), error: { code: 'timeout', params: { seconds: 20, attempts: 3 } } },
      { fault: () => ({ status: 502 }), error: { code: 'server-error', params: { status: 502, attempts: 3 } } },
      { fault: () => ({ status: 429 }), error: { code: 'rate-limited', params: { status: 429, attempts: 3 } } },
    ];
    for (const { fault, error } of cases) {
      const lrs = fakeLrs();
      lrs.script.push(fault(), fault(), fault(), fault());
      const sleeps = recordedSleep();
      expect(await fakeClient(lrs, { sleeps, retry: { attempts: 3 } }).exchange('POST', 'statements', '[]')).toEqual({ ok: false, error });
      expect(lrs.requests).toHaveLength(3);
      expect(sleeps.pauses).toHaveLength(2);
    }
  });

  it('waits as long as a 429 or 503 asks (Retry-After), within its cap', async () => {
    const lrs = fakeLrs();
    lrs.script.push({ status: 429, headers: { 'Retry-After': '3' } }, { status: 503, headers: { 'Retry-After': '3600' } });
    const sleeps = recordedSleep();
    await fakeClient(lrs, { sleeps }).exchange('GET', 'about');
    expect(sleeps.pauses).toEqual([3000, 10_000]);
  });

  it('never tries again after 401, 403 or 400: the same request would get the same answer', async () => {
    for (const status of [400, 401, 403, 404, 409]) {
      const lrs = fakeLrs();
      lrs.script.push({ status });
      const reply = await fakeClient(lrs).exchange('POST', 'statements', '[]');
      expect(reply).toMatchObject({ ok: true, answer: { status } });
      expect(lrs.requests).toHaveLength(1);
    }
  });

  it('quotes the LRS’s own words on one line, short', () => {
    expect(lrsMessage('{"errorId":"x","warnings":["Problem in \'statements.1.result.score.scaled\'. Received \'7\'","Problem in \'statements.2.verb.id\'"]}')).toBe(
      "Problem in 'statements.1.result.score.scaled'. Received '7'; Problem in 'statements.2.verb.id'",
    );
    expect(lrsMessage('{"message":"abc is conflicting"}')).toBe('abc is conflicting');
    expect(lrsMessage('<html>\n<body>Bad\u001b[31m gateway</body></html>')).toBe('<html> <body>Bad [31m gateway</body></html>');
    expect(lrsMessage('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('the platform’s fetch as a transport', () => {
  it('passes the request on, never follows a redirect, and bounds the wait', async () => {
    const calls: { url: string; init: unknown }[] = [];
    const transport = fetchTransport(
      async (url, init) => {
        calls.push({ url, init });
        return { status: 200, headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) }, text: async () => '[]' };
      },
      (ms) => `signal:${ms}`,
    );
    const response = await transport({ method: 'POST', url: 'https://x.example/xAPI/statements', headers: { A: 'b' }, body: '[]', timeoutMs: 1234 });
    expect(calls).toEqual([
      { url: 'https://x.example/xAPI/statements', init: { method: 'POST', headers: { A: 'b' }, body: '[]', redirect: 'manual', cache: 'no-store', signal: 'signal:1234' } },
    ]);
    expect(response.status).toBe(200);
    expect(response.header('content-type')).toBe('application/json');
    expect(await response.text()).toBe('[]');
  });
});

describe('testing the connection', () => {
  it('reports a reachable LRS that speaks 1.0.3 and accepts the credentials', async () => {
    expect(await testConnection(fakeClient(fakeLrs()))).toEqual({ reachable: true, versions: ['1.0.3', '1.0.2'], compatible: true, credentials: 'accepted', error: null });
  });

  it('reports credentials refused, in a value the UI translates', async () => {
    expect(await testConnection(fakeClient(fakeLrs(), { secret: 'wrong' }))).toEqual({
      reachable: true,
      versions: ['1.0.3', '1.0.2'],
      compatible: true,
      credentials: 'refused',
      error: { code: 'credentials', params: { status: 401 } },
    });
  });

  it('reports an address where nothing answers, and one that is not an LRS', async () => {
    const down = fakeLrs();
    down.script.push(networkError(), networkError());
    expect(await testConnection(fakeClient(down, { retry: { attempts: 2 } }))).toEqual({
      reachable: false,
      versions: [],
      compatible: false,
      credentials: 'not-checked',
      error: { code: 'unreachable', params: { detail: 'ECONNREFUSED', attempts: 2 } },
    });
    const web = fakeLrs();
    web.script.push({ status: 200, body: '<html>Welcome</html>' });
    expect(await testConnection(fakeClient(web))).toMatchObject({ reachable: true, compatible: false, error: { code: 'not-an-lrs', params: { status: 200 } } });
    const moved = fakeLrs();
    moved.script.push({ status: 301, headers: { Location: 'https://elsewhere.example/' } });
    expect(await testConnection(fakeClient(moved))).toMatchObject({ reachable: true, error: { code: 'redirected', params: { status: 301 } } });
  });
});
