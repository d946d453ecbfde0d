import type { AppInfo } from '../../../core/ipc';

/**
 * What differs between the desktop app and the same app served in a browser. The rest of the
 * renderer imports this interface only; the two implementations sit side by side.
 */
export interface Platform {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<AppInfo>;
}
