import Dexie, { type EntityTable } from 'dexie';
import type {
  AttemptRow, BlockStateRow, CardRow, CohortLearnerRow, CohortRow, CohortStatementRow, LearnerRow, OutboxRow, ProgressRow, SettingRow,
  TrainerCohortRow, TrainerHeldRow, TrainerLearnerRow, TrainerStatementsRow,
} from './rows';
import { clearLanguageHint } from './language-hint';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'carelit';

export class CareLitDatabase extends Dexie {
  learners!: EntityTable<LearnerRow, 'id'>;
  attempts!: EntityTable<AttemptRow, 'id'>;
  progress!: Dexie.Table<ProgressRow, [string, string]>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  blockStates!: Dexie.Table<BlockStateRow, [string, string, string]>;
  cards!: Dexie.Table<CardRow, [string, string, string]>;
  /** Cohorts saved in clear before version 6, until the trainer's first unlock encrypts them. */
  cohorts!: EntityTable<CohortRow, 'id'>;
  cohortStatements!: Dexie.Table<CohortStatementRow, [string, string]>;
  cohortLearners!: Dexie.Table<CohortLearnerRow, [string, string]>;
  trainerCohorts!: EntityTable<TrainerCohortRow, 'id'>;
  trainerLearners!: Dexie.Table<TrainerLearnerRow, [string, string]>;
  trainerLearnerIds!: Dexie.Table<TrainerLearnerRow, [string, string]>;
  trainerStatements!: Dexie.Table<TrainerStatementsRow, [string, string, string]>;
  trainerHeld!: Dexie.Table<TrainerHeldRow, [string, string]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export type DatabaseProblem = 'newer-version' | 'unavailable' | 'corrupted';

/** Why the database could not open, in terms the error screen can explain. */
export function classifyOpenError(error: unknown): DatabaseProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'VersionError' || inner === 'VersionError') return 'newer-version';
  if (['MissingAPIError', 'InvalidStateError', 'SecurityError', 'QuotaExceededError'].includes(name) ||
      ['InvalidStateError', 'SecurityError', 'QuotaExceededError'].includes(inner)) return 'unavailable';
  return 'corrupted';
}

export type OpenResult = { ok: true; db: CareLitDatabase } | { ok: false; problem: DatabaseProblem; detail: string };

/**
 * Opens the database. Queries issued before it is open wait for it (Dexie queues them), so the
 * first screen can render while this runs.
 */
export async function openDatabase(db: CareLitDatabase = new CareLitDatabase()): Promise<OpenResult> {
  try {
    await db.open();
    // Dexie 4 opens a newer database as it is; its rows may have a shape this version misreads.
    // (Dexie stores version × 10 in IndexedDB.)
    const stored = db.backendDB().version / 10;
    if (stored > CURRENT_VERSION) {
      db.close();
      return { ok: false, problem: 'newer-version', detail: `database version ${stored}, this app knows up to ${CURRENT_VERSION}` };
    }
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, problem: classifyOpenError(error), detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** "Erase my data" and the last resort of the error screen: the database is really deleted. */
export async function eraseDatabase(name = DATABASE_NAME): Promise<void> {
  clearLanguageHint();
  await Dexie.delete(name);
}
