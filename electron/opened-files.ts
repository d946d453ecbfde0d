import path from 'node:path';
import { PROGRESS_FILE_MAX_BYTES } from '../core/cohort/progress-file';
import { OPENED_FILES_MAX, type OpenedFile } from '../core/ipc';

/**
 * Progress files opened with the app: double-clicked (`.json` is associated with CareLit by its
 * installer), dropped on its icon, or given on its command line. The operating system hands their
 * paths to the first instance (its arguments, a second launch's `second-instance`, macOS's
 * `open-file`); they are read here, each within the progress file's size cap, and kept until the
 * page takes them (`files:take-opened`). The page is told when new ones arrive (`files:opened`).
 * Only the main process touches the disk; the page decodes and reads their bytes as untrusted, as
 * any import (one decoding for the CLI and the app).
 */
export interface OpenedFilesDisk {
  /** Size and kind of a path (fs.promises.stat). */
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readBytes(filePath: string): Promise<Uint8Array>;
}

/** The `.json` paths among launch arguments, made absolute against the folder the launch came from. */
export function jsonPathsIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && /\.json$/i.test(arg)).map((arg) => path.resolve(workingDirectory, arg));
}

export interface OpenedFiles {
  /** Reads the files at `paths` and keeps them for the page; resolves once all are read. */
  add(paths: readonly string[]): Promise<void>;
  /** Everything kept so far, once: taking empties the list. */
  take(): OpenedFile[];
}

export function createOpenedFiles(disk: OpenedFilesDisk, notify: () => void): OpenedFiles {
  let kept: OpenedFile[] = [];
  const read = async (filePath: string): Promise<OpenedFile> => {
    const name = path.basename(filePath);
    try {
      const info = await disk.stat(filePath);
      if (!info.isFile()) return { name, error: 'unreadable' };
      // Refused before it is read: a huge file never reaches memory.
      if (info.size > PROGRESS_FILE_MAX_BYTES) return { name, error: 'too-large' };
      return { name, bytes: await disk.readBytes(filePath) };
    } catch {
      return { name, error: 'unreadable' };
    }
  };
  return {
    async add(paths) {
      const room = Math.max(0, OPENED_FILES_MAX - kept.length);
      const files = await Promise.all([...new Set(paths)].slice(0, room).map(read));
      if (files.length === 0) return;
      kept = [...kept, ...files];
      notify();
    },
    take() {
      const taken = kept;
      kept = [];
      return taken;
    },
  };
}
