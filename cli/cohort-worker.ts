/**
 * A worker thread of `carelit cohort report`: reads, validates and summarises the files it is
 * sent, one at a time, with the same code as the main thread (cohort-files.ts).
 */
import { parentPort } from 'node:worker_threads';
import { digestFile } from './cohort-files';

export interface WorkerRequest {
  index: number;
  path: string;
}

parentPort?.on('message', ({ index, path }: WorkerRequest) => {
  void digestFile(path).then((result) => parentPort!.postMessage({ index, result }));
});
// Loaded and listening: the main thread may send files now.
parentPort?.postMessage({ ready: true });
