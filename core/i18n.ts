/** The languages every learner-visible string must exist in. Order is the order shown to users. */
export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: 'Français',
  nl: 'Nederlands',
  en: 'English',
};

/**
 * The locale whose conventions dates follow in each language: Belgian French and Dutch, and
 * British English (day before month, as the app's readers write it; not US dates).
 */
export const INTL_LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first supported language from a list of BCP 47 tags (e.g. navigator.languages). */
export function pickLanguage(tags: readonly string[], fallback: Language = 'fr'): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return fallback;
}
