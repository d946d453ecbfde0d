import Dexie, { type EntityTable } from 'dexie';
import type {
  AttemptRow,
  BlockStateRow,
  CardRow,
  CohortLearnerRow,
  CohortRow,
  CohortStatementRow,
  LearnerRow,
  OutboxRow,
  ProgressRow,
  SettingRow,
  TrainerCohortRow,
  TrainerHeldRow,
  TrainerLearnerRow,
  TrainerStatementsRow,
} from './rows';
import { clearAppearanceHints } from './appearance-hint';
import { clearLanguageHint } from './language-hint';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';
import { copyName, storedVersion } from './upgrade-check';

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

  private copied: Promise<unknown> | undefined;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }

  /**
   * Every opening goes through here (the first query opens the database too): an older database
   * is copied as it is before this version's upgrade touches it (see upgrade-copy.ts).
   */
  override open() {
    this.copied ??= copyIfUpgrading(this.name);
    return Dexie.Promise.resolve(this.copied).then(() => super.open());
  }
}

/** The copying code loads only when there is something to copy: an ordinary start only asks the stored version. */
async function copyIfUpgrading(name: string): Promise<void> {
  const stored = await storedVersion(name).catch(() => undefined);
  if (stored === undefined || stored >= CURRENT_VERSION) return;
  const { copyBeforeUpgrade } = await import('./upgrade-copy');
  await copyBeforeUpgrade(name, stored, CURRENT_VERSION);
}

export type DatabaseProblem = 'newer-version' | 'unavailable' | 'corrupted';

/** Why the database could not open, in terms the error screen can explain. */
export function classifyOpenError(error: unknown): DatabaseProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'VersionError' || inner === 'VersionError') return 'newer-version';
  if (
    ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'QuotaExceededError'].includes(name) ||
    ['InvalidStateError', 'SecurityError', 'QuotaExceededError'].includes(inner)
  )
    return 'unavailable';
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

/** "Erase everything", the last resort of the error screen: the database, its copy and the start-up hints are really deleted. */
export async function eraseDatabase(name = DATABASE_NAME): Promise<void> {
  clearLanguageHint();
  clearAppearanceHints();
  await Dexie.delete(name);
  await Dexie.delete(copyName(name));
}
