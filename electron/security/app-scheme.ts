import type { Privileges, Protocol } from 'electron';
import { APP_SCHEME } from '../app-origin';

/**
 * Security checklist 18, "Avoid usage of the file:// protocol and prefer usage of custom
 * protocols": the renderer is served from `app://carelit/`, never from file://.
 *
 * - standard: gives the scheme a real origin, without which Chromium disables IndexedDB (and
 *   so the whole learner database) and resolves relative URLs wrongly;
 * - secure: the app counts as a secure context, like https;
 * - supportFetchAPI: the renderer may fetch its own bundled files;
 * - codeCache: V8 keeps compiled scripts between launches.
 * Deliberately absent: bypassCSP, corsEnabled, allowServiceWorkers, stream.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const satisfies Privileges;

/** Must run before the app is ready: Chromium reads scheme privileges once, at start-up. */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}
