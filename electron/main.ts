import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { sendEvent } from './ipc/events';
import { createIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { LRS_PARTITION, lrsRequests } from './lrs/requests';
import { createSecretFile } from './lrs/secret-file';
import { installApplicationMenu, type ApplicationMenu } from './menu';
import { createOpenedFiles, jsonPathsIn } from './opened-files';
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
import { loadWindowState, rememberWindowState, WINDOW_STATE_FILE, type WindowStateFiles } from './window-state';

/**
 * The main process, as the list of steps it takes. Each step lives in its own file and names the
 * Electron security-checklist item it implements, or the desktop convention it follows.
 */

let mainWindow: BrowserWindow | undefined;
let menu: ApplicationMenu | undefined;

/** Next to this file once bundled (dist/electron/main.cjs → dist/electron/preload.cjs). */
const preloadPath = (): string => path.join(__dirname, 'preload.cjs');
const rendererRoot = (): string => path.join(app.getAppPath(), 'dist', 'renderer');
const openExternal = (url: string): Promise<void> => shell.openExternal(url);
const windowStateFiles = (): WindowStateFiles => {
  const file = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  return { read: () => readFile(file, 'utf8'), write: (text) => writeFile(file, text, 'utf8') };
};
/** Files opened with the app, kept until the page takes them; it is told when some arrive. */
const openedFiles = createOpenedFiles({ stat: (filePath) => stat(filePath), readBytes: (filePath) => readFile(filePath) }, () =>
  sendEvent(mainWindow?.webContents, 'files:opened'),
);
const ipcHandlers = () =>
  createIpcHandlers(app, {
    dialog,
    windowOf: (contents) => BrowserWindow.fromWebContents(contents),
    writeTextFile: (filePath, text) => writeFile(filePath, text, 'utf8'),
    setMenuLanguage: (language) => menu?.setLanguage(language),
    takeOpenedFiles: () => openedFiles.take(),
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
  // macOS hands a double-clicked file to the running app this way, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openedFiles.add([filePath]);
  });
  // One window: closing it ends the app, on macOS too; nothing runs in the background.
  app.on('window-all-closed', () => app.quit());
}

/** Steps that need the default session, the protocol module and the window. */
async function whenReady(): Promise<void> {
  denyPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession);
  serveRenderer(protocol, rendererRoot());
  registerIpcHandlers(ipcMain, ipcHandlers(), (event) => isTrustedSender(event, mainWindow));
  menu = installApplicationMenu(Menu, dialog, app, () => mainWindow);
  const files = windowStateFiles();
  const place = await loadWindowState(
    files,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow(BrowserWindow, preloadPath(), place, devToolsAllowed(app));
  rememberWindowState(mainWindow, files, (error) => console.error('CareLit could not remember its window', error));
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  // Files given at launch (Windows and Linux pass them as arguments).
  await openedFiles.add(jsonPathsIn(process.argv.slice(1), process.cwd()));
}

function failToStart(error: unknown): void {
  console.error('CareLit could not start', error);
  app.exit(1);
}

if (
  claimSingleInstance(app, (argv, workingDirectory) => {
    focusWindow(mainWindow);
    void openedFiles.add(jsonPathsIn(argv.slice(1), workingDirectory));
  })
) {
  beforeReady();
  app.whenReady().then(whenReady).catch(failToStart);
}
