import type { ImportSource } from '../cohort/import-files';

/**
 * Progress files as the import reads them, from a file input, a folder input or a drop.
 * Inside a folder only `.json` files count (a shared folder also holds other documents); files
 * picked or dropped one by one all go to the import, which says why it refuses one.
 */

export const isJsonName = (name: string) => /\.json$/i.test(name);

/**
 * A file's bytes, undecoded: the import decodes them by the rules the CLI uses too (the
 * browser's own text decoding would read a UTF-16 file in one API and not in another).
 */
function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

export function sourceOf(file: File, name = file.name): ImportSource {
  return { name, size: file.size, bytes: () => readBytes(file) };
}

/** Files of a file input: every file picked, or the `.json` files of a folder (named by their path in it). */
export function sourcesFromInput(files: FileList | readonly File[], fromFolder: boolean): ImportSource[] {
  const list = Array.from(files);
  if (!fromFolder) return list.map((f) => sourceOf(f));
  return list.filter((f) => isJsonName(f.name)).map((f) => sourceOf(f, f.webkitRelativePath || f.name));
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A directory's entries: readEntries gives them in batches (100 at a time in Chromium) until an empty one. */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

async function sourcesOfEntry(entry: FileSystemEntry, inFolder: boolean): Promise<ImportSource[]> {
  if (isDirectory(entry)) {
    const children = await entriesOf(entry);
    return (await Promise.all(children.map((child) => sourcesOfEntry(child, true)))).flat();
  }
  if (!isFile(entry) || (inFolder && !isJsonName(entry.name))) return [];
  const name = entry.fullPath.replace(/^\//, '') || entry.name;
  return [sourceOf(await fileOf(entry), name)];
}

/**
 * What a drop holds, folders read recursively. The entries must be taken while the drop event
 * runs (the browser empties its DataTransfer afterwards): call this synchronously from the handler.
 */
export function sourcesFromDrop(data: DataTransfer): Promise<ImportSource[]> {
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (!entries.length || entries.some((e) => e === null)) {
    // No entries API (or a drop it cannot describe): the plain files, without folders.
    return Promise.resolve(Array.from(data.files).map((f) => sourceOf(f)));
  }
  return Promise.all(entries.map((entry) => sourcesOfEntry(entry!, false))).then((lists) => lists.flat());
}
