/**
 * How core reaches an LRS: one small function type, injected. Core compiles without the DOM
 * and without Node, so it never names `fetch`; the CLI and the app hand it the platform's
 * fetch through `fetchTransport`, and tests hand it a fake.
 */
export type HttpMethod = 'GET' | 'HEAD' | 'POST';

export interface LrsRequest {
  method: HttpMethod;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** The transport gives up after this long: its promise rejects with an error named "TimeoutError". */
  timeoutMs: number;
}

export interface LrsResponse {
  status: number;
  header(name: string): string | null;
  text(): Promise<string>;
}

/** Resolves with any HTTP answer, whatever its status; rejects only when no answer came (network, timeout). */
export type LrsFetch = (request: LrsRequest) => Promise<LrsResponse>;

/** The part of WHATWG fetch the transport needs: Node 20, Chromium and Electron all have it. */
export type WhatwgFetch<Signal> = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; redirect: 'manual'; cache: 'no-store'; signal: Signal },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

/**
 * The platform's fetch as an LrsFetch: `timeoutSignal` is `AbortSignal.timeout`, which also
 * bounds the reading of the body. Redirects are not followed: an LRS endpoint does not move,
 * and the Basic credentials must not travel to wherever a redirect points.
 */
export function fetchTransport<Signal>(fetchFn: WhatwgFetch<Signal>, timeoutSignal: (ms: number) => Signal): LrsFetch {
  return async ({ method, url, headers, body, timeoutMs }) => {
    const response = await fetchFn(url, {
      method,
      headers: { ...headers },
      ...(body === undefined ? {} : { body }),
      redirect: 'manual',
      cache: 'no-store',
      signal: timeoutSignal(timeoutMs),
    });
    return { status: response.status, header: (name) => response.headers.get(name), text: () => response.text() };
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding; core has neither btoa nor Buffer. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}

/** HTTP Basic credentials, the key and secret as UTF-8 (RFC 7617), as every LRS takes them. */
export function basicAuthorization(key: string, secret: string): string {
  return `Basic ${base64(new TextEncoder().encode(`${key}:${secret}`))}`;
}
