/** The validation worker, started the way Vite bundles workers. Tests replace this file (no workers in jsdom). */
export function startValidationWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
}
