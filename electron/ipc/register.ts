import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, parseIpcRequest, type IpcChannel, type IpcHandlers, type IpcResponse } from '../../core/ipc';

type SenderCheck = (event: IpcMainInvokeEvent) => boolean;
/** Handlers on the main side receive the invoke event of a sender already checked. */
export type MainIpcHandlers = IpcHandlers<IpcMainInvokeEvent>;

/** Told to a refused caller: nothing about why, so a hostile page learns nothing. */
function refused(): Error {
  return new Error('IPC request refused');
}

function answer<C extends IpcChannel>(channel: C, handlers: MainIpcHandlers, isTrustedSender: SenderCheck) {
  return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<IpcResponse<C>> => {
    if (!isTrustedSender(event)) throw refused();
    const parsed = parseIpcRequest(channel, args);
    if (!parsed.ok) throw refused();
    return handlers[channel](parsed.request, event);
  };
}

/**
 * The one way the main process answers the renderer: every channel of the contract, each
 * checking its sender first (security checklist 17) and its payload next, before its handler
 * runs. Channel names come from the contract only.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: MainIpcHandlers, isTrustedSender: SenderCheck): void {
  for (const channel of IPC_CHANNELS) ipcMain.handle(channel, answer(channel, handlers, isTrustedSender));
}
