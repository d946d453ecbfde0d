import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../core/i18n';
import en from '../../locales/en/common.json';
import fr from '../../locales/fr/common.json';
import nl from '../../locales/nl/common.json';

/** UI strings are bundled: the app works offline, and the three languages are small. */
export const UI_RESOURCES = { fr: { common: fr }, nl: { common: nl }, en: { common: en } } as const;

export async function initI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: UI_RESOURCES,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false }, // React escapes; strings are never injected as HTML
    returnNull: false,
  });
  return instance;
}

/** Percentages in the reader's own typography (French puts a space before %). */
export function formatPercent(ratio: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}
