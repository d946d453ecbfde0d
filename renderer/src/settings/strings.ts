import type { i18n as I18n } from 'i18next';
import enSettings from '../../../locales/en/settings.json';
import frSettings from '../../../locales/fr/settings.json';
import nlSettings from '../../../locales/nl/settings.json';
import { addResources } from '../i18n';

/** The settings screen's strings (`settings`), loaded with it. */
export const SETTINGS_RESOURCES = {
  fr: { settings: frSettings },
  nl: { settings: nlSettings },
  en: { settings: enSettings },
} as const;

export const addSettingsStrings = (i18n: I18n) => addResources(i18n, SETTINGS_RESOURCES);
