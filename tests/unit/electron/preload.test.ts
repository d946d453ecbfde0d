import { IPC_CHANNELS, IPC_CONTRACT } from '../../../core/ipc';

jest.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: jest.fn() },
  ipcRenderer: { invoke: jest.fn(async () => ({ version: '0.1.0' })), send: jest.fn(), on: jest.fn() },
}));

interface ElectronMock {
  contextBridge: { exposeInMainWorld: jest.Mock };
  ipcRenderer: { invoke: jest.Mock; send: jest.Mock; on: jest.Mock };
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
    const methods = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method);
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
});
