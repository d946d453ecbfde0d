import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import { SAVE_FILE_EXTENSIONS, type IpcRequest, type SaveFileFailure, type SaveFileKind, type SaveTextFileResult } from '../../core/ipc';

/**
 * `file:save-text`: the learner's progress file, the trainer's CSV. The renderer never names a
 * path: it suggests a plain file name, the user chooses where in the system's own dialog, and
 * only then does the main process write.
 */
export interface SaveTextFileServices {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** `BrowserWindow.fromWebContents` in production. */
  windowOf(contents: WebContents): BrowserWindow | null;
  /** `app.getPath('documents')` in production; it throws where the system has no such folder. */
  documentsFolder(): string;
  /** `fs/promises.writeFile` as UTF-8 in production. */
  writeTextFile(filePath: string, text: string): Promise<void>;
  /** Where the cause of a failed write goes; the renderer only learns its kind. */
  log?(message: string, error: unknown): void;
}

/** Filter names are the extensions themselves: the same in every language. */
function filterFor(kind: SaveFileKind): FileFilter {
  const extension = SAVE_FILE_EXTENSIONS[kind];
  return { name: extension.toUpperCase(), extensions: [extension] };
}

/** The suggested name in the user's Documents folder, or alone (the dialog's own folder) without one. */
function defaultPath(services: Pick<SaveTextFileServices, 'documentsFolder'>, suggestedName: string): string {
  try {
    return path.join(services.documentsFolder(), suggestedName);
  } catch {
    return suggestedName;
  }
}

/** The errno codes a user can act on; anything else is a plain write failure. */
const FAILURES: ReadonlyMap<string, SaveFileFailure> = new Map([
  ['EACCES', 'permission-denied'],
  ['EPERM', 'permission-denied'],
  ['EISDIR', 'permission-denied'],
  ['ENOSPC', 'disk-full'],
  ['EDQUOT', 'disk-full'],
  ['EROFS', 'read-only'],
]);

export function failureOf(error: unknown): SaveFileFailure {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && FAILURES.get(code)) || 'write-failed';
}

export const logToConsole = (message: string, error: unknown): void => console.error(message, error);

/**
 * The system's save dialog, attached to the sender's window, then `write` to the path she chose.
 * Shared by every channel that saves a file.
 */
export async function saveThroughDialog(
  services: Omit<SaveTextFileServices, 'writeTextFile'>,
  sender: WebContents,
  suggestedName: string,
  filter: FileFilter,
  write: (filePath: string) => Promise<void>,
): Promise<SaveTextFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: defaultPath(services, suggestedName),
    filters: [filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  // Attached to the sender's window, so the dialog is modal to it and cannot get lost behind.
  const window = services.windowOf(sender);
  try {
    const choice = window ? await services.dialog.showSaveDialog(window, options) : await services.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    // The name is the user's choice, extension included: nothing is appended behind her back
    // (an appended extension could overwrite a file the dialog never asked about).
    await write(choice.filePath);
    return { saved: true };
  } catch (error) {
    (services.log ?? logToConsole)('CareLit could not save a file', error);
    return { saved: false, error: failureOf(error) };
  }
}

export function createSaveTextFile(services: SaveTextFileServices) {
  return (request: IpcRequest<'file:save-text'>, event: Pick<IpcMainInvokeEvent, 'sender'>): Promise<SaveTextFileResult> =>
    saveThroughDialog(services, event.sender, request.suggestedName, filterFor(request.kind), (filePath) => services.writeTextFile(filePath, request.text));
}
