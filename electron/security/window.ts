import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { APP_ENTRY_URL } from '../app-origin';

/**
 * The renderer's powers, each setting named by the security-checklist item it implements. Most
 * are Electron's defaults already; they are written out so a reader (and a test) sees them, and
 * so a default changing upstream changes nothing here.
 */
export function secureWebPreferences(preload: string, { devTools = true }: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload,
    // No DevTools in a packaged build (devtools.ts).
    devTools,
    // 2. Do not enable Node.js integration for remote content (nor for ours).
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // 3. Enable context isolation.
    contextIsolation: true,
    // 4. Enable process sandboxing.
    sandbox: true,
    // 6. Do not disable webSecurity.
    webSecurity: true,
    // 8. Do not enable allowRunningInsecureContent.
    allowRunningInsecureContent: false,
    // 9. Do not enable experimental features. (10: enableBlinkFeatures is never set.)
    experimentalFeatures: false,
    // 11, 12. No <webview> at all.
    webviewTag: false,
    // The spellchecker downloads its dictionaries: the app makes no network request.
    spellcheck: false,
    // 13. A file or link dropped on the window must not replace the app.
    navigateOnDragDrop: false,
  };
}

/** Where the window last was (window-state.ts), already brought onto a display that shows it. */
export interface SavedPlace {
  bounds: Rectangle;
  maximized: boolean;
}

export function mainWindowOptions(preload: string, place?: SavedPlace | null, devTools = true): BrowserWindowConstructorOptions {
  return {
    title: 'CareLit',
    width: 1280,
    height: 820,
    ...place?.bounds,
    minWidth: 800,
    minHeight: 600,
    // Shown once painted, so the learner never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preload, { devTools }),
  };
}

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the one window, where it last was, and loads the app into it from `app://carelit/`. */
export function createMainWindow(Window: BrowserWindowClass, preload: string, place?: SavedPlace | null, devTools = true): BrowserWindow {
  const window = new Window(mainWindowOptions(preload, place, devTools));
  window.once('ready-to-show', () => {
    if (place?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('CareLit could not load its window', error));
  return window;
}
