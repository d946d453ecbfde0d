import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { readProgressFile, type RefusalCode } from '../../../core/cohort/read-progress-file';
import type { CareLitDatabase } from '../db/database';
import { progressFileFor, progressFileName, type ShareChoices } from '../db/progress-export';

/**
 * The file's text and name, ready to save. Loaded on the first save only: it brings the file's
 * schema (zod), which the catalogue screen does not need to appear.
 */
export type PreparedExport = { ok: true; suggestedName: string; text: string } | { ok: false; refusal: RefusalCode };

export async function prepareExport(db: CareLitDatabase, learnerId: string, choices: ShareChoices, appVersion: string, now: Date = new Date()): Promise<PreparedExport> {
  const file = await progressFileFor(db, learnerId, choices, appVersion, now);
  const text = serialiseProgressFile(file);
  // Read back as the trainer's import will: a file she would refuse is better never handed over.
  const check = await readProgressFile(text);
  if (!check.ok) return { ok: false, refusal: check.refusal.code };
  return { ok: true, suggestedName: progressFileName(file), text };
}
