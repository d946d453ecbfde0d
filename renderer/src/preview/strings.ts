import type { i18n as I18n } from 'i18next';
import { LANGUAGES } from '../../../core/i18n';
import enPreview from '../../../locales/en/preview.json';
import frPreview from '../../../locales/fr/preview.json';
import nlPreview from '../../../locales/nl/preview.json';

/** The authors' preview's strings (`preview`): they load with the preview, never with a learner's first screen. */
export const PREVIEW_RESOURCES = {
  fr: { preview: frPreview },
  nl: { preview: nlPreview },
  en: { preview: enPreview },
} as const;

/** Adds the preview's strings to the app's i18next instance, once. */
export function addPreviewStrings(i18n: I18n): void {
  for (const lang of LANGUAGES) {
    if (!i18n.hasResourceBundle(lang, 'preview')) i18n.addResourceBundle(lang, 'preview', PREVIEW_RESOURCES[lang].preview);
  }
}
