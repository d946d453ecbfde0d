/**
 * Whether the page's own Content-Security-Policy lets it connect to an origin (connect-src, or
 * default-src without it), read from the policy the page carries in its <meta> tag. CareLit's
 * page allows 'self' only, so in a browser it can reach no LRS: the settings screen says so
 * before anything is tried, instead of a vague network error. A policy sent as an HTTP header
 * cannot be read from the page; CareLit's server sends the same one as the tag.
 */
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

function directive(policy: string, name: string): string[] | null {
  for (const part of policy.split(';')) {
    const [directiveName, ...sources] = part.trim().split(/\s+/);
    if (directiveName?.toLowerCase() === name) return sources;
  }
  return null;
}

/** One source expression against a URL; the subset pages use: keywords, `*`, schemes, hosts with optional wildcard and port. */
function sourceMatches(source: string, target: URL, page: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'self'") return target.origin === page.origin;
  if (lower === '*') return target.protocol === 'http:' || target.protocol === 'https:';
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return target.protocol === lower || (lower === 'http:' && target.protocol === 'https:');
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d+|\*))?(\/.*)?$/.exec(lower);
  if (!match) return false; // nonces, hashes, other keywords: never about an address
  const [, scheme, wildcard, host, port] = match;
  const protocol = `${scheme ?? page.protocol.slice(0, -1)}:`;
  if (target.protocol !== protocol && !(protocol === 'http:' && target.protocol === 'https:')) return false;
  const hostOk = wildcard ? target.hostname.endsWith(`.${host}`) : target.hostname === host;
  const targetPort = target.port || DEFAULT_PORTS[target.protocol] || '';
  const portOk = port === '*' || targetPort === (port ?? DEFAULT_PORTS[protocol] ?? '');
  return hostOk && portOk;
}

export function policyAllowsConnection(policy: string | null, origin: string, pageUrl: string): boolean {
  if (!policy) return true;
  const sources = directive(policy, 'connect-src') ?? directive(policy, 'default-src');
  if (sources === null) return true;
  let target: URL;
  let page: URL;
  try {
    target = new URL(origin);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  return sources.some((source) => source.toLowerCase() !== "'none'" && sourceMatches(source, target, page));
}

/** The policy this page carries in its <meta> tag, if any. */
export function pagePolicy(document: Document): string | null {
  const meta = [...document.querySelectorAll('meta[http-equiv]')].find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta?.getAttribute('content') ?? null;
}
