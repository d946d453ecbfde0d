import {
  BRIDGE_GLOBAL,
  createBridge,
  IPC_CHANNELS,
  IPC_CONTRACT,
  parseIpcRequest,
  type AppInfo,
  type CarelitBridge,
  type IpcHandlers,
  type IpcResponse,
} from '../../../core/ipc';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('the IPC contract', () => {
  it('gives the renderer a typed bridge derived from the channel map (checked by the compiler)', () => {
    const bridgeShape: Equals<CarelitBridge, { readonly getAppInfo: () => Promise<AppInfo> }> = true;
    const response: Equals<IpcResponse<'app:info'>, AppInfo> = true;
    const handlers: Equals<keyof IpcHandlers, 'app:info'> = true;
    expect([bridgeShape, response, handlers]).toEqual([true, true, true]);
  });

  it('names the one global the preload exposes', () => {
    expect(BRIDGE_GLOBAL).toBe('carelit');
  });

  it('gives every channel a distinct bridge method', () => {
    const methods = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method);
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('accepts app:info without a payload and refuses any payload or extra argument', () => {
    expect(parseIpcRequest('app:info', [])).toEqual({ ok: true, request: undefined });
    expect(parseIpcRequest('app:info', [undefined])).toEqual({ ok: true, request: undefined });
    expect(parseIpcRequest('app:info', [{ path: '/etc/passwd' }])).toEqual({ ok: false });
    expect(parseIpcRequest('app:info', ['x'])).toEqual({ ok: false });
    expect(parseIpcRequest('app:info', [undefined, 'extra'])).toEqual({ ok: false });
  });

  it('builds a frozen bridge whose functions each call their own channel', async () => {
    const invoke = jest.fn(async (channel: string) => `answer from ${channel}`);
    const bridge = createBridge(invoke);
    expect(Object.isFrozen(bridge)).toBe(true);
    await expect(bridge.getAppInfo()).resolves.toBe('answer from app:info');
    expect(invoke).toHaveBeenCalledWith('app:info', undefined);
  });
});
