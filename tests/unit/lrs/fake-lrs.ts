import { createLrsClient, type LrsClient, type RetryPolicy } from '../../../core/lrs/client';
import { parseEndpoint } from '../../../core/lrs/endpoint';
import type { LrsFetch, LrsRequest, LrsResponse } from '../../../core/lrs/transport';

/**
 * An LRS in memory, answering as Learning Locker was seen to answer (tests/unit/lrs/lrs.test.ts
 * checks the real one): an id is stored once; a batch with a known id and other content is
 * refused whole with 409; an invalid statement (here: a verb id that is not an IRI) refuses
 * the batch with 400 and warnings; `more` links are relative to the origin.
 * `script` answers the next requests instead of it, in order: an answer, or an error to throw.
 */
export const FAKE_ENDPOINT = 'https://lrs.example.org/data/xAPI/';
export const KEY = 'org-key';
export const SECRET = 'org-secret-ü';

type Scripted = { status: number; body?: string; headers?: Record<string, string> } | Error;

export interface FakeLrs {
  fetch: LrsFetch;
  stored: Map<string, string>;
  requests: LrsRequest[];
  script: Scripted[];
  pageSize: number;
  /** Extra statements only the fake holds (another system's, or added by hand), returned by GET. */
  extra: unknown[];
}

export function timeoutError(): Error {
  return Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
}

export function networkError(code = 'ECONNREFUSED'): Error {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
}

function reply(status: number, body = '', headers: Record<string, string> = {}): LrsResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, header: (name) => lower[name.toLowerCase()] ?? null, text: async () => body };
}

const json = (status: number, value: unknown) => reply(status, JSON.stringify(value), { 'Content-Type': 'application/json' });

export function fakeLrs(): FakeLrs {
  const lrs: FakeLrs = { stored: new Map(), requests: [], script: [], pageSize: 100, extra: [], fetch: async () => reply(500) };
  const expected = `Basic ${Buffer.from(`${KEY}:${SECRET}`, 'utf8').toString('base64')}`;

  const post = (body: string) => {
    const statements = JSON.parse(body) as { id: string; verb: { id: string } }[];
    const conflict = statements.find((s) => lrs.stored.has(s.id) && lrs.stored.get(s.id) !== JSON.stringify(s));
    if (conflict) return json(409, { errorId: 'e', message: `${conflict.id} is conflicting` });
    const invalid = statements.findIndex((s) => !/^https?:\/\//.test(s.verb.id));
    if (invalid >= 0) return json(400, { errorId: 'e', warnings: [`Problem in 'statements.${invalid}.verb.id'. Received '"${statements[invalid]!.verb.id}"'`] });
    for (const s of statements) if (!lrs.stored.has(s.id)) lrs.stored.set(s.id, JSON.stringify(s));
    return json(
      200,
      statements.map((s) => s.id),
    );
  };

  const page = (url: URL) => {
    const all = [
      ...[...lrs.stored.values()].map((text, i) => ({
        ...JSON.parse(text),
        stored: `2026-10-01T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
        authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.org' },
        version: '1.0.0',
      })),
      ...lrs.extra,
    ];
    const from = Number(url.searchParams.get('cursor') ?? 0);
    const rest = all.slice(from + lrs.pageSize);
    return json(200, { statements: all.slice(from, from + lrs.pageSize), more: rest.length ? `/data/xAPI/statements?cursor=${from + lrs.pageSize}` : '' });
  };

  lrs.fetch = async (request) => {
    lrs.requests.push(request);
    const scripted = lrs.script.shift();
    if (scripted instanceof Error) throw scripted;
    if (scripted) return reply(scripted.status, scripted.body ?? '', scripted.headers);
    const url = new URL(request.url);
    if (url.pathname === '/data/xAPI/about') return json(200, { version: ['1.0.3', '1.0.2'] });
    if (request.headers.Authorization !== expected) return json(401, { message: 'Unauthorised' });
    if (request.headers['X-Experience-API-Version'] !== '1.0.3') return json(400, { warnings: ['Missing version'] });
    if (url.pathname !== '/data/xAPI/statements') return json(404, { message: 'Not found' });
    if (request.method === 'POST') return post(request.body ?? '');
    const id = url.searchParams.get('statementId');
    if (id !== null) return lrs.stored.has(id) ? json(200, JSON.parse(lrs.stored.get(id)!)) : json(404, { message: 'No Statement found' });
    return page(url);
  };
  return lrs;
}

export interface Sleeps {
  sleep: (ms: number) => Promise<void>;
  pauses: number[];
}

/** A sleep that only records: retries run at once. */
export function recordedSleep(): Sleeps {
  const pauses: number[] = [];
  return { pauses, sleep: async (ms) => void pauses.push(ms) };
}

export function fakeClient(lrs: FakeLrs, options: { secret?: string; retry?: Partial<RetryPolicy>; sleeps?: Sleeps; random?: () => number } = {}): LrsClient {
  const endpoint = parseEndpoint(FAKE_ENDPOINT);
  if (!endpoint.ok) throw new Error('bad fake endpoint');
  return createLrsClient({
    endpoint: endpoint.endpoint,
    credentials: { key: KEY, secret: options.secret ?? SECRET },
    fetch: lrs.fetch,
    sleep: (options.sleeps ?? recordedSleep()).sleep,
    random: options.random ?? (() => 0.5),
    ...(options.retry ? { retry: options.retry } : {}),
  });
}
