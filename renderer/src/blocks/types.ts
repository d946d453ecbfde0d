import type { Block, LearningModule } from '../../../core/content/schema';
import type { AnswerByType, ScoredType } from '../../../core/scoring';
import type { AttemptRow } from '../db/rows';

/** The answer a block type takes; `never` for blocks that are not answered. */
export type AnswerFor<B extends Block> = B['type'] extends ScoredType ? AnswerByType[B['type']] : never;

/** What every block component receives from the player (or from the authors' preview). */
export interface BlockProps<B extends Block> {
  block: B;
  module: LearningModule;
  /** The learner whose notes and cards the block reads and writes; null in the preview, where nothing is saved. */
  learnerId: string | null;
  /** The latest saved answer to this block, if any. */
  attempt: (Omit<AttemptRow, 'answer'> & { answer: AnswerFor<B> }) | undefined;
  /** Saves an answer (scored by core) before anything else happens on screen. */
  submit(answer: AnswerFor<B>): Promise<void>;
}
