import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createBridge, type CarelitBridge } from '../core/ipc';

/**
 * Security checklist 20, "Do not expose Electron APIs to untrusted web content": the page gets
 * one object, `window.carelit`, with one named function per contract channel. Neither
 * `ipcRenderer` nor a way to call an arbitrary channel crosses the bridge.
 *
 * Runs sandboxed, so it is bundled into one CommonJS file: a sandboxed preload cannot require
 * its neighbours.
 */
const bridge = createBridge((channel, request) => ipcRenderer.invoke(channel, request)) satisfies CarelitBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
