import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The composition in electron/main.ts, against a mocked `electron`: which steps run before
 * `ready`, which after, and that a second instance does nothing.
 */
jest.mock('electron', () => {
  const steps: string[] = [];
  const step = (name: string, result?: unknown) => jest.fn(() => (steps.push(name), result));
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = () => {
      steps.push('ready');
      resolve();
    };
  });
  // printToPDF: what Chromium would print of the page, as PDF bytes.
  const webContents = { id: 1, send: jest.fn(), printToPDF: jest.fn(async () => Buffer.from('%PDF-1.7 certificate\n%%EOF\n')) };
  const window = {
    webContents,
    once: jest.fn(),
    on: jest.fn(),
    show: jest.fn(),
    maximize: jest.fn(),
    isMinimized: () => false,
    restore: jest.fn(),
    focus: jest.fn(),
    loadURL: step('window.loadURL', Promise.resolve()),
    getNormalBounds: () => ({ x: 40, y: 30, width: 1100, height: 760 }),
    isMaximized: () => false,
  };
  // The LRS's own session: its filter is kept, to be asked as Chromium would ask it.
  type Filter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  const lrsSession: { filter?: Filter; webRequest: { onBeforeRequest: jest.Mock }; fetch: jest.Mock } = {
    webRequest: {
      onBeforeRequest: jest.fn((listener: Filter) => {
        steps.push('lrsSession.webRequest.onBeforeRequest');
        lrsSession.filter = listener;
      }),
    },
    fetch: jest.fn(async () => ({ status: 204, headers: { get: () => null }, text: async () => '' })),
  };
  return {
    steps,
    markReady: () => markReady(),
    window,
    app: {
      requestSingleInstanceLock: step('app.requestSingleInstanceLock', true),
      enableSandbox: step('app.enableSandbox'),
      on: jest.fn((event: string) => steps.push(`app.on:${event}`)),
      whenReady: jest.fn(() => ready),
      quit: step('app.quit'),
      exit: step('app.exit'),
      getAppPath: () => '/opt/carelit/app',
      getVersion: () => '0.1.0',
      getLocale: () => 'fr-BE',
      getPath: jest.fn(() => '/home/amina/Documents'),
    },
    dialog: { showSaveDialog: jest.fn(async () => ({ canceled: true, filePath: '' })), showMessageBox: jest.fn(async () => ({ response: 0 })) },
    Menu: {
      buildFromTemplate: jest.fn((template: unknown) => ({ template })),
      setApplicationMenu: step('Menu.setApplicationMenu'),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    lrsSession,
    safeStorage: {
      isAsyncEncryptionAvailable: jest.fn(async () => true),
      encryptStringAsync: jest.fn(async (plain: string) => Buffer.from(plain, 'utf8').reverse()),
      decryptStringAsync: jest.fn(async (sealed: Buffer) => ({ result: Buffer.from(sealed).reverse().toString('utf8'), shouldReEncrypt: false })),
      getSelectedStorageBackend: jest.fn(() => 'gnome_libsecret'),
    },
    protocol: {
      registerSchemesAsPrivileged: step('protocol.registerSchemesAsPrivileged'),
      handle: step('protocol.handle'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: step('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: step('session.setPermissionCheckHandler'),
        setDevicePermissionHandler: step('session.setDevicePermissionHandler'),
        webRequest: { onBeforeRequest: step('session.webRequest.onBeforeRequest') },
      },
      fromPartition: jest.fn((partition: string) => (steps.push(`session.fromPartition:${partition}`), lrsSession)),
    },
    ipcMain: { handle: jest.fn((channel: string) => steps.push(`ipcMain.handle:${channel}`)) },
    BrowserWindow: Object.assign(
      jest.fn(() => (steps.push('new BrowserWindow'), window)),
      { fromWebContents: jest.fn((contents: unknown) => (contents === webContents ? window : null)) },
    ),
    shell: { openExternal: jest.fn(async () => undefined) },
  };
});

interface ElectronMock {
  steps: string[];
  markReady(): void;
  app: { requestSingleInstanceLock: jest.Mock; getPath: jest.Mock; on: jest.Mock };
  Menu: { buildFromTemplate: jest.Mock; setApplicationMenu: jest.Mock };
  BrowserWindow: jest.Mock & { fromWebContents: jest.Mock };
  protocol: { registerSchemesAsPrivileged: jest.Mock; handle: jest.Mock };
  ipcMain: { handle: jest.Mock };
  dialog: { showSaveDialog: jest.Mock };
  window: { webContents: { send: jest.Mock; printToPDF: jest.Mock }; on: jest.Mock };
  session: { defaultSession: { webRequest: { onBeforeRequest: jest.Mock } } };
  lrsSession: { filter?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void; fetch: jest.Mock };
}

function startMain(locked = true, isPackaged = false): ElectronMock {
  let electron!: ElectronMock;
  jest.isolateModules(() => {
    electron = jest.requireMock<ElectronMock>('electron');
    (electron.app as { isPackaged?: boolean }).isPackaged = isPackaged;
    electron.app.requestSingleInstanceLock.mockImplementation(() => {
      electron.steps.push('app.requestSingleInstanceLock');
      return locked;
    });
    jest.requireActual('../../../electron/main');
  });
  return electron;
}

/**
 * Until the window has loaded: `ready` reads the window's saved place from the disk first, which
 * takes longer on a busy machine (hence a deadline, not a count of turns).
 */
async function flush(electron?: ElectronMock): Promise<void> {
  const deadline = Date.now() + 5_000;
  do {
    await new Promise((resolve) => setImmediate(resolve));
    if (!electron || electron.steps.includes('window.loadURL')) return;
  } while (Date.now() < deadline);
}

describe('the main process', () => {
  it('registers the scheme, the sandbox and the webContents rules before ready, and nothing else', () => {
    const { steps } = startMain();
    expect(steps).toEqual([
      'app.requestSingleInstanceLock',
      'app.on:second-instance',
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.on:web-contents-created',
      'app.on:open-file',
      'app.on:window-all-closed',
    ]);
    expect(steps).not.toContain('ready');
    expect(steps).not.toContain('protocol.handle');
    expect(steps).not.toContain('new BrowserWindow');
  });

  it('then locks the session, serves the renderer, answers IPC, sets the menu and opens the window, in that order', async () => {
    const electron = startMain();
    electron.markReady();
    await flush(electron);
    const { steps } = electron;
    const afterReady = steps.slice(steps.indexOf('ready') + 1);
    expect(afterReady).toEqual([
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.setDevicePermissionHandler',
      'session.webRequest.onBeforeRequest',
      'protocol.handle',
      'session.fromPartition:carelit-lrs',
      'lrsSession.webRequest.onBeforeRequest',
      'ipcMain.handle:app:info',
      'ipcMain.handle:file:save-text',
      'ipcMain.handle:app:set-language',
      'ipcMain.handle:files:take-opened',
      'ipcMain.handle:file:save-pdf',
      'ipcMain.handle:lrs:secret-state',
      'ipcMain.handle:lrs:save-secret',
      'ipcMain.handle:lrs:forget-secret',
      'ipcMain.handle:lrs:test',
      'ipcMain.handle:lrs:send',
      'Menu.setApplicationMenu',
      'new BrowserWindow',
      'window.loadURL',
    ]);
    expect(steps.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(steps.indexOf('ready'));
    expect(steps.indexOf('app.enableSandbox')).toBeLessThan(steps.indexOf('ready'));
    expect(steps.indexOf('app.on:web-contents-created')).toBeLessThan(steps.indexOf('new BrowserWindow'));
  });

  it('finds the preload next to itself and runs the window hardened', async () => {
    const electron = startMain();
    electron.markReady();
    await flush(electron);
    const options = electron.BrowserWindow.mock.calls[0]?.[0] as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences.preload).toMatch(/[/\\]preload\.cjs$/);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('saves a file through Electron’s save dialog, attached to the window that asked, and writes it', async () => {
    const electron = startMain();
    electron.markReady();
    await flush(electron);
    const folder = await mkdtemp(path.join(tmpdir(), 'carelit-main-'));
    try {
      const target = path.join(folder, 'cohorte.csv');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const listener = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'file:save-text')?.[1] as (event: unknown, request: unknown) => Promise<unknown>;
      const event = { sender: electron.window.webContents, senderFrame: { url: 'app://carelit/index.html', parent: null } };
      await expect(listener(event, { suggestedName: 'cohorte.csv', text: 'Apprenant·e;score\r\n', kind: 'csv' })).resolves.toEqual({ saved: true });
      expect(electron.BrowserWindow.fromWebContents).toHaveBeenCalledWith(electron.window.webContents);
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(electron.window, expect.objectContaining({ defaultPath: path.join('/home/amina/Documents', 'cohorte.csv') }));
      expect(electron.app.getPath).toHaveBeenCalledWith('documents');
      expect(await readFile(target, 'utf8')).toBe('Apprenant·e;score\r\n');
      // Cancelled: nothing to say, nothing written.
      await expect(listener(event, { suggestedName: 'cohorte.csv', text: 'x', kind: 'csv' })).resolves.toEqual({ saved: false });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('saves the window’s own page as a PDF: printed through its print stylesheet, in A4 and tagged, then written where she chooses', async () => {
    const electron = startMain();
    electron.markReady();
    await flush();
    const folder = await mkdtemp(path.join(tmpdir(), 'carelit-main-'));
    try {
      const target = path.join(folder, 'attestation.pdf');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const listener = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'file:save-pdf')?.[1] as (event: unknown, request: unknown) => Promise<unknown>;
      const event = { sender: electron.window.webContents, senderFrame: { url: 'app://carelit/index.html', parent: null } };
      await expect(listener(event, { suggestedName: 'carelit-certificate-ai-basics-amina.pdf' })).resolves.toEqual({ saved: true });
      expect(electron.window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', generateTaggedPDF: true, preferCSSPageSize: true }));
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
        electron.window,
        expect.objectContaining({ defaultPath: path.join('/home/amina/Documents', 'carelit-certificate-ai-basics-amina.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
      );
      expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 certificate\n%%EOF\n');
      // A request that names anything but a PDF file is refused before anything is printed.
      electron.window.webContents.printToPDF.mockClear();
      await expect(listener(event, { suggestedName: 'x.pdf', text: '<h1>forged</h1>' })).rejects.toThrow(/^IPC request refused$/);
      await expect(listener(event, { suggestedName: '../x.pdf' })).rejects.toThrow(/^IPC request refused$/);
      expect(electron.window.webContents.printToPDF).not.toHaveBeenCalled();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('opens a packaged build’s window without DevTools, and closes them wherever they open', async () => {
    const electron = startMain(true, true);
    expect(electron.steps.filter((step) => step === 'app.on:web-contents-created')).toHaveLength(2);
    electron.markReady();
    await flush(electron);
    const options = electron.BrowserWindow.mock.calls[0]?.[0] as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences.devTools).toBe(false);
  });

  it('keeps DevTools in development', async () => {
    const electron = startMain(true, false);
    electron.markReady();
    await flush(electron);
    const options = electron.BrowserWindow.mock.calls[0]?.[0] as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences.devTools).toBe(true);
  });

  it('sends to an LRS from a session of its own: the window’s session still refuses it, the LRS’s lets only its origin through', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'carelit-main-lrs-'));
    try {
      const electron = startMain();
      electron.app.getPath.mockImplementation((name: string) => (name === 'userData' ? folder : '/home/amina/Documents'));
      electron.markReady();
      await flush(electron);
      const listener = (channel: string) => electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as (event: unknown, request?: unknown) => Promise<unknown>;
      const event = { sender: electron.window.webContents, senderFrame: { url: 'app://carelit/index.html', parent: null } };
      const connection = { endpoint: 'https://lrs.hospital.example/xAPI/', key: 'carelit' };
      await expect(listener('lrs:save-secret')(event, { ...connection, secret: 'Geheim-2026' })).resolves.toEqual({ saved: true, keeping: 'os' });
      expect(await readFile(path.join(folder, 'lrs-secret.json'), 'utf8')).not.toContain('Geheim-2026');

      const asked: { url: string; cancelled: boolean }[] = [];
      electron.lrsSession.fetch.mockImplementation(async (url: string) => {
        electron.lrsSession.filter?.({ url }, ({ cancel }) => asked.push({ url, cancelled: cancel }));
        return { status: 200, headers: { get: () => null }, text: async () => JSON.stringify({ version: ['1.0.3'] }) };
      });
      await listener('lrs:test')(event, connection);
      expect(asked[0]).toEqual({ url: 'https://lrs.hospital.example/xAPI/about', cancelled: false });
      expect(electron.lrsSession.fetch).toHaveBeenCalledWith(
        'https://lrs.hospital.example/xAPI/about',
        expect.objectContaining({ headers: expect.objectContaining({ Authorization: `Basic ${Buffer.from('carelit:Geheim-2026').toString('base64')}` }) }),
      );
      // Outside a request under way, and for the window's session, the LRS stays out of reach.
      const later: boolean[] = [];
      electron.lrsSession.filter?.({ url: 'https://lrs.hospital.example/xAPI/about' }, ({ cancel }) => later.push(cancel));
      const windowFilter = electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void;
      windowFilter({ url: 'https://lrs.hospital.example/xAPI/about' }, ({ cancel }) => later.push(cancel));
      expect(later).toEqual([true, true]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('does nothing in a second instance but quit', () => {
    const { steps } = startMain(false);
    expect(steps).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
  });

  it('hands a .json file given to a second launch to the page, read by the main process', async () => {
    const electron = startMain();
    electron.markReady();
    await flush(electron);
    const folder = await mkdtemp(path.join(tmpdir(), 'carelit-open-'));
    try {
      await writeFile(path.join(folder, 'carelit-progress-amina.json'), '{"format":"carelit-progress"}');
      const secondInstance = electron.app.on.mock.calls.find(([event]) => event === 'second-instance')?.[1] as (event: unknown, argv: string[], cwd: string) => void;
      secondInstance({}, ['/opt/carelit/carelit', '--flag', 'carelit-progress-amina.json', 'notes.txt'], folder);
      await waitUntil(() => electron.window.webContents.send.mock.calls.length > 0);
      expect(electron.window.webContents.send).toHaveBeenCalledWith('files:opened');
      const take = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'files:take-opened')?.[1] as (event: unknown) => Promise<unknown>;
      const event = { sender: electron.window.webContents, senderFrame: { url: 'app://carelit/index.html', parent: null } };
      const files = (await take(event)) as { name: string; bytes: Uint8Array }[];
      expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['carelit-progress-amina.json', '{"format":"carelit-progress"}']]);
      await expect(take(event)).resolves.toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('asks the page for a backup from the File menu, and rebuilds the menu in the page’s language', async () => {
    const electron = startMain();
    electron.markReady();
    await flush(electron);
    const template = () => (electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? []) as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    expect(template().map((m) => m.label)).toEqual(expect.arrayContaining(['&Fichier', '&Affichage', 'Ai&de']));
    template()[0]!.submenu!.find((item) => item.label === 'Enregistrer une sauvegarde de mon profil…')!.click!();
    expect(electron.window.webContents.send).toHaveBeenCalledWith('menu:command', 'save-backup');
    const setLanguage = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:set-language')?.[1] as (event: unknown, language: unknown) => Promise<unknown>;
    await setLanguage({ sender: electron.window.webContents, senderFrame: { url: 'app://carelit/index.html', parent: null } }, 'nl');
    expect(template().map((m) => m.label)).toEqual(expect.arrayContaining(['&Bestand', 'Bee&ld', '&Help']));
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}
