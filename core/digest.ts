/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. WebCrypto: the same in Node, Chromium and Electron. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
