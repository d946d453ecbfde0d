/**
 * Every schema version the app has ever had, oldest first. A change is a NEW entry with an
 * upgrade function; an entry is never edited once released, because learners' databases were
 * created from it. tests/unit/db/database.test.ts opens a database at every earlier
 * version, fills it, and checks the current version reads it.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      learners: 'id, createdAt',
      attempts: 'id, [learnerId+moduleId], [learnerId+moduleId+blockId], answeredAt',
      progress: '[learnerId+moduleId], learnerId, moduleId',
      outbox: 'id, learnerId, createdAt',
      settings: 'key',
    },
  },
  {
    // Private notes of reflection blocks, and spaced-repetition cards of flashcards blocks.
    version: 2,
    stores: {
      notes: '[learnerId+moduleId+blockId], learnerId',
      cards: '[learnerId+moduleId+termId], learnerId, [learnerId+due]',
    },
  },
  {
    // The trainer's cohorts: imported statements (deduplicated by id within a cohort) and, per
    // learner, the summary the dashboard reads, kept up to date at each import.
    version: 3,
    stores: {
      cohorts: 'id, createdAt',
      cohortStatements: '[cohortId+id], [cohortId+account]',
      cohortLearners: '[cohortId+account], cohortId',
    },
  },
  {
    // One table for every block's work in progress (a reflection's note, a prompt being written,
    // a half-sorted exercise), saved as typed; reflection notes move into it. Cohort summaries
    // keep each first answer's mistakes as data (the ids they name), not as "item→group" text.
    version: 4,
    stores: {
      blockStates: '[learnerId+moduleId+blockId], learnerId',
      notes: null,
    },
    upgrade: async (tx) => {
      const notes = await tx.table('notes').toArray();
      await tx.table('blockStates').bulkAdd(
        notes.map((n: { learnerId: string; moduleId: string; blockId: string; text: string; updatedAt: string }) => ({
          learnerId: n.learnerId,
          moduleId: n.moduleId,
          blockId: n.blockId,
          state: { text: n.text },
          updatedAt: n.updatedAt,
        })),
      );
      await tx
        .table('cohortLearners')
        .toCollection()
        .modify((row: { summary?: { items?: Record<string, { wrongChoices?: string[]; mistakes?: string[][]; type?: string }> } }) => {
          for (const item of Object.values(row.summary?.items ?? {})) {
            item.mistakes = (item.wrongChoices ?? []).map((choice) => choice.split('→'));
            item.type ??= '';
            delete item.wrongChoices;
          }
        });
    },
  },
  {
    // The outbox sent to an organisation's LRS: each row's sync state (waiting, sent, refused),
    // and an index to read what waits, oldest first. Rows are never deleted (the learner's export
    // reads them): what was there before waits to be sent.
    version: 5,
    stores: {
      outbox: 'id, learnerId, createdAt, [sync+createdAt]',
    },
    upgrade: async (tx) => {
      await tx
        .table('outbox')
        .toCollection()
        .modify((row: { sync?: string }) => {
          row.sync = 'waiting';
        });
    },
  },
  {
    // The trainer's cohorts, encrypted at rest with a key that only her passphrase makes (core/
    // cohort/passphrase.ts): a sealed record per cohort, per learner (her summary, and apart the
    // ids of her records), per learner and imported file (its new statements, whole, for
    // forwarding) and per file held for her decision. No row per statement. The plain tables of
    // version 3 keep what was imported before until the trainer first unlocks: only then does
    // the key exist, and the unlock encrypts them into these tables and empties those
    // (renderer/src/db/legacy-cohorts.ts).
    version: 6,
    stores: {
      trainerCohorts: 'id, createdAt',
      trainerLearners: '[cohortId+ref], cohortId',
      trainerLearnerIds: '[cohortId+ref], cohortId',
      trainerStatements: '[cohortId+ref+id], cohortId',
      trainerHeld: '[cohortId+id], cohortId',
    },
  },
  {
    // Retakes: a module's progress keeps every completion in `attempts` (its score, passed or not,
    // when), and the current attempt's xAPI registration; answers carry the registration of the
    // attempt they belong to. A completion saved before moves into `attempts`; attempts begun
    // before have no registration (their statements had none), and keep none.
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('progress')
        .toCollection()
        .modify(
          (row: {
            status: string;
            moduleVersion: number;
            startedAt: string;
            timeSpentMs: number;
            completedAt?: string;
            score?: number;
            passed?: boolean;
            attempts?: unknown[];
          }) => {
            row.attempts =
              row.status === 'completed' && row.completedAt
                ? [
                    {
                      moduleVersion: row.moduleVersion,
                      startedAt: row.startedAt,
                      completedAt: row.completedAt,
                      score: row.score ?? 0,
                      passed: row.passed ?? false,
                      timeSpentMs: row.timeSpentMs,
                    },
                  ]
                : [];
            delete row.completedAt;
            delete row.score;
            delete row.passed;
          },
        );
    },
  },
];

/** The tables of the current version: every version's stores, later ones overriding. */
export function currentStores(): Record<string, string> {
  const merged: Record<string, string | null> = Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores));
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== null));
}

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
