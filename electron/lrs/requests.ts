import type { Session } from 'electron';
import { fetchTransport, type LrsFetch, type LrsResponse, type WhatwgFetch } from '../../core/lrs/transport';
import { parseUrl } from '../app-origin';
import { blockRemoteRequests } from '../security/remote-requests';

/**
 * Where the LRS's requests go out: a session of their own (in memory, holding no web page), so
 * the window's session keeps refusing every remote request. Its filter lets through exactly the
 * origin of a request under way, and nothing else; each request is checked against the origin
 * it was made for before it leaves. Chromium's network stack (Session.fetch, not Node's) sends
 * it: it uses the system's proxy settings and certificate store, as a hospital network needs.
 */
export const LRS_PARTITION = 'carelit-lrs';

export type LrsSession = Pick<Session, 'webRequest' | 'fetch'>;

/** What Chromium's fetch throws when `redirect: 'manual'` meets a redirect. */
const REDIRECT_CANCELLED = 'Redirect was cancelled';

/** A redirect the client did not follow, as status 0: core says "redirected" for it. */
const NOT_FOLLOWED: LrsResponse = { status: 0, header: () => null, text: async () => '' };

export interface LrsRequests {
  /** A transport that sends to `origin` only, and lets that origin through the session's filter while it does. */
  fetchFor(origin: string): LrsFetch;
}

export function lrsRequests(session: LrsSession): LrsRequests {
  const underWay = new Map<string, number>();
  blockRemoteRequests(session, (url) => (underWay.get(url.origin) ?? 0) > 0);
  const transport = fetchTransport(session.fetch.bind(session) as unknown as WhatwgFetch<AbortSignal>, (ms) => AbortSignal.timeout(ms));

  return {
    // As URLs compare it ("https://lrs.example.org:443" is "https://lrs.example.org").
    fetchFor: (given) => async (request) => {
      const origin = parseUrl(given)?.origin;
      if (!origin || parseUrl(request.url)?.origin !== origin) throw new Error(`refused: ${given} only`);
      underWay.set(origin, (underWay.get(origin) ?? 0) + 1);
      try {
        return await transport(request);
      } catch (error) {
        if ((error as { message?: unknown } | null)?.message === REDIRECT_CANCELLED) return NOT_FOLLOWED;
        throw error;
      } finally {
        const left = (underWay.get(origin) ?? 1) - 1;
        if (left > 0) underWay.set(origin, left);
        else underWay.delete(origin);
      }
    },
  };
}
