import Dexie from 'dexie';
import { buildBackupFile, type BackupFile } from '../../../core/backup/backup-file';
import type { CareLitDatabase } from './database';
import { fileVersion, NoSuchLearnerError } from './progress-export';
import { newOutboxRow } from './outbox';
import type { AttemptRow, BlockStateRow, CardRow, LearnerRow, ProgressRow } from './rows';
import { getReaderSettings, readerSettingsKey } from './settings';

/**
 * "Save a backup of my profile" and "Restore a backup": everything of one learner to one file
 * (core/backup/backup-file.ts), and back into a fresh profile.
 *
 * A restored profile keeps the backup's pseudonymous account: her records (statements) were made
 * in its name and keep their ids, so a trainer or an LRS that has some of them already counts
 * each once, and those made after the restore join the same learner. Hence one rule: a backup is
 * never restored next to the profile it came from. While that profile exists on this computer
 * (same account), the restore is refused and says whose it is; delete that profile first, or
 * keep using it.
 */
/** Her row's fields without the learner's id, which a backup never carries (a restore gives a new one). */
function withoutLearner<T extends { learnerId: string }>(rows: T[]): Omit<T, 'learnerId'>[] {
  return rows.map(({ learnerId: _learnerId, ...rest }) => rest);
}

export async function backupOf(db: CareLitDatabase, learnerId: string, appVersion: string, now = new Date()): Promise<{ file: BackupFile; text: string }> {
  // Read in one transaction, so every table is of the same moment.
  const tables = [db.learners, db.attempts, db.progress, db.outbox, db.blockStates, db.cards, db.settings];
  const read = await db.transaction('r', tables, async () => {
    const learner = await db.learners.get(learnerId);
    if (!learner) return null;
    const [attempts, progress, outbox, blockStates, cards, settings] = await Promise.all([
      db.attempts.where('[learnerId+moduleId]').between([learnerId, Dexie.minKey], [learnerId, Dexie.maxKey], true, true).sortBy('answeredAt'),
      db.progress.where('learnerId').equals(learnerId).toArray(),
      db.outbox.where('learnerId').equals(learnerId).sortBy('createdAt'),
      db.blockStates.where('learnerId').equals(learnerId).toArray(),
      db.cards.where('learnerId').equals(learnerId).toArray(),
      getReaderSettings(db, learnerId),
    ]);
    return { learner, attempts, progress, outbox, blockStates, cards, settings };
  });
  if (!read) throw new NoSuchLearnerError(`no learner ${learnerId}`);
  const { learner } = read;
  return buildBackupFile({
    appVersion: fileVersion(appVersion),
    savedAt: now.toISOString(),
    profile: { displayName: learner.displayName, profession: learner.profession, account: learner.accountName, createdAt: learner.createdAt },
    settings: read.settings,
    progress: withoutLearner(read.progress),
    attempts: withoutLearner(read.attempts),
    // Her statements, not where they stand with this computer's LRS: that is this computer's.
    outbox: read.outbox.map(({ id, createdAt, statement }) => ({ id, createdAt, statement })),
    blockStates: withoutLearner(read.blockStates),
    cards: withoutLearner(read.cards),
  });
}

export type RestoreResult = { ok: true; learner: LearnerRow } | { ok: false; reason: 'profile-exists'; existing: LearnerRow } | { ok: false; reason: 'not-saved' };

/**
 * A checked backup (core's readBackupFile) into a new profile, in one transaction: the whole of it,
 * or nothing. Never over another profile: a new learner id, and refused while her account is here.
 */
export async function restoreBackup(db: CareLitDatabase, file: BackupFile): Promise<RestoreResult> {
  const learner: LearnerRow = {
    id: crypto.randomUUID(),
    displayName: file.profile.displayName,
    profession: file.profile.profession,
    accountName: file.profile.account,
    createdAt: file.profile.createdAt,
  };
  const ofHers = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, learnerId: learner.id }));
  const tables = [db.learners, db.attempts, db.progress, db.outbox, db.blockStates, db.cards, db.settings];
  try {
    return await db.transaction('rw', tables, async (): Promise<RestoreResult> => {
      // Few profiles live on one computer: reading them all is cheaper than an index would be.
      const existing = (await db.learners.toArray()).find((row) => row.accountName === learner.accountName);
      if (existing) return { ok: false, reason: 'profile-exists', existing };
      await db.learners.add(learner);
      await db.attempts.bulkAdd(ofHers(file.attempts) as AttemptRow[]);
      await db.progress.bulkAdd(ofHers(file.progress) as ProgressRow[]);
      // Waiting for this computer's LRS, if it has one (an LRS counts a statement it has already once, by its id).
      await db.outbox.bulkAdd(file.outbox.map((row) => newOutboxRow(row.statement, learner.id, row.createdAt)));
      await db.blockStates.bulkAdd(ofHers(file.blockStates) as BlockStateRow[]);
      await db.cards.bulkAdd(ofHers(file.cards) as CardRow[]);
      await db.settings.put({ key: readerSettingsKey(learner.id), value: file.settings });
      return { ok: true, learner };
    });
  } catch {
    // A row that clashes with one already here (the same statement id under another profile), or a full disk.
    return { ok: false, reason: 'not-saved' };
  }
}
