import type { App } from 'electron';
import type { IpcHandlers } from '../../core/ipc';

interface Runtime {
  readonly versions: Pick<NodeJS.ProcessVersions, 'electron' | 'chrome'>;
  readonly platform: string;
}

/** One handler per channel of the contract; the compiler asks for a new one with each channel. */
export function createIpcHandlers(app: Pick<App, 'getVersion' | 'getLocale'>, runtime: Runtime = process): IpcHandlers {
  return {
    'app:info': () => ({
      version: app.getVersion(),
      electron: runtime.versions.electron,
      chrome: runtime.versions.chrome,
      platform: runtime.platform,
      locale: app.getLocale(),
    }),
  };
}
