/**
 * An LRS endpoint as an organisation gives it ("https://lrs.example.org/data/xAPI/"), checked
 * and normalised. Parsed by hand: core has no URL class, and the rules are few.
 */
export interface Endpoint {
  /** Ends with "/": resources are appended to it ("statements", "about"). */
  base: string;
  /** scheme://host[:port], lower case: where `more` links and nothing else may point. */
  origin: string;
  /** Plain http: the key and secret would cross the network readable by anyone on the way. */
  secure: boolean;
  /** 127.0.0.1, ::1 or localhost: plain http never leaves the machine. */
  loopback: boolean;
}

export type EndpointProblem = 'not-http' | 'credentials-in-address' | 'query-or-fragment' | 'no-host';

const ADDRESS = /^(https?):\/\/([^/?#]*)([^?#]*)(.*)$/i;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/;

export function parseEndpoint(text: string): { ok: true; endpoint: Endpoint } | { ok: false; problem: EndpointProblem } {
  const match = ADDRESS.exec(text.trim());
  if (!match) return { ok: false, problem: 'not-http' };
  const [, scheme, host, path, rest] = match as unknown as [string, string, string, string, string];
  // A key or secret written into the address would end up in logs and error messages.
  if (host.includes('@')) return { ok: false, problem: 'credentials-in-address' };
  if (rest) return { ok: false, problem: 'query-or-fragment' };
  if (!/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) return { ok: false, problem: 'no-host' };
  const origin = `${scheme.toLowerCase()}://${host.toLowerCase()}`;
  return {
    ok: true,
    endpoint: {
      base: `${origin}${path.endsWith('/') ? path : `${path}/`}`,
      origin,
      secure: scheme.toLowerCase() === 'https',
      loopback: LOOPBACK.test(host.toLowerCase()),
    },
  };
}

/** What the app refuses beyond parseEndpoint's problems. */
export type AppEndpointProblem = EndpointProblem | 'not-secure';

/**
 * An endpoint as the app takes it from an organisation's settings: https, or plain http to
 * this computer itself (a loopback address never crosses a network). Unlike the CLI, which
 * warns, the app refuses plain http to another machine: its key and secret would travel
 * readable, every time it sends, without anyone watching a terminal.
 */
export function parseAppEndpoint(text: string): { ok: true; endpoint: Endpoint } | { ok: false; problem: AppEndpointProblem } {
  const parsed = parseEndpoint(text);
  if (parsed.ok && !parsed.endpoint.secure && !parsed.endpoint.loopback) return { ok: false, problem: 'not-secure' };
  return parsed;
}

/**
 * Where a `more` link points. xAPI 1.0.3 makes it relative to the LRS's origin ("/xAPI/statements?cursor=…");
 * an absolute link is followed only to the same origin, since the credentials go with it.
 */
export function resolveMore(endpoint: Endpoint, more: string): string | null {
  if (more.startsWith('/') && !more.startsWith('//')) return `${endpoint.origin}${more}`;
  const match = ADDRESS.exec(more);
  if (match && `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}` === endpoint.origin) return more;
  return null;
}

/** `name=value&…` with every value encoded; undefined values left out. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(params).flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${encodeURIComponent(String(value))}`]));
  return parts.length ? `?${parts.join('&')}` : '';
}
