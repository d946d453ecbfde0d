import type { Language } from '../../../core/i18n';
import type { Profession } from '../../../core/professions';
import type { Answer } from '../../../core/scoring';
import type { Score } from '../../../core/scoring/quiz';
import type { CardMemory } from '../../../core/scheduling/fsrs';
import type { Statement } from '../../../core/xapi/statements';

/** A learner profile. Several live on one machine (shared training-room PCs). */
export interface LearnerRow {
  id: string;
  displayName: string;
  profession: Profession;
  /** Pseudonymous xAPI account name: a random UUID, never derived from the name. */
  accountName: string;
  createdAt: string;
}

/** One answered block. Kept forever: the history behind every score. */
export interface AttemptRow {
  id: string;
  learnerId: string;
  moduleId: string;
  moduleVersion: number;
  blockId: string;
  answer: Answer;
  score: Score;
  durationMs: number;
  answeredAt: string;
  statementId: string;
}

export type ProgressStatus = 'in-progress' | 'completed';

/** Where a learner stands in one module. Keyed by [learnerId+moduleId]. */
export interface ProgressRow {
  learnerId: string;
  moduleId: string;
  moduleVersion: number;
  status: ProgressStatus;
  /** The block shown when she comes back. */
  currentBlockId: string;
  /** Blocks read or answered. */
  doneBlockIds: string[];
  timeSpentMs: number;
  startedAt: string;
  updatedAt: string;
  completedAt?: string;
  /** Scaled module score (0–1), set on completion. */
  score?: number;
  passed?: boolean;
}

/** An xAPI statement waiting to be exported or sent to an LRS. */
export interface OutboxRow {
  id: string;
  learnerId: string;
  createdAt: string;
  statement: Statement;
}

/** A learner's private note on a reflection block. Never scored, never exported. */
export interface NoteRow {
  learnerId: string;
  moduleId: string;
  blockId: string;
  text: string;
  updatedAt: string;
}

/** One glossary card in a learner's spaced-repetition deck. Keyed by [learnerId+moduleId+termId]. */
export interface CardRow {
  learnerId: string;
  moduleId: string;
  termId: string;
  /** When the card is next due (ISO 8601, UTC), indexed with the learner for "due today". */
  due: string;
  /** The FSRS memory state, as core/scheduling stores it. */
  memory: CardMemory;
}

export type SettingKey = 'language';
export interface SettingRow {
  key: SettingKey;
  value: Language;
}
