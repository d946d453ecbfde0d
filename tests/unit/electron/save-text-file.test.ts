import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcRequest } from '../../../core/ipc';
import { createIpcHandlers } from '../../../electron/ipc/handlers';
import { registerIpcHandlers } from '../../../electron/ipc/register';
import { isTrustedSender } from '../../../electron/security/ipc-sender';
import { createSaveTextFile, failureOf } from '../../../electron/ipc/save-text-file';
import { fakeSaveServices, idleLrsServices, type FakeSaveServices } from './fakes';

const PROGRESS: IpcRequest<'file:save-text'> = {
  suggestedName: 'carelit-progress-amina-2026-11-20.json',
  text: '{"format":"carelit-progress","learner":{"displayName":"Anaïs Dubois – soins intensifs"}}\n',
  kind: 'progress',
};
const sender = { id: 7 } as unknown as WebContents;
const event = { sender } as IpcMainInvokeEvent;

function saverWith(services: FakeSaveServices) {
  return createSaveTextFile(services as unknown as Parameters<typeof createSaveTextFile>[0]);
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, write '/media/usb/x.json'`), { code });
}

describe('saving a text file from the main process', () => {
  it('shows the save dialog on the sender’s window, in Documents, with the suggested name and the kind’s filter', async () => {
    const services = fakeSaveServices();
    services.cancel();
    await saverWith(services)(PROGRESS, event);
    expect(services.windowOf).toHaveBeenCalledWith(sender);
    expect(services.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    const [parent, options] = services.dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(services.window);
    expect(options).toMatchObject({
      defaultPath: path.join('/home/amina/Documents', 'carelit-progress-amina-2026-11-20.json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
  });

  it('offers a CSV filter for a CSV', async () => {
    const services = fakeSaveServices();
    await saverWith(services)({ suggestedName: 'cohorte-mars.csv', text: 'a;b\r\n', kind: 'csv' }, event);
    const options = services.dialog.showSaveDialog.mock.calls[0]?.[1] as Record<string, unknown>;
    expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
  });

  it('returns { saved: false } and writes nothing when the user cancels', async () => {
    const services = fakeSaveServices();
    services.cancel();
    await expect(saverWith(services)(PROGRESS, event)).resolves.toEqual({ saved: false });
    expect(services.writeTextFile).not.toHaveBeenCalled();
    expect(services.log).not.toHaveBeenCalled();
  });

  it('writes the text where the user chose, as she named it, and says so', async () => {
    const services = fakeSaveServices();
    services.choose('/media/usb/mon-fichier');
    await expect(saverWith(services)(PROGRESS, event)).resolves.toEqual({ saved: true });
    // No extension appended behind her back: "mon-fichier.json" might be a file she never chose to replace.
    expect(services.writeTextFile).toHaveBeenCalledWith('/media/usb/mon-fichier', PROGRESS.text);
  });

  it('falls back to the bare name when the system has no Documents folder', async () => {
    const services = fakeSaveServices();
    services.documentsFolder.mockImplementation(() => {
      throw new Error("Failed to get 'documents' path");
    });
    await saverWith(services)(PROGRESS, event);
    expect(services.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: PROGRESS.suggestedName });
  });

  it('opens the dialog without a parent when the sender has no window', async () => {
    const services = fakeSaveServices();
    services.windowOf.mockReturnValue(null);
    await saverWith(services)(PROGRESS, event);
    const call = services.dialog.showSaveDialog.mock.calls[0] as unknown[];
    expect(call).toHaveLength(1);
    expect(call[0]).toMatchObject({ defaultPath: expect.stringMatching(/carelit-progress-amina-2026-11-20\.json$/) });
  });

  it.each([
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EISDIR', 'permission-denied'],
    ['ENOSPC', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EIO', 'write-failed'],
  ])('turns a write failure (%s) into a value the renderer can explain (%s), never a stack', async (code, failure) => {
    const services = fakeSaveServices();
    services.choose('/media/usb/carelit.json');
    services.writeTextFile.mockRejectedValueOnce(errno(code));
    const result = await saverWith(services)(PROGRESS, event);
    expect(result).toEqual({ saved: false, error: failure });
    expect(JSON.stringify(result)).not.toMatch(/media|simulated|at /);
    expect(services.log).toHaveBeenCalledWith('CareLit could not save a file', expect.objectContaining({ code }));
  });

  it('turns a failing dialog into a write failure too', async () => {
    const services = fakeSaveServices();
    services.dialog.showSaveDialog.mockRejectedValueOnce(new Error('portal not available'));
    await expect(saverWith(services)(PROGRESS, event)).resolves.toEqual({ saved: false, error: 'write-failed' });
  });

  it('classifies anything that is not an errno error as a write failure', () => {
    expect(failureOf(undefined)).toBe('write-failed');
    expect(failureOf(null)).toBe('write-failed');
    expect(failureOf('ENOSPC')).toBe('write-failed');
    expect(failureOf({ code: 42 })).toBe('write-failed');
    expect(failureOf({ code: 'toString' })).toBe('write-failed');
  });
});

describe('file:save-text through the IPC wrapper, with the real disk', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'carelit-save-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  function register(services: FakeSaveServices) {
    const ownContents = sender;
    const window = { webContents: ownContents } as unknown as BrowserWindow;
    const listeners = new Map<string, (e: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, listener: (e: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>) => listeners.set(channel, listener) };
    const handlers = createIpcHandlers(
      { getVersion: () => '0.1.0', getLocale: () => 'fr-BE', getPath: () => folder },
      { ...(services as unknown as Parameters<typeof createIpcHandlers>[1]), writeTextFile: (file, text) => writeFile(file, text, 'utf8'), lrs: idleLrsServices(folder) },
    );
    registerIpcHandlers(ipcMain as unknown as IpcMain, handlers, (e) => isTrustedSender(e, window));
    const trusted = { sender: ownContents, senderFrame: { url: 'app://carelit/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
    return (...args: unknown[]) => listeners.get('file:save-text')!(trusted, ...args);
  }

  it('writes the exact text, accents and all, as UTF-8', async () => {
    const services = fakeSaveServices();
    const target = path.join(folder, 'carelit-progress-amina-2026-11-20.json');
    services.choose(target);
    await expect(register(services)(PROGRESS)).resolves.toEqual({ saved: true });
    expect(await readFile(target, 'utf8')).toBe(PROGRESS.text);
    expect(services.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: target });
  });

  it('answers a folder that cannot be written with a reason, not an exception', async () => {
    const services = fakeSaveServices();
    services.choose(path.join(folder, 'no-such-folder', 'x.json'));
    await expect(register(services)(PROGRESS)).resolves.toEqual({ saved: false, error: 'write-failed' });
  });

  it.each([
    ['a path', { ...PROGRESS, suggestedName: '../../../.config/autostart/x.json' }],
    ['text over 20 MB', { ...PROGRESS, text: 'x'.repeat(20 * 1024 * 1024 + 1) }],
    ['a kind it does not know', { ...PROGRESS, kind: 'exe' }],
  ])('refuses a request with %s by the contract, before any dialog or write', async (_why, request) => {
    const services = fakeSaveServices();
    await expect(register(services)(request)).rejects.toThrow(/^IPC request refused$/);
    expect(services.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(services.writeTextFile).not.toHaveBeenCalled();
  });
});
