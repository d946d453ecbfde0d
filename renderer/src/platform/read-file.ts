/**
 * A chosen file's text. `Blob.text()` where the browser has it (every browser the app runs in);
 * FileReader otherwise (older engines, and the test environment).
 */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}
