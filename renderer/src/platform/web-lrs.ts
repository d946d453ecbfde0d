import { lrsSaveRequestSchema, sameConnection, type LrsConnection } from '../../../core/lrs/ipc';
import { parseAppEndpoint } from '../../../core/lrs/endpoint';
import { lrsService } from '../../../core/lrs/service';
import { fetchTransport, type WhatwgFetch } from '../../../core/lrs/transport';
import { pagePolicy, policyAllowsConnection } from './page-policy';
import type { PlatformLrs } from './platform';

/**
 * The LRS from a browser page (the app served without Electron). No safeStorage here: the
 * secret is kept in this page's memory only, and forgotten when it closes or reloads. The page
 * makes the requests itself, which works only if its own security policy allows the LRS's
 * address and the LRS answers the page (CORS); CareLit's page allows no address but its own,
 * so that is checked first and said plainly, with no request made. Loaded on first use: the
 * first screen does not carry the LRS client.
 */
export interface WebLrsHost {
  fetch: WhatwgFetch<AbortSignal>;
  /** The page's Content-Security-Policy (its <meta> tag), or null. */
  policy(): string | null;
  pageUrl(): string;
  sleep(ms: number): Promise<void>;
}

/** This page: its fetch, its policy, its address. */
export const pageLrsHost = (): WebLrsHost => ({
  fetch: (url, init) => fetch(url, init),
  policy: () => pagePolicy(document),
  pageUrl: () => location.href,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
});

export function createWebLrs(host: WebLrsHost): PlatformLrs {
  let kept: { connection: LrsConnection; secret: string } | null = null;
  const transport = fetchTransport(host.fetch, (ms) => AbortSignal.timeout(ms));
  const service = lrsService({
    transportFor: (origin) =>
      policyAllowsConnection(host.policy(), origin, host.pageUrl()) ? { ok: true, fetch: transport } : { ok: false, error: { code: 'blocked-by-page', params: { origin } } },
    keptSecret: async (connection) => (kept && sameConnection(kept.connection, connection) ? { ok: true, secret: kept.secret } : { ok: false, error: { code: 'secret-missing' } }),
    sleep: host.sleep,
  });

  return {
    secretState: async () => ({ keeping: 'memory', savedFor: kept?.connection ?? null }),
    // The same rules as the desktop's: what one refuses, the other refuses.
    saveSecret: async (request) => {
      const parsed = lrsSaveRequestSchema.safeParse(request);
      const endpoint = parsed.success ? parseAppEndpoint(parsed.data.endpoint) : null;
      if (!parsed.success || !endpoint?.ok || endpoint.endpoint.base !== parsed.data.endpoint) return { saved: false, problem: 'invalid-request' };
      kept = { connection: { endpoint: parsed.data.endpoint, key: parsed.data.key }, secret: parsed.data.secret };
      return { saved: true, keeping: 'memory' };
    },
    forgetSecret: async () => {
      kept = null;
    },
    test: (request) => service.test(request),
    send: (connection, statements) => service.send({ ...connection, statements }),
  };
}
