import type { Endpoint } from './endpoint';
import { basicAuthorization, type HttpMethod, type LrsFetch, type LrsResponse } from './transport';

/**
 * One conversation with an LRS's xAPI 1.0.3 resources: every request carries the version
 * header and, unless asked not to, the Basic credentials; what fails for a passing reason
 * (no network, no answer in time, 5xx, 429) is tried again after a growing, jittered pause,
 * a bounded number of times. Nothing here throws: an answer or an error is a value.
 */
export const XAPI_VERSION = '1.0.3';

/** Why an exchange with the LRS failed, as a code the UI translates (locales/<lang>/lrs.json). */
export type LrsErrorCode =
  | 'unreachable'
  | 'timeout'
  | 'server-error'
  | 'rate-limited'
  | 'credentials'
  | 'forbidden'
  | 'not-an-lrs'
  | 'redirected'
  | 'bad-request'
  | 'bad-answer'
  | 'store'
  // The app's own reasons, before any request: the secret this connection needs is not kept
  // here (or cannot be decrypted), the page may not connect to the LRS (a browser), or the
  // desktop's main process did not carry the request.
  | 'secret-missing'
  | 'secret-unreadable'
  | 'blocked-by-page'
  | 'app-failure';

export interface LrsError {
  code: LrsErrorCode;
  /** Values for the message: the HTTP status, the number of attempts, the LRS's own words… */
  params?: Record<string, string | number>;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 10_000 };
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface LrsClientOptions {
  endpoint: Endpoint;
  /**
   * The LRS client's key and secret, sent as HTTP Basic credentials. null: the transport adds
   * them itself, for a caller that must never hold the secret (the app's window, when its
   * requests go through the main process, which alone can decrypt it).
   */
  credentials: { key: string; secret: string } | null;
  fetch: LrsFetch;
  /** Waits between tries; tests pass one that records the pause and returns at once. */
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter. */
  random?: () => number;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

export interface Answer {
  status: number;
  body: string;
  header(name: string): string | null;
}

export type Exchange = { ok: true; answer: Answer } | { ok: false; error: LrsError };

export interface LrsClient {
  readonly endpoint: Endpoint;
  /** `target` is a resource under the endpoint ("statements?…") or a full address on its origin (a `more` link). */
  exchange(method: HttpMethod, target: string, body?: string): Promise<Exchange>;
}

/** Answers worth waiting for: the LRS, or something before it, is busy or briefly down. */
function passing(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** A Retry-After of seconds (the form LRSs and proxies use); a date or anything else is ignored. */
function retryAfterMs(response: Answer): number {
  const value = response.header('retry-after');
  return value && /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) * 1000 : 0;
}

/** Exponential back-off with "equal jitter": half the pause is fixed, half random, so many clients never retry in step. */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

function timedOut(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/**
 * What the platform says went wrong, shortest first: fetch wraps the system's reason
 * (ECONNREFUSED, ENOTFOUND…) as the `cause` of a vague "fetch failed". Read by shape, not by
 * class: errors may come from another realm.
 */
function networkDetail(thrown: unknown): string {
  const { message, cause } = (thrown ?? {}) as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return typeof message === 'string' ? message : String(thrown);
}

/** The error left once every try has failed for a passing reason. */
function passingError(last: { status: number } | { thrown: unknown }, attempts: number, timeoutMs: number): LrsError {
  if ('thrown' in last) {
    if (timedOut(last.thrown)) return { code: 'timeout', params: { seconds: Math.round(timeoutMs / 100) / 10, attempts } };
    return { code: 'unreachable', params: { detail: networkDetail(last.thrown), attempts } };
  }
  return { code: last.status === 429 ? 'rate-limited' : 'server-error', params: { status: last.status, attempts } };
}

async function answerOf(response: LrsResponse): Promise<Answer> {
  return { status: response.status, body: await response.text(), header: (name) => response.header(name) };
}

export function createLrsClient(options: LrsClientOptions): LrsClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  policy.attempts = Math.max(1, Math.floor(policy.attempts));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const random = options.random ?? Math.random;
  const authorization: Record<string, string> = options.credentials ? { Authorization: basicAuthorization(options.credentials.key, options.credentials.secret) } : {};
  const { endpoint } = options;

  async function exchange(method: HttpMethod, target: string, body?: string): Promise<Exchange> {
    const url = target.startsWith(`${endpoint.origin}/`) ? target : `${endpoint.base}${target}`;
    const headers: Record<string, string> = {
      'X-Experience-API-Version': XAPI_VERSION,
      Accept: 'application/json',
      ...authorization,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    };
    let last: { status: number } | { thrown: unknown } = { status: 0 };
    for (let attempt = 0; attempt < policy.attempts; attempt += 1) {
      let pause = 0;
      try {
        const answer = await answerOf(await options.fetch({ method, url, headers, ...(body === undefined ? {} : { body }), timeoutMs }));
        if (!passing(answer.status)) return { ok: true, answer };
        last = { status: answer.status };
        pause = retryAfterMs(answer);
      } catch (thrown) {
        last = { thrown };
      }
      if (attempt + 1 < policy.attempts) await options.sleep(Math.min(policy.maxDelayMs, Math.max(pause, backoffMs(attempt, policy, random))));
    }
    return { ok: false, error: passingError(last, policy.attempts, timeoutMs) };
  }

  return { endpoint, exchange };
}

/** The LRS's own words from an error answer: its `message`, or its validation `warnings`, kept short and on one line. */
export function lrsMessage(body: string): string {
  let text = body;
  try {
    const parsed = JSON.parse(body) as { message?: unknown; warnings?: unknown };
    if (Array.isArray(parsed.warnings) && parsed.warnings.length) text = parsed.warnings.map(String).join('; ');
    else if (typeof parsed.message === 'string') text = parsed.message;
  } catch {
    // Not JSON: its text, as it is.
  }
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/**
 * What an answer that is none of the expected ones means. 401 and 403 stop everything: more
 * tries with the same credentials only fill the LRS's logs. Anything else unexpected means
 * the address is not an xAPI LRS (or not its xAPI endpoint).
 */
export function unexpected(answer: Answer): LrsError {
  const { status } = answer;
  if (status === 401) return { code: 'credentials', params: { status } };
  if (status === 403) return { code: 'forbidden', params: { status } };
  if (status === 0 || (status >= 300 && status < 400)) return { code: 'redirected', params: { status } };
  const message = lrsMessage(answer.body);
  if (status === 400) return { code: 'bad-request', params: { status, message } };
  return { code: 'not-an-lrs', params: { status } };
}
