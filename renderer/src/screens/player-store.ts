import { useLiveQuery } from 'dexie-react-hooks';
import { isScoredBlock, type Block } from '../../../core/blocks';
import type { LearningModule } from '../../../core/content/schema';
import type { HostStore } from '../blocks/BlockHost';
import { BLOCK_VIEWS } from '../blocks/registry';
import type { StateStore } from '../blocks/types';
import { getBlockState, putBlockState } from '../db/block-states';
import type { CareLitDatabase } from '../db/database';
import type { LearnerRow } from '../db/rows';
import { attemptRows } from '../db/study';

/** The player's block host store: a learner's answers and work in progress, in her database. */
export function playerStore(db: CareLitDatabase, learner: Pick<LearnerRow, 'id' | 'accountName'>, module: LearningModule): HostStore {
  const learnerId = learner.id;
  const key = (block: Block) => ({ learnerId, moduleId: module.id, blockId: block.id });
  const ownStore = (block: Block) => BLOCK_VIEWS[block.type].store as StateStore<unknown> | undefined;
  const context = (block: Block) => ({ db, learnerId, module, blockId: block.id, now: new Date() });
  return {
    persisted: true,
    // Her pseudonymous account, never her name: the order of options follows her from visit to visit.
    seed: learner.accountName,
    // The answers of her current attempt: a retake starts every exercise afresh.
    useTries: (block) =>
      useLiveQuery(async () => {
        if (!isScoredBlock(block)) return [];
        const progress = await db.progress.get([learnerId, module.id]);
        return attemptRows(db, learnerId, module.id, progress?.registration, block.id);
      }, [block.id]),
    loadState: (block) => ownStore(block)?.load(context(block)) ?? getBlockState(db, key(block)),
    saveState: (block, state) => ownStore(block)?.save(context(block), state) ?? putBlockState(db, key(block), state),
  };
}
