import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../core/content/schema';
import { isLanguage, type Language } from '../../core/i18n';
import { useServices } from './context';
import { setLanguage } from './db/settings';

/** The current UI language and a setter that also saves it and updates <html lang>. */
export function useLanguage(): [Language, (lang: Language) => Promise<void>] {
  const { i18n } = useTranslation();
  const { db } = useServices();
  const current = isLanguage(i18n.language) ? i18n.language : 'fr';
  const change = useCallback(
    async (lang: Language) => {
      await i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
      await setLanguage(db, lang);
    },
    [i18n, db],
  );
  return [current, change];
}

/** Picks the current language's text of a content string. */
export function useLocalized(): (text: Localized) => string {
  const [lang] = useLanguage();
  return useCallback((text: Localized) => text[lang], [lang]);
}

let marked = false;
/** Marks the moment the first screen can be used; the startup benchmark reads this mark. */
export function markInteractive(): void {
  if (marked) return;
  marked = true;
  performance.mark?.('carelit:interactive');
}
