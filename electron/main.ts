import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { createIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { LRS_PARTITION, lrsRequests } from './lrs/requests';
import { createSecretFile } from './lrs/secret-file';
import { registerAppSchemeAsPrivileged } from './security/app-scheme';
import { devToolsAllowed, keepDevToolsClosed } from './security/devtools';
import { serveRenderer } from './security/app-protocol';
import { isTrustedSender } from './security/ipc-sender';
import { denyPermissions } from './security/permissions';
import { blockRemoteRequests } from './security/remote-requests';
import { enableSandboxForEveryRenderer } from './security/sandbox';
import { createMainWindow } from './security/window';
import { hardenEveryWebContents } from './security/web-contents';
import { claimSingleInstance, focusWindow } from './single-instance';

/**
 * The main process, as the list of steps it takes. Each step lives in its own file and names the
 * Electron security-checklist item it implements.
 */

let mainWindow: BrowserWindow | undefined;

/** Next to this file once bundled (dist/electron/main.cjs → dist/electron/preload.cjs). */
const preloadPath = (): string => path.join(__dirname, 'preload.cjs');
const rendererRoot = (): string => path.join(app.getAppPath(), 'dist', 'renderer');
const openExternal = (url: string): Promise<void> => shell.openExternal(url);
const ipcHandlers = () =>
  createIpcHandlers(app, {
    dialog,
    windowOf: (contents) => BrowserWindow.fromWebContents(contents),
    writeTextFile: (filePath, text) => writeFile(filePath, text, 'utf8'),
    writeBinaryFile: (filePath, data) => writeFile(filePath, data),
    // The organisation's LRS: the secret in the user-data folder, requests from a session of their own.
    lrs: {
      secrets: createSecretFile({ safeStorage, platform: process.platform, folder: app.getPath('userData') }),
      requests: lrsRequests(session.fromPartition(LRS_PARTITION)),
      sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    },
  });

/** Steps that Chromium only honours before `ready`. */
function beforeReady(): void {
  registerAppSchemeAsPrivileged(protocol);
  enableSandboxForEveryRenderer(app);
  hardenEveryWebContents(app, openExternal);
  keepDevToolsClosed(app);
  // One window: closing it ends the app, on macOS too; nothing runs in the background.
  app.on('window-all-closed', () => app.quit());
}

/** Steps that need the default session, the protocol module and the window. */
function whenReady(): void {
  denyPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession);
  serveRenderer(protocol, rendererRoot());
  registerIpcHandlers(ipcMain, ipcHandlers(), (event) => isTrustedSender(event, mainWindow));
  mainWindow = createMainWindow(BrowserWindow, preloadPath(), devToolsAllowed(app));
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function failToStart(error: unknown): void {
  console.error('CareLit could not start', error);
  app.exit(1);
}

if (claimSingleInstance(app, () => focusWindow(mainWindow))) {
  beforeReady();
  app.whenReady().then(whenReady).catch(failToStart);
}
