/**
 * Compresses, off the main thread, the statements an import keeps whole (vault.ts): it runs
 * while the main thread checks the next file. Plain bytes in, compressed bytes out; no key ever
 * comes here.
 */
import { rawDeflate } from './raw-deflate';

export interface DeflateRequest {
  id: number;
  bytes: Uint8Array;
}

export type DeflateAnswer = { id: number; ok: true; bytes: Uint8Array<ArrayBuffer> } | { id: number; ok: false };

self.onmessage = ({ data: { id, bytes } }: MessageEvent<DeflateRequest>) => {
  let answer: DeflateAnswer;
  try {
    answer = { id, ok: true, bytes: rawDeflate(bytes) };
  } catch {
    answer = { id, ok: false };
  }
  self.postMessage(answer, { transfer: answer.ok ? [answer.bytes.buffer] : [] });
};
