/** The deflate worker, started the way Vite bundles workers. Tests replace this file (Jest runs no module workers). */
export function startDeflateWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' });
}
