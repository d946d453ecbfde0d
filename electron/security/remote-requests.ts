import type { Session } from 'electron';
import { isAppUrl, parseUrl } from '../app-origin';

/**
 * Security checklist 1, "Only load secure content", taken to its end: the app loads no remote
 * content at all. Every request the session makes goes through this filter; only the app's own
 * origin and URLs that never leave the machine pass.
 */
const LOCAL_PROTOCOLS: ReadonlySet<string> = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Decides on a request to another origin. The one remote destination is the Learning Record
 * Store an organisation configures; its requests leave from the main process, through a session
 * of their own (electron/lrs/requests.ts) whose predicate accepts exactly that store's origin.
 * The window's session passes none (the CSP keeps its connect-src to 'self' besides). Only https
 * is asked about, and plain http to this computer itself, which never crosses a network.
 */
export type RemoteAllowance = (url: URL) => boolean;
export const NO_REMOTE: RemoteAllowance = () => false;

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

export function isRequestAllowed(url: string, allowRemote: RemoteAllowance = NO_REMOTE): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (isAppUrl(url) || LOCAL_PROTOCOLS.has(parsed.protocol)) return true;
  const secureEnough = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOST.test(parsed.hostname));
  return secureEnough && allowRemote(parsed);
}

export function blockRemoteRequests(session: Pick<Session, 'webRequest'>, allowRemote: RemoteAllowance = NO_REMOTE): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, allowRemote) }));
}
