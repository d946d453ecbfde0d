/**
 * Raw DEFLATE read back through the platform's DecompressionStream: what raw-deflate.ts writes
 * (in the deflate worker where one runs), and what CompressionStream wrote before it.
 */
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
