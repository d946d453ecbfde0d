import type { CarelitBridge } from '../../../core/ipc';
import type { LrsError } from '../../../core/lrs/client';
import type { Platform, PlatformLrs, PrintPageResult } from './platform';
import { isAcceptedPdfRequest, isAcceptedSaveRequest, saveRequestOf } from './save-request';

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
    printPage: async ({ suggestedName }): Promise<PrintPageResult> => {
      if (!(await isAcceptedPdfRequest({ suggestedName }))) return { outcome: 'failed', error: 'invalid-request' };
      try {
        const result = await bridge.savePageAsPdf({ suggestedName });
        if (result.saved) return { outcome: 'saved' };
        return result.error ? { outcome: 'failed', error: result.error } : { outcome: 'cancelled' };
      } catch {
        return { outcome: 'failed', error: 'write-failed' };
      }
    },
    lrs: electronLrs(bridge),
  };
}

/** The main process refused the call or could not answer: nothing was sent, nothing kept. */
const NOT_CARRIED: LrsError = { code: 'app-failure' };

/**
 * The LRS through the main process, which alone keeps the secret and makes requests. Requests
 * carry exactly the contract's members: the main process refuses any other.
 */
export function electronLrs(bridge: CarelitBridge): PlatformLrs {
  return {
    // No answer at all is taken as "nothing can be kept here", never as a secret that is.
    secretState: () => bridge.getLrsSecretState().catch(() => ({ keeping: 'unavailable' as const, savedFor: null })),
    saveSecret: ({ endpoint, key, secret }) => bridge.saveLrsSecret({ endpoint, key, secret }).catch(() => ({ saved: false as const, problem: 'write-failed' as const })),
    forgetSecret: () => bridge.forgetLrsSecret().catch(() => undefined),
    test: ({ endpoint, key, secret }) =>
      bridge
        .testLrsConnection({ endpoint, key, ...(secret === undefined ? {} : { secret }) })
        .catch(() => ({ reachable: false, versions: [], compatible: false, credentials: 'not-checked' as const, error: NOT_CARRIED })),
    send: ({ endpoint, key }, statements) =>
      bridge
        .sendLrsStatements({ endpoint, key, statements: [...statements] })
        .catch(() => ({ sent: [], alreadyThere: [], refused: [], unsent: statements.map((s) => s.id), error: NOT_CARRIED })),
  };
}
