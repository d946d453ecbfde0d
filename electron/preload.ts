import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createBridge, type CarelitBridge } from '../core/ipc';

/**
 * Security checklist 20, "Do not expose Electron APIs to untrusted web content": the page gets
 * one object, `window.carelit`, with one named function per contract channel and one per event
 * of the main process. Neither `ipcRenderer`, nor its event objects, nor a way to call or listen
 * to an arbitrary channel crosses the bridge.
 *
 * Runs sandboxed, so it is bundled into one CommonJS file: a sandboxed preload cannot require
 * its neighbours.
 */
const bridge = createBridge(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, handler) => {
    // The page gets the payload alone, never Electron's event (which reaches ipcRenderer).
    const listener = (_event: unknown, payload: unknown) => handler(payload);
    ipcRenderer.on(event, listener);
    return () => void ipcRenderer.removeListener(event, listener);
  },
) satisfies CarelitBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
