import { create } from 'zustand';
import type { OpenedFile } from '../../../core/ipc';
import type { ImportSource } from '../cohort/import-files';
import { useSession } from '../stores/session';

/**
 * Progress files opened with the desktop app (double-clicked, dropped on its icon), waiting for
 * the trainer's import. The hand-off: they are kept here, and the trainer area opens when no
 * learner is signed in (a learner at work is never signed out by a file); the import takes them
 * with `takeOpenedSources()`, as it takes files a trainer picks, and says why it refuses one.
 */
interface OpenedFilesState {
  files: OpenedFile[];
}

export const useOpenedFiles = create<OpenedFilesState>()(() => ({ files: [] }));

export function handOpenedFiles(files: readonly OpenedFile[]): void {
  if (files.length === 0) return;
  useOpenedFiles.setState((s) => ({ files: [...s.files, ...files] }));
  if (useSession.getState().learnerId === null) useSession.getState().openTrainer();
}

/** The files waiting, once, as the import reads any file: one it could not read fails as unreadable, one too large says so by its size. */
export function takeOpenedSources(): ImportSource[] {
  const { files } = useOpenedFiles.getState();
  useOpenedFiles.setState({ files: [] });
  return files.map((file): ImportSource => {
    if (!('error' in file)) return { name: file.name, size: file.bytes.byteLength, bytes: async () => file.bytes };
    // Any size above the import's cap: it refuses the file for its size, in its own words.
    if (file.error === 'too-large') return { name: file.name, size: Number.MAX_SAFE_INTEGER, bytes: () => Promise.reject(new Error('too large')) };
    return { name: file.name, size: 0, bytes: () => Promise.reject(new Error('unreadable')) };
  });
}
