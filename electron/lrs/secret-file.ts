import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { LrsConnection, SecretKeeping } from '../../core/lrs/ipc';

/**
 * The LRS's secret, kept by the main process only: encrypted with Electron's safeStorage (a key
 * the operating system guards: Keychain, DPAPI, a Linux keyring) in one small file of the
 * user-data folder, beside the endpoint and key it belongs to. The window never reads it back.
 *
 * On Linux without a keyring, Electron falls back to its "basic_text" backend: the secret is
 * then encrypted with a password written in Electron's own code, which protects nothing. That
 * is said as `weak`, so the settings screen can say it plainly.
 */
export const SECRET_FILE_NAME = 'lrs-secret.json';
const FORMAT = 'carelit-lrs-secret';

type SafeStorageApi = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

export interface SecretFileServices {
  safeStorage: SafeStorageApi;
  /** `process.platform`. */
  platform: string;
  /** The user-data folder (`app.getPath('userData')`). */
  folder: string;
}

export type ReadSecret = { kind: 'none' } | { kind: 'found'; connection: LrsConnection; secret: string } | { kind: 'unreadable'; connection: LrsConnection; detail: string };

export interface SecretFile {
  keeping(): Promise<Exclude<SecretKeeping, 'memory'>>;
  /** The connection a kept secret belongs to, without decrypting it. */
  savedFor(): Promise<LrsConnection | null>;
  /** Decrypts the secret kept for `connection`, if it is that one's. */
  read(connection: LrsConnection): Promise<ReadSecret>;
  /** Encrypts and keeps; throws when the disk or the encryption fails. */
  save(connection: LrsConnection, secret: string): Promise<void>;
  forget(): Promise<void>;
}

interface Stored extends LrsConnection {
  format: typeof FORMAT;
  /** The encrypted secret, base64. */
  secret: string;
}

function storedOf(text: string): Stored | null {
  try {
    const value = JSON.parse(text) as Partial<Stored> | null;
    const fields = [value?.endpoint, value?.key, value?.secret];
    return value?.format === FORMAT && fields.every((field) => typeof field === 'string' && field) ? (value as Stored) : null;
  } catch {
    return null;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSecretFile({ safeStorage, platform, folder }: SecretFileServices): SecretFile {
  const file = path.join(folder, SECRET_FILE_NAME);

  const load = async (): Promise<Stored | null> => {
    try {
      return storedOf(await readFile(file, 'utf8'));
    } catch {
      return null; // none yet, or unreadable: either way, nothing to use
    }
  };

  /** Written whole or not at all, readable by this user only. */
  const write = async (stored: Stored) => {
    const temporary = path.join(folder, `.${SECRET_FILE_NAME}.${randomUUID()}`);
    try {
      await writeFile(temporary, JSON.stringify(stored), { encoding: 'utf8', mode: 0o600 });
      await rename(temporary, file);
    } finally {
      await rm(temporary, { force: true });
    }
  };

  const encrypt = async (secret: string) => (await safeStorage.encryptStringAsync(secret)).toString('base64');

  return {
    keeping: async () => {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable';
      if (platform !== 'linux') return 'os';
      // "unknown" means asked before ready; taken as weak rather than promised as safe.
      const backend = safeStorage.getSelectedStorageBackend();
      return backend === 'basic_text' || backend === 'unknown' ? 'weak' : 'os';
    },

    savedFor: async () => {
      const stored = await load();
      return stored ? { endpoint: stored.endpoint, key: stored.key } : null;
    },

    read: async (connection) => {
      const stored = await load();
      if (!stored || stored.endpoint !== connection.endpoint || stored.key !== connection.key) return { kind: 'none' };
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(stored.secret, 'base64'));
        // The system rotated its key: kept again under the new one, for next time.
        if (shouldReEncrypt) await write({ ...stored, secret: await encrypt(result) }).catch(() => undefined);
        return { kind: 'found', connection, secret: result };
      } catch (error) {
        return { kind: 'unreadable', connection, detail: messageOf(error) };
      }
    },

    save: async (connection, secret) => {
      await write({ format: FORMAT, endpoint: connection.endpoint, key: connection.key, secret: await encrypt(secret) });
    },

    forget: () => rm(file, { force: true }),
  };
}
