import type { i18n as I18n } from 'i18next';
import enPreview from '../../../locales/en/preview.json';
import frPreview from '../../../locales/fr/preview.json';
import nlPreview from '../../../locales/nl/preview.json';
import { addResources } from '../i18n';

/** The authors' preview's strings (`preview`): they load with the preview, never with a learner's first screen. */
export const PREVIEW_RESOURCES = {
  fr: { preview: frPreview },
  nl: { preview: nlPreview },
  en: { preview: enPreview },
} as const;

export const addPreviewStrings = (i18n: I18n) => addResources(i18n, PREVIEW_RESOURCES);
