import type { Block, LearningModule } from './content/schema';
import type { Profession } from './professions';

/** Time on one block counted at most this long, so a screen left open overnight is not "study". */
export const MAX_COUNTED_BLOCK_MS = 15 * 60 * 1000;

/** A block with its place in the module, in reading order. */
export interface BlockPosition {
  block: Block;
  lessonIndex: number;
  blockIndex: number;
  /** Index over the whole module. */
  index: number;
}

export function flattenBlocks(mod: LearningModule): BlockPosition[] {
  let index = 0;
  return mod.lessons.flatMap((lesson, lessonIndex) => lesson.blocks.map((block, blockIndex) => ({ block, lessonIndex, blockIndex, index: index++ })));
}

/** A practice block written for one profession (a prompt lab, an output to review…). */
export function professionOf(block: Block): Profession | undefined {
  return 'profession' in block ? block.profession : undefined;
}

/**
 * The blocks in the order a learner of `profession` meets them: within a lesson, each run of
 * consecutive practice blocks shows those written for her profession first (the others keep
 * their order, and stay open to her). Without a profession, the module's own order.
 */
export function readingOrder(mod: LearningModule, profession?: Profession): BlockPosition[] {
  const flat = flattenBlocks(mod);
  if (!profession || profession === 'other') return flat;
  const ordered: BlockPosition[] = [];
  let run: BlockPosition[] = [];
  const endRun = () => {
    ordered.push(...run.filter((p) => professionOf(p.block) === profession), ...run.filter((p) => professionOf(p.block) !== profession));
    run = [];
  };
  for (const position of flat) {
    const practice = professionOf(position.block) !== undefined;
    if (!practice || (run.length > 0 && run[0]!.lessonIndex !== position.lessonIndex)) endRun();
    if (practice) run.push(position);
    else ordered.push(position);
  }
  endRun();
  return ordered.map((p, index) => ({ ...p, index }));
}

/** Where a learner resumes: the saved block if it still exists, else the first unseen one. */
export function resumeIndex(mod: LearningModule, savedBlockId: string | undefined, profession?: Profession): number {
  const blocks = readingOrder(mod, profession);
  const i = savedBlockId ? blocks.findIndex((p) => p.block.id === savedBlockId) : -1;
  return i < 0 ? 0 : i;
}

/** Share of blocks done (0–1), for progress bars. Ids no longer in the module are ignored. */
export function completionRatio(blockIds: readonly string[], doneIds: Iterable<string>): number {
  if (blockIds.length === 0) return 0;
  const done = new Set(doneIds);
  return blockIds.filter((id) => done.has(id)).length / blockIds.length;
}

/** What progress depends on: the version and the block ids in reading order. ModuleMeta has both. */
export interface ModuleShape {
  version: number;
  blockIds: readonly string[];
}

export function moduleShape(mod: LearningModule): ModuleShape {
  return { version: mod.version, blockIds: flattenBlocks(mod).map((p) => p.block.id) };
}

/** The part of a saved progress that depends on the module's content. */
export interface ProgressPlace {
  moduleVersion: number;
  currentBlockId: string;
  doneBlockIds: string[];
  status: 'in-progress' | 'completed';
}

/**
 * Carries progress over to a new version of a module: blocks whose ids did not change stay
 * done; the place falls back to the first block not done; a completed module with new blocks
 * to do is in progress again. Nothing changes when the version is the same.
 */
export function reconcileProgress<P extends ProgressPlace>(shape: ModuleShape, progress: P): P {
  if (progress.moduleVersion === shape.version) return progress;
  const ids = shape.blockIds;
  const doneBlockIds = progress.doneBlockIds.filter((id) => ids.includes(id));
  const firstNotDone = ids.find((id) => !doneBlockIds.includes(id));
  const reopened = progress.status === 'completed' && firstNotDone !== undefined;
  const kept = ids.includes(progress.currentBlockId) ? progress.currentBlockId : undefined;
  const currentBlockId = (reopened ? firstNotDone : kept) ?? firstNotDone ?? ids[0]!;
  const status = reopened ? 'in-progress' : progress.status;
  return { ...progress, moduleVersion: shape.version, doneBlockIds, currentBlockId, status };
}
