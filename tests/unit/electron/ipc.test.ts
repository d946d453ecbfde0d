import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { createIpcHandlers, type HandlerServices } from '../../../electron/ipc/handlers';
import { registerIpcHandlers, type MainIpcHandlers } from '../../../electron/ipc/register';
import { isTrustedSender } from '../../../electron/security/ipc-sender';
import { fakeSaveServices, idleLrsServices } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const APP_INFO = { version: '0.1.0', electron: '45.5.0', chrome: '140.0.0.0', platform: 'linux', locale: 'fr-BE' };

function setUp() {
  const ownContents = { id: 1 };
  const window = { webContents: ownContents } as unknown as BrowserWindow;
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const handlers = {
    'app:info': jest.fn(() => APP_INFO),
    'file:save-text': jest.fn(async () => ({ saved: true as const })),
    'app:set-language': jest.fn(),
    'files:take-opened': jest.fn(() => []),
    'file:save-pdf': jest.fn(async () => ({ saved: true as const })),
    'lrs:secret-state': jest.fn(async () => ({ keeping: 'os' as const, savedFor: null })),
    'lrs:save-secret': jest.fn(async () => ({ saved: true as const, keeping: 'os' as const })),
    'lrs:forget-secret': jest.fn(async () => undefined),
    'lrs:test': jest.fn(async () => ({ reachable: true, versions: ['1.0.3'], compatible: true, credentials: 'accepted' as const, error: null })),
    'lrs:send': jest.fn(async () => ({ sent: [], alreadyThere: [], refused: [], unsent: [], error: null })),
  } satisfies MainIpcHandlers;
  registerIpcHandlers(ipcMain as unknown as IpcMain, handlers, (event) => isTrustedSender(event, window));

  const mainFrame = { url: 'app://carelit/index.html', parent: null };
  const event = (overrides: { url?: string; subframe?: boolean; sender?: object; noFrame?: boolean } = {}) =>
    ({
      sender: overrides.sender ?? ownContents,
      senderFrame: overrides.noFrame ? null : { url: overrides.url ?? mainFrame.url, parent: overrides.subframe ? mainFrame : null },
    }) as unknown as IpcMainInvokeEvent;
  const call = (e: IpcMainInvokeEvent, ...args: unknown[]) => listeners.get('app:info')!(e, ...args);
  const save = (e: IpcMainInvokeEvent, ...args: unknown[]) => listeners.get('file:save-text')!(e, ...args);
  const lrs = (channel: 'lrs:save-secret' | 'lrs:send', e: IpcMainInvokeEvent, ...args: unknown[]) => listeners.get(channel)!(e, ...args);
  return { listeners, handlers, event, call, save, lrs };
}

describe('the IPC wrapper', () => {
  it('registers exactly the contract’s channels', () => {
    expect([...setUp().listeners.keys()]).toEqual([
      'app:info',
      'file:save-text',
      'app:set-language',
      'files:take-opened',
      'file:save-pdf',
      'lrs:secret-state',
      'lrs:save-secret',
      'lrs:forget-secret',
      'lrs:test',
      'lrs:send',
    ]);
  });

  it('answers the app’s own main frame', async () => {
    const { event, call } = setUp();
    await expect(call(event())).resolves.toEqual(APP_INFO);
  });

  it.each([
    ['another protocol', { url: 'https://carelit/index.html' }],
    ['a file: page', { url: 'file:///app/dist/renderer/index.html' }],
    ['another host', { url: 'app://evil/index.html' }],
    ['a look-alike host', { url: 'app://carelit.attacker.example/index.html' }],
    ['a subframe of the app', { subframe: true }],
    ['another webContents', { sender: { id: 2 } }],
    ['a frame already gone', { noFrame: true }],
  ])('refuses %s, without running the handler or saying why', async (_name, overrides) => {
    const { event, call, handlers } = setUp();
    await expect(call(event(overrides))).rejects.toThrow(/^IPC request refused$/);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it.each([[{ path: '/etc/passwd' }], ['x'], [undefined, 'extra']])('refuses a bad payload %p', async (...args) => {
    const { event, call, handlers } = setUp();
    await expect(call(event(), ...args)).rejects.toThrow(/^IPC request refused$/);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('hands a save its validated request and the sender’s event, so it can use the sender’s window', async () => {
    const { event, save, handlers } = setUp();
    const request = { suggestedName: 'carelit-progress-amina-2026-11-20.json', text: '{}', kind: 'progress' };
    const e = event();
    await expect(save(e, request)).resolves.toEqual({ saved: true });
    expect(handlers['file:save-text']).toHaveBeenCalledWith(request, e);
  });

  it.each([
    ['a path for a name', { suggestedName: '../../x.json', text: '{}', kind: 'progress' }],
    ['a kind the name does not match', { suggestedName: 'x.json', text: 'a;b', kind: 'csv' }],
    ['a member the contract does not have', { suggestedName: 'x.json', text: '{}', kind: 'progress', folder: '/etc' }],
  ])('refuses a save with %s before any dialog opens', async (_why, request) => {
    const { event, save, handlers } = setUp();
    await expect(save(event(), request)).rejects.toThrow(/^IPC request refused$/);
    expect(handlers['file:save-text']).not.toHaveBeenCalled();
  });

  it('refuses a save from a subframe even with a good request', async () => {
    const { event, save, handlers } = setUp();
    await expect(save(event({ subframe: true }), { suggestedName: 'x.json', text: '{}', kind: 'progress' })).rejects.toThrow(/^IPC request refused$/);
    expect(handlers['file:save-text']).not.toHaveBeenCalled();
  });

  it('takes a secret only from the app’s own main frame, and only in the contract’s shape', async () => {
    const { event, lrs, handlers } = setUp();
    const request = { endpoint: 'https://lrs.example.org/xAPI/', key: 'k', secret: 's3cret' };
    await expect(lrs('lrs:save-secret', event({ subframe: true }), request)).rejects.toThrow(/^IPC request refused$/);
    await expect(lrs('lrs:save-secret', event({ url: 'https://lrs.example.org/' }), request)).rejects.toThrow(/^IPC request refused$/);
    await expect(lrs('lrs:save-secret', event(), { ...request, folder: '/tmp' })).rejects.toThrow(/^IPC request refused$/);
    expect(handlers['lrs:save-secret']).not.toHaveBeenCalled();
    await expect(lrs('lrs:save-secret', event(), request)).resolves.toEqual({ saved: true, keeping: 'os' });
  });

  it('refuses a batch that is not statements before anything is sent', async () => {
    const { event, lrs, handlers } = setUp();
    await expect(lrs('lrs:send', event(), { endpoint: 'https://lrs.example.org/xAPI/', key: 'k', statements: [{ id: '../../etc' }] })).rejects.toThrow(/^IPC request refused$/);
    expect(handlers['lrs:send']).not.toHaveBeenCalled();
  });

  it('refuses every sender while the window does not exist', () => {
    const event = { sender: {}, senderFrame: { url: 'app://carelit/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(event, undefined)).toBe(false);
  });
});

describe('app:info', () => {
  it('reports the versions, platform and locale', async () => {
    const handlers = createIpcHandlers(
      { getVersion: () => '0.1.0', getLocale: () => 'nl-BE', getPath: () => '/home/sofie/Documents' },
      {
        ...(fakeSaveServices() as unknown as Omit<HandlerServices, 'lrs'>),
        lrs: idleLrsServices('/nowhere'),
      },
      { versions: { electron: '45.5.0', chrome: '140.0.0.0' }, platform: 'win32' },
    );
    await expect(Promise.resolve(handlers['app:info'](undefined, {} as IpcMainInvokeEvent))).resolves.toEqual({
      version: '0.1.0',
      electron: '45.5.0',
      chrome: '140.0.0.0',
      platform: 'win32',
      locale: 'nl-BE',
    });
  });
});
