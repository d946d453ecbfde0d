import type { i18n as I18n } from 'i18next';
import enProfile from '../../../locales/en/profile.json';
import frProfile from '../../../locales/fr/profile.json';
import nlProfile from '../../../locales/nl/profile.json';
import { addResources } from '../i18n';

/** A profile's own screens' strings (`profile`: PIN, management, backup, restore), loaded with them. */
export const PROFILE_RESOURCES = {
  fr: { profile: frProfile },
  nl: { profile: nlProfile },
  en: { profile: enProfile },
} as const;

export const addProfileStrings = (i18n: I18n) => addResources(i18n, PROFILE_RESOURCES);
