/**
 * Compresses, off the main thread, the statements an import keeps whole (vault.ts `compressed`):
 * it runs while the main thread checks the next file. Plain bytes in, compressed bytes out,
 * both handed over rather than copied; no key ever comes here.
 */
import { answerDeflate, type DeflateRequest } from './deflate';

self.onmessage = ({ data }: MessageEvent<DeflateRequest>) => {
  const answer = answerDeflate(data);
  self.postMessage(answer, { transfer: [answer.bytes.buffer] });
};
