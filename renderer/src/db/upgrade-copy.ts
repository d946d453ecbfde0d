import Dexie from 'dexie';
import { copyName, databaseExists } from './upgrade-check';

/**
 * A copy of the learners' database, made automatically before a new version of CareLit upgrades
 * its schema (a Dexie version with an upgrade function). An upgrade that fails leaves the old
 * database as it was (IndexedDB rolls the upgrade back); this copy is for an upgrade that runs
 * and gets something wrong: the rows as they were stay available for a fix, and for the learner
 * (the error screen offers to save them as a file).
 *
 * Where it is: a second IndexedDB database in the same place, `<name>-copy-before-upgrade`,
 * holding one row per table of the database as the previous version stored it, and one row that
 * says from which version to which, and when. Only the latest copy is kept (the next upgrade
 * replaces it). It is no backup of a profile: deleting a profile deletes her rows here too, and
 * erasing the data erases it.
 */
export interface UpgradeCopyInfo {
  fromVersion: number;
  toVersion: number;
  madeAt: string;
}

interface CopyRow {
  /** A table's name, or '' for the copy's own facts. */
  table: string;
  rows?: unknown[];
  info?: UpgradeCopyInfo;
}

class CopyDatabase extends Dexie {
  copied!: Dexie.Table<CopyRow, string>;
  constructor(name: string) {
    super(copyName(name));
    this.version(1).stores({ copied: 'table' });
  }
}

/**
 * Tables never copied: the trainer's cohorts saved in clear before version 6. Her first unlock
 * seals them and empties them (legacy-cohorts.ts); a copy would keep them readable on the disk.
 * No schema upgrade touches them, so the copy loses nothing an upgrade could get wrong.
 */
const NEVER_COPIED = new Set(['cohorts', 'cohortLearners', 'cohortStatements']);

/**
 * Copies the stored database (at version `stored`) before this version (`currentVersion`)
 * upgrades it. Where the copy cannot be written (a full disk), the upgrade goes on without one:
 * refusing to start would keep the learner from her own work. (Where the browser cannot list its
 * databases, database.ts cannot tell an upgrade is coming, and no copy is made either.)
 */
export async function copyBeforeUpgrade(name: string, stored: number, currentVersion: number, now = new Date()): Promise<UpgradeCopyInfo | null> {
  try {
    // Opened with no schema of ours, Dexie reads the tables as they are.
    const old = new Dexie(name);
    let tables: CopyRow[];
    try {
      await old.open();
      const copied = old.tables.filter((table) => !NEVER_COPIED.has(table.name));
      tables = await Promise.all(copied.map(async (table) => ({ table: table.name, rows: await table.toArray() })));
    } finally {
      old.close();
    }
    const info: UpgradeCopyInfo = { fromVersion: stored, toVersion: currentVersion, madeAt: now.toISOString() };
    const copy = new CopyDatabase(name);
    try {
      await copy.transaction('rw', copy.copied, async () => {
        await copy.copied.clear();
        await copy.copied.bulkAdd([{ table: '', info }, ...tables]);
      });
    } finally {
      copy.close();
    }
    return info;
  } catch (error) {
    console.warn('CareLit could not copy its database before upgrading it', error);
    return null;
  }
}

/** The latest copy, as a file a person can keep: which versions, when, and every table's rows. */
export async function readUpgradeCopy(name: string): Promise<{ info: UpgradeCopyInfo; tables: Record<string, unknown[]> } | null> {
  if (!(await databaseExists(copyName(name)))) return null;
  const copy = new CopyDatabase(name);
  try {
    const rows = await copy.copied.toArray();
    const info = rows.find((r) => r.table === '')?.info;
    if (!info) return null;
    return { info, tables: Object.fromEntries(rows.filter((r) => r.table !== '').map((r) => [r.table, r.rows ?? []])) };
  } finally {
    copy.close();
  }
}

/** Deleting a profile deletes her rows in the copy too: "erase my data" leaves nothing of hers behind. */
export async function forgetLearnerInCopy(name: string, learnerId: string): Promise<void> {
  if (!(await databaseExists(copyName(name)))) return;
  const copy = new CopyDatabase(name);
  try {
    await copy.transaction('rw', copy.copied, async () => {
      await copy.copied.toCollection().modify((row) => {
        if (!row.rows) return;
        row.rows = row.rows.filter((r) => !isHers(r, learnerId));
      });
    });
  } finally {
    copy.close();
  }
}

/** A row of hers in any learner table: keyed by her learner id, or her profile, or her settings. */
function isHers(row: unknown, learnerId: string): boolean {
  if (row === null || typeof row !== 'object') return false;
  const r = row as { learnerId?: unknown; id?: unknown; accountName?: unknown; key?: unknown };
  return r.learnerId === learnerId || (r.id === learnerId && 'accountName' in r) || r.key === `reader:${learnerId}`;
}
