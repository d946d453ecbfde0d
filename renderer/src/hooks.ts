import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../core/content/schema';
import { isLanguage, type Language } from '../../core/i18n';
import { useServices } from './context';
import { setLanguage } from './db/settings';
import { afterFirstPaint } from './first-paint';
import { showLanguage } from './i18n';

/** The current UI language and a setter that also saves it and updates <html lang>. */
export function useLanguage(): [Language, (lang: Language) => Promise<void>] {
  const { i18n } = useTranslation();
  const { db } = useServices();
  const current = isLanguage(i18n.language) ? i18n.language : 'fr';
  const change = useCallback(
    async (lang: Language) => {
      await showLanguage(i18n, lang);
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

/** False until the first screen has been painted, then true. */
export function usePainted(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}
