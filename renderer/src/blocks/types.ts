import type { Block, LearningModule } from '../../../core/content/schema';
import type { AttemptRow } from '../db/rows';

/** What every block component receives from the player. */
export interface BlockProps<B extends Block> {
  block: B;
  module: LearningModule;
  /** The latest saved answer to this block, if any. */
  attempt: AttemptRow | undefined;
  /** Saves an answer (scored by core) before anything else happens on screen. */
  submit(answer: AttemptRow['answer']): Promise<void>;
}
