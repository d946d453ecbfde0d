import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { INTL_LOCALES, LANGUAGES, type Language } from '../../core/i18n';
import enCards from '../../locales/en/cards.json';
import enExport from '../../locales/en/export.json';
import frCards from '../../locales/fr/cards.json';
import frExport from '../../locales/fr/export.json';
import nlCards from '../../locales/nl/cards.json';
import nlExport from '../../locales/nl/export.json';
import { COMMON_STRINGS } from './ui-strings';

/**
 * UI strings are bundled: the app works offline, and the three languages are small. One file
 * per namespace and language: `common` for the app's frame (ui-strings.ts: a first start's
 * screen shows some before i18next loads), `cards` for the learner's review cards, `export` for
 * a learner's progress export. Strings that load with the code that needs them: the block
 * types' (each type's own namespace, and `blocks` for what they share), with the player
 * (renderer/src/blocks/registry.tsx); the authors' preview's (`preview`), with it
 * (renderer/src/preview/strings.ts); the trainer area's (`trainer`, `cohort`), with its code
 * (renderer/src/trainer/strings.ts).
 */
export const UI_RESOURCES = {
  fr: { common: COMMON_STRINGS.fr, cards: frCards, export: frExport },
  nl: { common: COMMON_STRINGS.nl, cards: nlCards, export: nlExport },
  en: { common: COMMON_STRINGS.en, cards: enCards, export: enExport },
} as const;
export const NAMESPACES = Object.keys(UI_RESOURCES.en) as (keyof typeof UI_RESOURCES.en)[];

export async function initI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: UI_RESOURCES,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: NAMESPACES,
    interpolation: { escapeValue: false }, // React escapes; strings are never injected as HTML
    returnNull: false,
    // Resources are bundled: nothing to wait for, so the first screen need not wait a tick either.
    initAsync: false,
  });
  return instance;
}

/** Shows the interface in `language`, and tells the page's readers (<html lang>) which it is. */
export async function showLanguage(i18n: I18n, language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** Adds strings that load with the code that needs them (`resources[lang][namespace]`), each bundle once. */
export function addResources(i18n: I18n, resources: Record<Language, Record<string, object>>): void {
  for (const lang of LANGUAGES) {
    for (const [ns, bundle] of Object.entries(resources[lang])) {
      if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundle);
    }
  }
}

/**
 * One formatter per language and set of options: building an Intl formatter costs a tenth of
 * a millisecond or more, and a dashboard formats a thousand numbers.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, options)));
  return format;
}
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** Percentages in the reader's own typography (French puts a space before %). */
export function formatPercent(ratio: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A time spent, to the minute, in the reader's typography: "12 min", "3 h 49 min" (fr), "3 uur 49 min" (nl). */
export function formatMinutes(ms: number, lang: Language): string {
  const total = Math.round(ms / 60000);
  const unit = (unit: 'hour' | 'minute', n: number) => numberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(n);
  if (total < 60) return unit('minute', total);
  const minutes = total % 60;
  return minutes ? `${unit('hour', Math.floor(total / 60))} ${unit('minute', minutes)}` : unit('hour', total / 60);
}

/** A calendar date as people write it where the app is used: "6 December 2026", never "December 6, 2026". */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  let format = dateFormats.get(language);
  if (!format) dateFormats.set(language, (format = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(Date.UTC(y!, m! - 1, d!));
}

const dayFormats = new Map<Language, Intl.DateTimeFormat>();
/** The calendar day of a moment (ISO 8601) on this computer's clock, written out: a learner's "today", not UTC's. */
export function formatLocalDay(iso: string, language: Language): string {
  let format = dayFormats.get(language);
  if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long' })));
  return format.format(new Date(iso));
}
