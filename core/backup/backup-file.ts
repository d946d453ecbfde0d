import type { CompletedAttempt } from '../attempts';
import type { Score } from '../blocks/types';
import { sha256Hex } from '../digest';
import { localDate, slugOf } from '../file-names';
import type { Profession } from '../professions';
import type { ReaderSettings } from '../reader-settings';
import type { CardMemory } from '../scheduling/fsrs';
import type { Statement } from '../xapi/statements';

/**
 * A profile's backup: everything of one learner, in one file she keeps ("Save a backup of my
 * profile"), restored into a fresh profile on this or another computer. A versioned format:
 *
 *   { format, formatVersion, appVersion, savedAt, profile, settings,
 *     progress, attempts, outbox, blockStates, cards, digest }
 *
 * Unlike the progress file she gives a trainer, it holds what is hers alone: her private notes
 * and drafts, her cards, her settings. Never her PIN: a backup is plain text, and a PIN's hash
 * in it could be guessed offline (and a PIN is often used elsewhere); a restored profile has none
 * until she sets one again.
 *
 * The digest is SHA-256 over the file's text before its `digest` member, as the app writes it (the
 * progress file's scheme). It tells a damaged or edited file from an intact one; it is no
 * signature, so a file is still read as untrusted (read-backup-file.ts): size, nesting, every
 * member and every value checked, and every statement CareLit's own and hers.
 */
export const BACKUP_FORMAT = 'carelit-backup' as const;
export const BACKUP_FORMAT_VERSION = 1 as const;
/** The save contract's own cap; a learner's backup is a few hundred kilobytes. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

export interface BackupProfile {
  displayName: string;
  profession: Profession;
  /** Her pseudonymous xAPI account, kept: her statements are made in its name (see backup.ts in the renderer). */
  account: string;
  createdAt: string;
}

export interface BackupProgress {
  moduleId: string;
  moduleVersion: number;
  status: 'in-progress' | 'completed';
  currentBlockId: string;
  doneBlockIds: string[];
  timeSpentMs: number;
  startedAt: string;
  updatedAt: string;
  /** The current attempt's xAPI registration. */
  registration?: string;
  /** Every completion of the module, oldest first. */
  attempts: CompletedAttempt[];
}

export interface BackupAttempt {
  id: string;
  moduleId: string;
  moduleVersion: number;
  blockId: string;
  /** As the block type keeps it; checked against the block when shown, as any saved answer. */
  answer: unknown;
  score: Score;
  durationMs: number;
  answeredAt: string;
  statementId: string;
  /** The module attempt it belongs to. */
  registration?: string;
}

export interface BackupStatement {
  id: string;
  createdAt: string;
  statement: Statement;
}

export interface BackupBlockState {
  moduleId: string;
  blockId: string;
  /** As the block type keeps it; checked against its state schema when read back, as any saved state. */
  state: unknown;
  updatedAt: string;
}

export interface BackupCard {
  moduleId: string;
  termId: string;
  due: string;
  memory: CardMemory;
}

export interface BackupPayload {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  appVersion: string;
  savedAt: string;
  profile: BackupProfile;
  settings: ReaderSettings;
  progress: BackupProgress[];
  attempts: BackupAttempt[];
  outbox: BackupStatement[];
  blockStates: BackupBlockState[];
  cards: BackupCard[];
}

export interface BackupFile extends BackupPayload {
  digest: { algorithm: 'SHA-256'; value: string };
}

export type BackupContent = Omit<BackupPayload, 'format' | 'formatVersion'>;

/** The file, members in the documented order, its digest last. */
export async function buildBackupFile(content: BackupContent): Promise<{ file: BackupFile; text: string }> {
  const payload: BackupPayload = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: content.appVersion,
    savedAt: content.savedAt,
    profile: content.profile,
    settings: content.settings,
    progress: content.progress,
    attempts: content.attempts,
    outbox: content.outbox,
    blockStates: content.blockStates,
    cards: content.cards,
  };
  const body = JSON.stringify(payload);
  const digest = { algorithm: 'SHA-256' as const, value: await sha256Hex(body) };
  return { file: { ...payload, digest }, text: `${body.slice(0, -1)},"digest":${JSON.stringify(digest)}}\n` };
}

/** `carelit-backup-<name>-<YYYY-MM-DD>.json`, on her own calendar. */
export function backupFileName(file: Pick<BackupFile, 'profile' | 'savedAt'>): string {
  return `carelit-backup-${slugOf(file.profile.displayName) || 'profile'}-${localDate(new Date(file.savedAt))}.json`;
}
