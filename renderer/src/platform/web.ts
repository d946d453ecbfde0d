import type { Platform, PlatformLrs, PrintPageResult, SaveFileKind, SaveTextFileRequest, SaveTextFileResult } from './platform';
import { isAcceptedSaveRequest } from './save-request';

declare const __APP_VERSION__: string;

const MEDIA_TYPES: Record<SaveFileKind, string> = {
  progress: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  backup: 'application/json;charset=utf-8',
};

/** Long enough for any browser to have started reading the blob; short enough to free it soon. */
export const OBJECT_URL_LIFETIME_MS = 60_000;

/** What the download needs from the page; the real document and URL in the app, stand-ins in tests. */
export interface DownloadHost {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  later(run: () => void, ms: number): void;
}

const pageHost = (): DownloadHost => ({
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  later: (run, ms) => void setTimeout(run, ms),
});

/**
 * The browser's way to save: a temporary `<a download>` pointing at the text as a blob. The
 * browser then asks where, or puts the file in the downloads folder, as its user set it up.
 */
export async function downloadTextFile(request: SaveTextFileRequest, host: DownloadHost = pageHost()): Promise<SaveTextFileResult> {
  if (!(await isAcceptedSaveRequest(request))) return { saved: false, error: 'invalid-request' };
  let url: string;
  try {
    url = host.createObjectURL(new Blob([request.text], { type: MEDIA_TYPES[request.kind] }));
  } catch {
    return { saved: false, error: 'write-failed' };
  }
  try {
    const link = host.document.createElement('a');
    link.href = url;
    link.download = request.suggestedName;
    link.hidden = true;
    host.document.body.append(link);
    link.click();
    link.remove();
    return { saved: true };
  } catch {
    return { saved: false, error: 'write-failed' };
  } finally {
    // Revoked a little later: revoking at once can cancel a download that has not started reading.
    host.later(() => host.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
  }
}

/** Opens the print dialog; a browser says nothing of what she did there. */
export function printWith(print: () => void): PrintPageResult {
  try {
    print();
    return { outcome: 'dialog' };
  } catch {
    return { outcome: 'failed', error: 'write-failed' };
  }
}

export function webPlatform(): Platform {
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
      electron: '',
      chrome: '',
      platform: 'web',
      locale: navigator.language,
    }),
    saveTextFile: (request) => downloadTextFile(request),
    // A page in a browser has no application menu and is opened with no file.
    setMenuLanguage: () => undefined,
    onMenuCommand: () => () => undefined,
    takeOpenedFiles: async () => [],
    onFilesOpened: () => () => undefined,
    // The browser's own dialog: its "Save as PDF" printer makes the file, through the page's print stylesheet.
    printPage: async () => printWith(() => window.print()),
    lrs: lazyLrs(() => import('./web-lrs').then(({ createWebLrs, pageLrsHost }) => createWebLrs(pageLrsHost()))),
  };
}

/** The LRS's operations, their code loaded on first use and kept (with its memory) from then on. */
export function lazyLrs(load: () => Promise<PlatformLrs>): PlatformLrs {
  let loaded: Promise<PlatformLrs> | null = null;
  const lrs = () => (loaded ??= load());
  return {
    secretState: async () => (await lrs()).secretState(),
    saveSecret: async (request) => (await lrs()).saveSecret(request),
    forgetSecret: async () => (await lrs()).forgetSecret(),
    test: async (request) => (await lrs()).test(request),
    send: async (connection, statements) => (await lrs()).send(connection, statements),
  };
}
