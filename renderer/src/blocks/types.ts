import type { ComponentType } from 'react';
import type { AnswerOf, BlockOf, BlockType, PartOf, StateOf } from '../../../core/blocks';
import type { Outcome, Score } from '../../../core/blocks/types';
import type { LearningModule } from '../../../core/content/schema';
import type { Language } from '../../../core/i18n';
import type { CareLitDatabase } from '../db/database';

/** One answer as a view shows it: what she gave, its score, and core's verdict part by part. */
export interface ViewAttempt<T extends BlockType> {
  id: string;
  answeredAt: string;
  answer: AnswerOf<T>;
  score: Score;
  /** Null when the answer no longer fits the block (a module changed since): the score stands alone. */
  outcome: Outcome<PartOf<T>> | null;
}

/** Whether the latest work in progress is on disk. */
export type StateStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * What every block view receives from its host (the player, or the authors' preview). A view
 * never touches the database: it shows `state` and `attempt`, and asks the host to keep them.
 */
export interface BlockViewProps<T extends BlockType> {
  block: BlockOf<T>;
  module: LearningModule;
  /** The answer that counts (the first, or the latest where every try is kept); undefined before any. */
  attempt: ViewAttempt<T> | undefined;
  /** Every answer given, oldest first. */
  tries: ViewAttempt<T>[];
  /** Her work in progress, as the type keeps it; restored after a reload. */
  state: StateOf<T>;
  /**
   * Keeps her work in progress: at once on screen, on disk shortly after (and when the page is
   * hidden or the block left). With `now`, written at once: the promise says whether it was.
   */
  saveState(next: StateOf<T>, options?: { now?: boolean }): Promise<void>;
  stateStatus: StateStatus;
  /** Scores and saves an answer before anything else moves on screen; rejects when it could not be saved. */
  submit(answer: AnswerOf<T>): Promise<void>;
  /** False in the authors' preview: nothing is kept beyond the page. */
  persisted: boolean;
  /**
   * The same for one learner and block on every visit and in every language: a view whose order
   * would give answers away shows its options in `seededOrder(options, seed)` (core/random.ts).
   */
  seed: string;
}

/** Where a block's state is kept when a type keeps it somewhere of its own (the flashcards' deck). */
export interface StateStore<S> {
  load(context: StateStoreContext): Promise<S>;
  save(context: StateStoreContext, next: S): Promise<void>;
}

export interface StateStoreContext {
  db: CareLitDatabase;
  learnerId: string;
  module: LearningModule;
  blockId: string;
  now: Date;
}

/** The renderer's half of a block type: its view and its UI strings in every language. */
export interface BlockView<T extends BlockType> {
  component: ComponentType<BlockViewProps<T>>;
  /** The type's own UI strings (its i18next namespace is the type's name). */
  strings: Record<Language, object>;
  /** Where its state lives, when not in the common block-state table. */
  store?: StateStore<StateOf<T>>;
}
