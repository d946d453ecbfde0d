import type { ProgressFile } from '../../../core/cohort/progress-file';
import { readProgressFile, type ReadResult, type Refusal } from '../../../core/cohort/read-progress-file';
import { startValidationWorker } from './validation-worker';

type WorkerAnswer = { id: number; ok: true } | { id: number; ok: false; refusal: Refusal };

export interface Validator {
  validate(text: string): Promise<ReadResult>;
  dispose(): void;
}

/**
 * Validates progress files in a worker when one can start, on the main thread otherwise (or if
 * the worker fails): the same core code either way, so the outcome never depends on where it ran.
 */
export function createValidator(): Validator {
  let worker: Worker | null = null;
  try {
    worker = startValidationWorker();
  } catch {
    worker = null;
  }
  const pending = new Map<number, { text: string; resolve: (result: ReadResult) => void }>();
  let nextId = 0;

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const [id, { text, resolve }] of pending) {
      pending.delete(id);
      void readProgressFile(text).then(resolve);
    }
  };
  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      // Validated: parse the same text here. The schema transforms nothing, so this is the file.
      waiting.resolve(answer.ok ? { ok: true, file: JSON.parse(waiting.text) as ProgressFile } : { ok: false, refusal: answer.refusal });
    };
    worker.onerror = fallBack;
  }

  return {
    validate(text) {
      if (!worker) return readProgressFile(text);
      return new Promise((resolve) => {
        const id = (nextId += 1);
        pending.set(id, { text, resolve });
        worker!.postMessage({ id, text });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
