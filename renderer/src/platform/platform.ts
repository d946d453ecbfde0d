import type { AppInfo, SaveTextFileRequest, SaveTextFileResult } from '../../../core/ipc';

/**
 * A save request is the desktop contract's own: a plain file name (no folder, at most 120
 * characters, ending in .json for `progress` and `backup`, .csv for `csv`), the text (at most 20 MB of
 * UTF-8) and the kind. Both implementations refuse anything else with `invalid-request`.
 */
export type { SaveFileFailure, SaveFileKind, SaveTextFileRequest, SaveTextFileResult } from '../../../core/ipc';

/**
 * What differs between the desktop app and the same app served in a browser. The rest of the
 * renderer imports this interface only; the two implementations sit side by side.
 */
export interface Platform {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /**
   * Lets the user save a text file. Never throws: `{ saved: false }` alone means she cancelled,
   * with an `error` it says why nothing was written. A browser cannot tell whether its download
   * was kept, so there `saved: true` means the download was handed to it.
   */
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult>;
}
