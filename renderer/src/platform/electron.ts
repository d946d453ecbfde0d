import type { CarelitBridge } from '../../../core/ipc';
import type { Platform } from './platform';
import { isAcceptedSaveRequest, saveRequestOf } from './save-request';

export function electronPlatform(bridge: CarelitBridge): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => bridge.getAppInfo(),
    saveTextFile: async (request) => {
      // Checked here first: the main process refuses a bad request without saying why.
      if (!(await isAcceptedSaveRequest(request))) return { saved: false, error: 'invalid-request' };
      try {
        return await bridge.saveTextFile(saveRequestOf(request));
      } catch {
        // The main process refused the call or could not answer: nothing was written.
        return { saved: false, error: 'write-failed' };
      }
    },
    setMenuLanguage: (language) => void bridge.setMenuLanguage(language).catch(() => undefined),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    // A refused or failed call opens nothing: the files can be imported by hand.
    takeOpenedFiles: () => bridge.takeOpenedFiles().catch(() => []),
    onFilesOpened: (listener) => bridge.onFilesOpened(listener),
  };
}
