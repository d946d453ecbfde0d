import type { WindowOpenHandlerResponse } from 'electron';
import { parseUrl } from '../app-origin';

/**
 * Security checklist 14, "Disable or limit creation of new windows", and 15, "Do not use
 * shell.openExternal with untrusted content".
 *
 * The app never opens a second window. A link to the web or a mail address goes to the user's
 * own browser or mail client; every other scheme (file:, javascript:, app:, smb:, custom
 * handlers registered by other software…) could launch a local program, so it goes nowhere.
 */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

/** Opens a URL outside the app; `shell.openExternal` in production, a spy in tests. */
export type OpenExternal = (url: string) => Promise<void>;

/** The URL to hand to the operating system, or undefined when the link must stay closed. */
export function externalLinkTarget(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return undefined;
  // "https://hospital.example@attacker.example/" reads as the hospital but is not.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}

/** Opens the link outside the app if the rule allows it; tells whether it did. */
export function openExternalLink(url: string, open: OpenExternal): boolean {
  const target = externalLinkTarget(url);
  if (target === undefined) return false;
  // A missing browser is not the app's failure: nothing to recover, nothing to report.
  open(target).catch(() => undefined);
  return true;
}

/** The window-open handler: always deny, and maybe open the link outside. */
export function denyNewWindows(open: OpenExternal): (details: { url: string }) => WindowOpenHandlerResponse {
  return ({ url }) => {
    openExternalLink(url, open);
    return { action: 'deny' };
  };
}
