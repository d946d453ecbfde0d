import type { Language } from '../../core/i18n';
import en from '../../locales/en/common.json';
import fr from '../../locales/fr/common.json';
import nl from '../../locales/nl/common.json';

/** The app's frame's strings (the `common` namespace), in each language. */
export const COMMON_STRINGS = { fr, nl, en } as const;

/** A translation function as the frame's components take it: a key of `common`, and the values it names. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The `common` strings of one language without i18next, for a first start's language screen,
 * which comes before i18next is loaded (FirstStart.tsx). It reads the same bundles with the same
 * rules for what that screen shows: a dotted key, `{{name}}` filled in as text (React escapes
 * it), the key itself when it is missing. Everywhere else, i18next translates.
 */
export function commonText(language: Language): Translate {
  const strings: unknown = COMMON_STRINGS[language];
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), strings);
    return typeof text === 'string' ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole) : key;
  };
}
