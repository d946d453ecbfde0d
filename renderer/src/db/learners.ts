import { DISPLAY_NAME_MAX } from '../../../core/learner';
import { cleanName } from '../../../core/names';
import type { Profession } from '../../../core/professions';
import type { CareLitDatabase } from './database';
import type { LearnerRow } from './rows';

/**
 * A new profile. Her name is kept as CareLit shows names (core/names.ts): the profile form
 * refuses one that cannot be shown, so `displayName` here always can.
 */
export async function createLearner(db: CareLitDatabase, displayName: string, profession: Profession): Promise<LearnerRow> {
  const learner: LearnerRow = {
    id: crypto.randomUUID(),
    displayName: (cleanName(displayName) ?? '').slice(0, DISPLAY_NAME_MAX),
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
