import { DISPLAY_NAME_MAX } from '../../../core/learner';
import { cleanName } from '../../../core/names';
import type { Profession } from '../../../core/professions';
import type { CareLitDatabase } from './database';
import type { LearnerRow } from './rows';

/**
 * Profiles as the profile choice needs them: created and listed. What a profile's own screens
 * do (rename, PIN, deletion) is in profiles.ts, which loads with them.
 */

/**
 * A display name as kept: as CareLit shows names (core/names.ts), within the limit. The profile
 * forms (new profile, rename) refuse a name that cannot be shown, so what is kept always can.
 */
export function displayNameOf(typed: string): string {
  return (cleanName(typed) ?? '').slice(0, DISPLAY_NAME_MAX);
}

/** Why the profile forms refuse a typed name: none left once cleaned, or half a character (pasted from who knows where); null when it will do. */
export function nameProblem(typed: string): 'missing' | 'broken' | null {
  const cleaned = cleanName(typed);
  return cleaned === null ? 'broken' : cleaned ? null : 'missing';
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
