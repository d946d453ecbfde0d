import type { App, BrowserWindow } from 'electron';

/**
 * One CareLit at a time: a second instance would contend with the first for the same profile
 * and learner database. Launching again hands its arguments (files opened with the app) and the
 * folder it was launched from to the first, which comes forward. Returns false in the second
 * instance, which then quits.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>, onSecondLaunch: (argv: string[], workingDirectory: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondLaunch(argv, workingDirectory));
  return true;
}

export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'> | undefined): void {
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
