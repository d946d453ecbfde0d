import { isLanguage, type Language } from '../../../core/i18n';
import type { LrsConnection } from '../../../core/lrs/ipc';
import type { CareLitDatabase } from './database';
import { writeLanguageHint } from './language-hint';

export async function getLanguage(db: CareLitDatabase): Promise<Language | undefined> {
  const row = await db.settings.get('language');
  return isLanguage(row?.value) ? row.value : undefined;
}

export async function setLanguage(db: CareLitDatabase, language: Language): Promise<void> {
  writeLanguageHint(language);
  await db.settings.put({ key: 'language', value: language });
}

/** The organisation's LRS as the settings screen saved it, or null: then nothing is ever sent. */
export async function getLrsConnection(db: CareLitDatabase): Promise<LrsConnection | null> {
  const row = await db.settings.get('lrs-connection');
  return row?.key === 'lrs-connection' ? row.value : null;
}

export async function saveLrsConnection(db: CareLitDatabase, connection: LrsConnection): Promise<void> {
  await db.settings.put({ key: 'lrs-connection', value: { endpoint: connection.endpoint, key: connection.key } });
}

export async function removeLrsConnection(db: CareLitDatabase): Promise<void> {
  await db.settings.delete('lrs-connection');
}
