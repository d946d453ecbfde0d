import type { App, WebContents } from 'electron';

/**
 * DevTools stay off in a packaged build. A copy of CareLit on a training-room computer is not a
 * development tool: DevTools would hand whoever sits at it the console of an unlocked trainer
 * area (its keys, what it has opened) and the database's tables. The window is created with
 * `webPreferences.devTools: false` (see window.ts), which makes `openDevTools()` and the menu's
 * toggle do nothing; as a second line, any webContents that opens them anyway closes them at
 * once. `npm start` (not packaged) keeps them, for development.
 */
export function devToolsAllowed(app: Pick<App, 'isPackaged'>): boolean {
  return !app.isPackaged;
}

type ClosableContents = Pick<WebContents, 'on' | 'closeDevTools'>;

/** Closes DevTools as soon as they open, in every webContents of a packaged build. Register before the first window exists. */
export function keepDevToolsClosed(app: Pick<App, 'isPackaged' | 'on'>): void {
  if (devToolsAllowed(app)) return;
  app.on('web-contents-created', (_event, contents: ClosableContents) => {
    contents.on('devtools-opened', () => contents.closeDevTools());
  });
}
