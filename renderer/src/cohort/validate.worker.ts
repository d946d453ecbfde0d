/// <reference lib="webworker" />
/**
 * Validates progress files off the main thread, so that the next file is checked while the
 * current one is being saved (renderer/src/cohort/validator.ts). Answers with the refusal, or
 * with ok: the main thread then parses the same text again — cheap, and the validated data
 * needs no copying between threads.
 */
import { readProgressFile } from '../../../core/cohort/read-progress-file';

export interface ValidateRequest {
  id: number;
  text: string;
}

self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const { id, text } = event.data;
  const result = await readProgressFile(text);
  self.postMessage(result.ok ? { id, ok: true } : { id, ok: false, refusal: result.refusal });
};
