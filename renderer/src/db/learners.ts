import { DISPLAY_NAME_MAX } from '../../../core/learner';
import type { Profession } from '../../../core/professions';
import type { CareLitDatabase } from './database';
import type { LearnerRow } from './rows';

/**
 * Profiles as the profile choice needs them: created and listed. What a profile's own screens
 * do (rename, PIN, deletion) is in profiles.ts, which loads with them.
 */

/** A display name as kept: what she typed, trimmed, within the limit. */
export function displayNameOf(typed: string): string {
  return typed.trim().slice(0, DISPLAY_NAME_MAX);
}

export async function createLearner(db: CareLitDatabase, displayName: string, profession: Profession): Promise<LearnerRow> {
  const learner: LearnerRow = {
    id: crypto.randomUUID(),
    displayName: displayNameOf(displayName),
    profession,
    accountName: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
  };
  await db.learners.add(learner);
  return learner;
}

export function listLearners(db: CareLitDatabase): Promise<LearnerRow[]> {
  return db.learners.orderBy('createdAt').toArray();
}

