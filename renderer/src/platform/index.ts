import type { CarelitBridge } from '../../../core/ipc';
import { electronPlatform } from './electron';
import type { Platform } from './platform';
import { webPlatform } from './web';

export type { MenuCommand, OpenedFile, Platform, PlatformLrs, PrintPageResult, SaveFileFailure, SaveTextFileRequest, SaveTextFileResult } from './platform';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the app is served in a browser. */
    carelit?: CarelitBridge;
  }
}

export function detectPlatform(): Platform {
  return window.carelit ? electronPlatform(window.carelit) : webPlatform();
}
