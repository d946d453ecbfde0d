import type { WebContents } from 'electron';
import { isAppUrl } from '../app-origin';

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/**
 * Security checklist 13, "Disable or limit navigation": the app never leaves its own origin. A
 * link to the web is opened in the user's browser through the new-window rule instead (links
 * meant for outside use `target="_blank"`).
 */
export function refuseForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Applies the rule to page loads, frame loads and server redirects alike. */
export function limitNavigation(contents: Pick<WebContents, 'on'>): void {
  contents.on('will-navigate', refuseForeignNavigation);
  contents.on('will-frame-navigate', refuseForeignNavigation);
  contents.on('will-redirect', refuseForeignNavigation);
}
