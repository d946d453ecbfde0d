import { pickLanguage, type Language } from '../../core/i18n';
import type { CareLitDatabase } from './db/database';
import { readAppearanceHint } from './db/appearance-hint';
import { readLanguageHint } from './db/language-hint';
import { afterFirstPaint } from './first-paint';
import { showFirstStart } from './FirstStart';
import { detectPlatform, type Platform } from './platform';
import { isPreviewHash } from './preview/route';
import { applyAppearance } from './settings/appearance';

/** The app with its data and i18next (start.tsx), on demand: a first start does without it until she continues. */
const loadStart = () => import('./start');

export interface BootOptions {
  platform?: Platform;
  /** Her database; the app's own by default (tests give theirs). */
  db?: CareLitDatabase;
}

/**
 * Decides what comes first, so that each start loads what its first screen needs. On a first
 * start that is the language screen alone (FirstStart.tsx, with React, in the page's entry):
 * choosing a language needs neither the database layer nor i18next, so they load once it is
 * painted, while she reads, and the app takes over when she continues. On a return (this
 * computer knows her language) it is the app (start.tsx), in the language remembered for
 * start-up, whose chunks the page asked for as it was read (assets/return-preload.js); its
 * database opens meanwhile.
 */
export async function boot(container: HTMLElement, { platform = detectPlatform(), db }: BootOptions = {}): Promise<void> {
  // Her text size and colours from the first frame on, like her language.
  applyAppearance(readAppearanceHint());
  const hint = readLanguageHint();
  const language: Language = hint ?? pickLanguage(navigator.languages ?? [navigator.language]);
  document.documentElement.lang = language;
  const inPreview = isPreviewHash(location.hash);
  // The preview and the learner app are two pages on one address: crossing over starts afresh.
  window.addEventListener('hashchange', () => {
    if (isPreviewHash(location.hash) !== inPreview) location.reload();
  });
  if (inPreview) return (await loadStart()).startPreview(container, { platform, db, language });
  if (hint !== undefined) return (await loadStart()).startApp(container, { platform, db, language });

  const chosen = showFirstStart(container, { platform, language });
  await afterFirstPaint();
  return (await loadStart()).startApp(container, { platform, db, language, chosen });
}
