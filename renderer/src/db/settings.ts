import { isLanguage, type Language } from '../../../core/i18n';
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
