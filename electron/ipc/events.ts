import type { WebContents } from 'electron';
import type { IpcEvent, IpcEventPayload } from '../../core/ipc';

/** Tells the page of an event of the contract (core/ipc.ts), typed by it: no channel name is written twice. */
export function sendEvent<E extends IpcEvent>(
  contents: Pick<WebContents, 'send'> | undefined,
  event: E,
  ...payload: IpcEventPayload<E> extends undefined ? [] : [IpcEventPayload<E>]
): void {
  contents?.send(event, ...payload);
}
