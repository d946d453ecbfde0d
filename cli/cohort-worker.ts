/**
 * A worker thread of `carelit cohort report`: reads, validates and summarises the files it is
 * sent, one at a time, with the same code as the main thread (cohort-files.ts).
 */
import { parentPort } from 'node:worker_threads';
import { digestFile } from './cohort-files';

export interface WorkerRequest {
  index: number;
  path: string;
  /** The command's moment (ms), the same for every file: no date in a file may come after it. */
  now: number;
}

parentPort?.on('message', ({ index, path, now }: WorkerRequest) => {
  void digestFile(path, new Date(now)).then((result) => parentPort!.postMessage({ index, result }));
});
// Loaded and listening: the main thread may send files now.
parentPort?.postMessage({ ready: true });
