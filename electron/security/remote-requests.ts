import type { Session } from 'electron';
import { isAppUrl, parseUrl } from '../app-origin';

/**
 * Security checklist 1, "Only load secure content", taken to its end: the app loads no remote
 * content at all. Every request the session makes goes through this filter; only the app's own
 * origin and URLs that never leave the machine pass.
 */
const LOCAL_PROTOCOLS: ReadonlySet<string> = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Decides on a remote (https) request. The one planned remote destination is a Learning Record
 * Store the organisation configures: when it exists, pass a predicate accepting exactly that
 * store's https origin (and send from the main process, since the CSP keeps the renderer's
 * connect-src to 'self').
 */
export type RemoteAllowance = (url: URL) => boolean;
export const NO_REMOTE: RemoteAllowance = () => false;

export function isRequestAllowed(url: string, allowRemote: RemoteAllowance = NO_REMOTE): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (isAppUrl(url) || LOCAL_PROTOCOLS.has(parsed.protocol)) return true;
  return parsed.protocol === 'https:' && allowRemote(parsed);
}

export function blockRemoteRequests(session: Pick<Session, 'webRequest'>, allowRemote: RemoteAllowance = NO_REMOTE): void {
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isRequestAllowed(details.url, allowRemote) }),
  );
}
