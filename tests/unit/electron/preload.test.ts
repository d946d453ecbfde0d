import { IPC_CHANNELS, IPC_CONTRACT, IPC_EVENT_NAMES, IPC_EVENTS } from '../../../core/ipc';

jest.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: jest.fn() },
  ipcRenderer: { invoke: jest.fn(async () => ({ version: '0.1.0' })), send: jest.fn(), on: jest.fn(), removeListener: jest.fn() },
}));

interface ElectronMock {
  contextBridge: { exposeInMainWorld: jest.Mock };
  ipcRenderer: { invoke: jest.Mock; send: jest.Mock; on: jest.Mock; removeListener: jest.Mock };
}

function loadPreload(): ElectronMock {
  let electron!: ElectronMock;
  jest.isolateModules(() => {
    electron = jest.requireMock<ElectronMock>('electron');
    jest.requireActual('../../../electron/preload');
  });
  return electron;
}

describe('the preload', () => {
  it('exposes exactly one key, carelit', () => {
    const { contextBridge } = loadPreload();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('carelit');
  });

  it('exposes exactly the contract’s functions, and no way to reach ipcRenderer', () => {
    const { contextBridge, ipcRenderer } = loadPreload();
    const bridge = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
    const methods = [...IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method), ...IPC_EVENT_NAMES.map((event) => IPC_EVENTS[event].method)];
    expect(Object.keys(bridge).sort()).toEqual([...methods].sort());
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('sends each call on its own channel', async () => {
    const { contextBridge, ipcRenderer } = loadPreload();
    const bridge = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as { getAppInfo(): Promise<unknown> };
    await expect(bridge.getAppInfo()).resolves.toEqual({ version: '0.1.0' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', undefined);
    const saving = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as { saveTextFile(request: unknown): Promise<unknown> };
    const request = { suggestedName: 'carelit-progress-amina-2026-11-20.json', text: '{}', kind: 'progress' };
    await saving.saveTextFile(request);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('file:save-text', request);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('passes an event’s checked payload to the page, never Electron’s event object, and stops on request', () => {
    const { contextBridge, ipcRenderer } = loadPreload();
    const bridge = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as { onMenuCommand(listener: (...args: unknown[]) => void): () => void };
    const listener = jest.fn();
    const stop = bridge.onMenuCommand(listener);
    const [channel, handler] = ipcRenderer.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe('menu:command');
    const electronEvent = { sender: ipcRenderer, ports: [] };
    handler(electronEvent, 'save-backup');
    handler(electronEvent, 'rm -rf');
    expect(listener.mock.calls).toEqual([['save-backup']]);
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', handler);
  });
});
