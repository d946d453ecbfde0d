/**
 * Compressing the statements a trainer's import keeps, and reading them back: raw DEFLATE,
 * written by raw-deflate.ts (in the deflate worker where one runs, see vault.ts `compressed`),
 * read by the platform's DecompressionStream (which also reads what CompressionStream wrote
 * before). This is also the deflate worker's whole protocol.
 */
import { rawDeflate } from './raw-deflate';

export const inflated = (bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> => through(bytes, new DecompressionStream('deflate-raw'));

/** Bytes through a decompression stream. */
async function through(bytes: Uint8Array, stream: DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  await written;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** What the main thread sends the deflate worker: plain bytes, handed over (never a key). */
export interface DeflateRequest {
  id: number;
  bytes: Uint8Array;
}

/** The bytes compressed; or, when the worker could not, the bytes it was given, back. */
export type DeflateAnswer = { id: number; ok: true; bytes: Uint8Array<ArrayBuffer> } | { id: number; ok: false; bytes: Uint8Array };

/** The worker's answer to a request. */
export function answerDeflate({ id, bytes }: DeflateRequest): DeflateAnswer {
  try {
    return { id, ok: true, bytes: rawDeflate(bytes) };
  } catch {
    return { id, ok: false, bytes };
  }
}
