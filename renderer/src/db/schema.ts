/**
 * Every schema version the app has ever had, oldest first. A change is a NEW entry with an
 * upgrade function; an entry is never edited once released, because learners' databases were
 * created from it. tests/unit/renderer/db-upgrades.test.ts opens a database at every earlier
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
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
