import type { App, WebContents } from 'electron';
import { denyNewWindows, type OpenExternal } from './external-links';
import { limitNavigation } from './navigation';

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Security checklist 11 and 12 (`<webview>`: no popups, verify options): the app has no use for
 * `<webview>`, so every attach is refused, whatever its options. With 13 and 14 applied too.
 */
export function hardenWebContents(contents: HardenableContents, open: OpenExternal): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  limitNavigation(contents);
  contents.setWindowOpenHandler(denyNewWindows(open));
}

/**
 * Applies the rules to every webContents the app creates, the main window's included, so none
 * can be born without them. Register before the first window exists.
 */
export function hardenEveryWebContents(app: Pick<App, 'on'>, open: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, open));
}
