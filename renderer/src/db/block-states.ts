import type { CareLitDatabase } from './database';

/** Which block's work in progress: one per learner, module and block. */
export interface BlockStateKey {
  learnerId: string;
  moduleId: string;
  blockId: string;
}

const keyOf = (k: BlockStateKey): [string, string, string] => [k.learnerId, k.moduleId, k.blockId];

/** The saved state as stored (the block host checks it against the type's state schema). */
export async function getBlockState(db: CareLitDatabase, key: BlockStateKey): Promise<unknown> {
  return (await db.blockStates.get(keyOf(key)))?.state;
}

export async function putBlockState(db: CareLitDatabase, key: BlockStateKey, state: unknown, now = new Date()): Promise<void> {
  await db.blockStates.put({ ...key, state, updatedAt: now.toISOString() });
}
