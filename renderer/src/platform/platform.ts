import type { Language } from '../../../core/i18n';
import type { AppInfo, MenuCommand, OpenedFile, SaveFileFailure, SavePdfRequest, SaveTextFileRequest, SaveTextFileResult } from '../../../core/ipc';
import type { ConnectionReport } from '../../../core/lrs/connection';
import type { LrsConnection, LrsSaveRequest, LrsSaveResult, LrsSecretState } from '../../../core/lrs/ipc';
import type { PushResult } from '../../../core/lrs/push';
import type { Statement } from '../../../core/xapi/statements';

/**
 * A save request is the desktop contract's own: a plain file name (no folder, at most 120
 * characters, ending in .json for `progress` and `backup`, .csv for `csv`), the text (at most 20 MB of
 * UTF-8) and the kind. Both implementations refuse anything else with `invalid-request`.
 */
export type { MenuCommand, OpenedFile, SaveFileFailure, SaveFileKind, SavePdfRequest, SaveTextFileRequest, SaveTextFileResult } from '../../../core/ipc';
export type { LrsConnection, LrsSaveRequest, LrsSaveResult, LrsSecretState, SecretKeeping } from '../../../core/lrs/ipc';

/**
 * The organisation's LRS. The window keeps the endpoint and key (its settings); the platform
 * keeps the secret and makes the requests: on the desktop, the main process (the secret
 * encrypted on disk; the window's CSP allows it no connection); in a browser, the page itself
 * (the secret in memory, and only if the page's own policy lets it reach the LRS). The window
 * never calls fetch on the desktop, and never gets a kept secret back. None of these throws.
 */
export interface PlatformLrs {
  /** Where a secret is kept here, and for which endpoint and key one is kept now. */
  secretState(): Promise<LrsSecretState>;
  saveSecret(request: LrsSaveRequest): Promise<LrsSaveResult>;
  forgetSecret(): Promise<void>;
  /** With `secret`: that one, kept nowhere; without: the one kept for this endpoint and key. */
  test(request: LrsConnection & { secret?: string }): Promise<ConnectionReport>;
  /** One batch, with the secret kept for this endpoint and key. */
  send(connection: LrsConnection, statements: readonly Statement[]): Promise<PushResult>;
}

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
  /** The application menu follows the interface language (a browser has no menu of ours). */
  setMenuLanguage(language: Language): void;
  /** What the application menu asks for; returns the way to stop listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Progress files opened with the app (double-clicked, dropped on its icon), once each. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  /** Called when more files were opened with the app while it runs; returns the way to stop listening. */
  onFilesOpened(listener: () => void): () => void;
  /**
   * Prints what the page shows, through its print stylesheet. On the desktop, a PDF she saves
   * where she chooses (`suggestedName`, ending in .pdf); in a browser, the browser's print
   * dialog, whose "Save as PDF" printer makes the file. Never throws.
   */
  printPage(request: SavePdfRequest): Promise<PrintPageResult>;
  lrs: PlatformLrs;
}

/** What printing did: a PDF saved, the print dialog opened (a browser), nothing (she cancelled), or why it failed. */
export type PrintPageResult = { outcome: 'saved' } | { outcome: 'dialog' } | { outcome: 'cancelled' } | { outcome: 'failed'; error: SaveFileFailure };
