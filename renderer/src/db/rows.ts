import type { CompletedAttempt } from '../../../core/attempts';
import type { Language } from '../../../core/i18n';
import type { Profession } from '../../../core/professions';
import type { Answer } from '../../../core/blocks';
import type { Score } from '../../../core/blocks/types';
import type { CardMemory } from '../../../core/scheduling/fsrs';
import type { Statement } from '../../../core/xapi/statements';
import type { PassphraseRecord } from '../../../core/cohort/passphrase';
import type { PinRecord } from '../../../core/learner-pin';
import type { ReaderSettings } from '../../../core/reader-settings';
import type { Sealed } from '../../../core/cohort/sealed';
import type { ImportedStatement, ProgressFileLearner } from '../../../core/cohort/progress-file';
import type { LearnerSummary } from '../../../core/cohort/summary';
import type { LrsError } from '../../../core/lrs/client';
import type { LrsConnection } from '../../../core/lrs/ipc';
import type { StatementRefusal } from '../../../core/lrs/push';

/** A learner profile. Several live on one machine (shared training-room PCs). */
export interface LearnerRow {
  id: string;
  displayName: string;
  profession: Profession;
  /** Pseudonymous xAPI account name: a random UUID, never derived from the name. */
  accountName: string;
  createdAt: string;
  /** Her optional PIN, as a salted PBKDF2 hash (core/learner-pin.ts); never the PIN itself. */
  pin?: PinRecord;
  /** Wrong PINs in a row since the last right one: the next try waits accordingly. */
  pinFailures?: number;
  /** When the last wrong PIN was typed (ISO 8601): the wait counts from there. */
  pinFailedAt?: string;
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
  /** The attempt at the module it belongs to (ProgressRow.registration); absent before version 7. */
  registration?: string;
}

export type ProgressStatus = 'in-progress' | 'completed';

/** A completion of the module, kept in her history whatever comes after (core/attempts.ts: which one counts). */
export type { CompletedAttempt };

/** Where a learner stands in one module: her current attempt, and her completed ones. Keyed by [learnerId+moduleId]. */
export interface ProgressRow {
  learnerId: string;
  moduleId: string;
  moduleVersion: number;
  /** The current attempt: open, or completed (then it is the last of `attempts`). */
  status: ProgressStatus;
  /** The current attempt's xAPI registration, a UUID; absent for one begun before version 7, whose statements had none. */
  registration?: string;
  /** The block shown when she comes back. */
  currentBlockId: string;
  /** Blocks read or answered in the current attempt. */
  doneBlockIds: string[];
  /** Time on the current attempt. */
  timeSpentMs: number;
  /** When the current attempt began. */
  startedAt: string;
  updatedAt: string;
  /** Every completion, oldest first: a retake adds to it, nothing is removed. */
  attempts: CompletedAttempt[];
}

/** Where a statement stands with the organisation's LRS; indexed with `createdAt`. */
export type OutboxSync = 'waiting' | 'sent' | 'refused';

/**
 * An xAPI statement, for the learner's export and the organisation's LRS. Never deleted by the
 * sync: the export reads every one, whatever the LRS did with it. Deleting her profile deletes
 * hers, with everything else of hers (profiles.ts).
 */
export interface OutboxRow {
  id: string;
  learnerId: string;
  createdAt: string;
  statement: Statement;
  /** Waiting until the LRS confirms it (sent, or it had it already) or refuses it for good. */
  sync: OutboxSync;
  /** When the LRS confirmed it. */
  sentAt?: string;
  /** When the LRS refused it, and why, in its own words. */
  refusedAt?: string;
  refusal?: StatementRefusal;
}

/** How the last sync run to the LRS went, for the settings screen: one row for the whole outbox. */
export interface LrsSyncRecord {
  /** When the last run ended. */
  lastRunAt: string | null;
  /** Its error, or null when it ended well. */
  lastError: LrsError | null;
  /** When the LRS last confirmed a statement. */
  lastSentAt: string | null;
}

/**
 * A learner's work in progress on one block, as its type keeps it (a reflection's private note, a
 * prompt being written, a half-sorted exercise). Never scored, never exported. Keyed by
 * [learnerId+moduleId+blockId].
 */
export interface BlockStateRow {
  learnerId: string;
  moduleId: string;
  blockId: string;
  /** Checked against the type's state schema when read back. */
  state: unknown;
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

/**
 * A trainer's group (a training session, a ward, a year's intake), as saved before version 6:
 * in clear. Kept only until her first unlock encrypts it (renderer/src/db/legacy-cohorts.ts).
 */
export interface CohortRow {
  id: string;
  name: string;
  createdAt: string;
  /** Set when archived: kept, but out of the list of current cohorts. */
  archivedAt?: string;
}

/** An imported xAPI statement, as saved before version 6 (in clear, one row per statement). */
export interface CohortStatementRow {
  cohortId: string;
  id: string;
  /** The learner's pseudonymous account name. */
  account: string;
  statement: ImportedStatement;
}

/** One learner of a cohort, as saved before version 6 (in clear). */
export interface CohortLearnerRow {
  cohortId: string;
  account: string;
  /** What she chose to share, from her newest export. */
  learner: ProgressFileLearner;
  /** When that newest export was made. */
  exportedAt: string;
  importedAt: string;
  summary: LearnerSummary;
}

/**
 * A trainer's cohort, sealed (core/cohort/sealed.ts): its name and archived date inside; outside,
 * only what orders the list and guards concurrent writes.
 */
export interface TrainerCohortRow {
  id: string;
  createdAt: string;
  /** One more with every import and decision: a write prepared from an older revision starts again. */
  rev: number;
  sealed: Sealed;
}

/**
 * One learner of a cohort: what the dashboard reads (her summary, what she shares, from her newest
 * export), sealed. `ref` stands for her account (core/cohort/sealed.ts learnerRef). Keyed by
 * [cohortId+ref]; trainerLearnerIds holds, apart, the ids of her records (what an import checks).
 */
export interface TrainerLearnerRow {
  cohortId: string;
  ref: string;
  sealed: Sealed;
}

/** A learner's statements from one imported file (those that were new then), sealed whole. Keyed by [cohortId+ref+id]. */
export interface TrainerStatementsRow {
  cohortId: string;
  ref: string;
  id: string;
  sealed: Sealed;
}

/**
 * A file held for the trainer's decision (its records already belong to another learner): what
 * the list shows about it (`about`: its name, who it names, its record ids), and the file whole.
 */
export interface TrainerHeldRow {
  cohortId: string;
  id: string;
  about: Sealed;
  sealed: Sealed;
}

/** Wrong passphrases in a row at the trainer area's door, and when the last was typed: the wait grows with them. */
export interface WrongGuesses {
  failures: number;
  lastFailureAt: string;
}

/**
 * Settings of the whole computer (the language, the trainer's passphrase and wrong guesses, the
 * organisation's LRS, the reader settings of the profile choice: `reader`) and of each learner
 * (her reader settings: `reader:<learnerId>`).
 */
export type SettingRow =
  | { key: 'language'; value: Language }
  | { key: 'trainer-passphrase'; value: PassphraseRecord }
  | { key: 'trainer-guesses'; value: WrongGuesses }
  // The organisation's LRS: its endpoint and key (never the secret, which the platform keeps),
  // and how sending last went.
  | { key: 'lrs-connection'; value: LrsConnection }
  | { key: 'lrs-sync'; value: LrsSyncRecord }
  | { key: ReaderSettingsKey; value: ReaderSettings };
export type ReaderSettingsKey = 'reader' | `reader:${string}`;
export type SettingKey = SettingRow['key'];
