import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { localDate } from '../../core/file-names';
import type { Language } from '../../core/i18n';
import { App, loadCatalogueScreen } from './App';
import { ServicesProvider, type AppServices } from './context';
import { CareLitDatabase, eraseDatabase, openDatabase, type DatabaseProblem } from './db/database';
import { writeLanguageHint } from './db/language-hint';
import { getLanguage, setLanguage } from './db/settings';
import { afterFirstPaint } from './first-paint';
import { initI18n, showLanguage } from './i18n';
import { startLrsSync } from './lrs/autostart';
import type { Platform } from './platform';
import { rootFor } from './root';

export interface StartOptions {
  platform: Platform;
  db?: CareLitDatabase;
  /** The language remembered for start-up, else the system's. */
  language: Language;
  /** On a first start: the language she chooses on the language screen, when she continues. */
  chosen?: Promise<Language>;
}

/**
 * The learner's app with her data. On a return it renders at once and the database opens once
 * the first screen is painted (queries wait for it); on a first start it takes over from the
 * language screen when she continues, or at once if this computer already knows her language.
 * If the database cannot open, the error screen replaces the app.
 */
export async function startApp(container: HTMLElement, { platform, db = new CareLitDatabase(), language, chosen }: StartOptions): Promise<void> {
  const root = rootFor(container);
  const i18n = await initI18n(language);
  const services: AppServices = { db, platform };
  const renderApp = () =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={services}>
            <App />
          </ServicesProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  if (!chosen) renderApp();

  // Creating the database on a first start is main-thread work: do it once the first screen is
  // painted. A screen that reads data earlier opens it at once (Dexie opens on first query).
  await afterFirstPaint();
  // The screen most learners go to next, fetched and parsed now rather than when she gets there.
  void loadCatalogueScreen().catch(() => undefined);
  const opened = await openDatabase(db);
  if (!opened.ok) return renderDatabaseError(root, i18n, services, opened.problem, opened.detail);
  // Ask the browser not to evict learners' progress under storage pressure; refusal is harmless.
  void navigator.storage?.persist?.().catch(() => false);
  // The organisation's LRS, if one is configured: its outbox is sent from now on.
  void startLrsSync(db, platform).catch(() => undefined);
  const saved = await getLanguage(db);
  if (saved) {
    // Her language as this database keeps it (the start-up hint may have been cleared).
    await showLanguage(i18n, saved);
    writeLanguageHint(saved);
  } else if (chosen) {
    const lang = await chosen;
    await showLanguage(i18n, lang);
    await setLanguage(db, lang);
  }
  if (chosen) renderApp();
}

/**
 * The authors' preview: loaded on demand, so learners' first screen does not carry it, and it
 * never opens the database. Blocks still get the services they may ask for; with no learner
 * they read and write nothing.
 */
export async function startPreview(container: HTMLElement, { platform, db = new CareLitDatabase(), language }: StartOptions): Promise<void> {
  const [i18n, { PreviewApp }] = await Promise.all([initI18n(language), import('./preview/PreviewApp')]);
  const root = rootFor(container);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db, platform }}>
          <PreviewApp />
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

/**
 * The error screen, loaded only when it is needed, with the copy of the database made before the
 * last update when there is one (see db/upgrade-copy.ts), so it can be saved before anything else.
 */
async function renderDatabaseError(root: Root, i18n: I18n, services: AppServices, problem: DatabaseProblem, detail: string): Promise<void> {
  const [{ DatabaseErrorScreen }, { readUpgradeCopy }] = await Promise.all([import('./screens/DatabaseErrorScreen'), import('./db/upgrade-copy')]);
  const copy = await readUpgradeCopy(services.db.name).catch(() => null);
  const offer = copy && {
    madeOn: localDate(new Date(copy.info.madeAt)),
    save: () =>
      services.platform.saveTextFile({
        suggestedName: `carelit-copy-before-update-${localDate(new Date(copy.info.madeAt))}.json`,
        text: `${JSON.stringify({ format: 'carelit-database-copy', ...copy })}\n`,
        kind: 'backup',
      }),
  };
  const erase = async () => {
    await eraseDatabase();
    location.reload();
  };
  root.render(
    <I18nextProvider i18n={i18n}>
      <DatabaseErrorScreen problem={problem} detail={detail} onRetry={() => location.reload()} onErase={erase} copy={offer} />
    </I18nextProvider>,
  );
}
