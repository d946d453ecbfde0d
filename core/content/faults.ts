/** A fault in a content file, as an author reads it: `file:line: field: message`. */
export interface ContentFault {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatFault(f: ContentFault): string {
  return `${f.file}:${f.line}: ${f.field || '(module)'}: ${f.message}`;
}

export function byPosition(a: ContentFault, b: ContentFault): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}
