import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../app-origin';

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Security checklist 17, "Validate the sender of all IPC messages": only the main frame of the
 * app's own window, showing the app's own origin, may call the main process. An iframe, another
 * window or a page that navigated elsewhere is refused.
 */
export function isTrustedSender(event: SenderEvent, window: Pick<BrowserWindow, 'webContents'> | undefined): boolean {
  const frame = event.senderFrame;
  return window !== undefined && frame !== null && event.sender === window.webContents && frame.parent === null && isAppUrl(frame.url);
}
