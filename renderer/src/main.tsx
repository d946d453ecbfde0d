import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { localDate } from '../../core/file-names';
import { pickLanguage, type Language } from '../../core/i18n';
import { App, loadCatalogueScreen } from './App';
import { ServicesProvider, type AppServices } from './context';
import { CareLitDatabase, eraseDatabase, openDatabase, type DatabaseProblem } from './db/database';
import { readAppearanceHint } from './db/appearance-hint';
import { readLanguageHint, writeLanguageHint } from './db/language-hint';
import { getLanguage } from './db/settings';
import { afterFirstPaint } from './first-paint';
import { initI18n } from './i18n';
import { startLrsSync } from './lrs/autostart';
import { detectPlatform } from './platform';
import { isPreviewHash } from './preview/route';
import { applyAppearance } from './settings/appearance';
import './styles.css';

/**
 * The first screen renders at once, in the language remembered for start-up; the database
 * opens meanwhile (queries wait for it). If it cannot open, the error screen replaces the app.
 */
async function boot(root: Root): Promise<void> {
  // Her text size and colours from the first frame on, like her language.
  applyAppearance(readAppearanceHint());
  const hint = readLanguageHint();
  const i18n = await initI18n(hint ?? pickLanguage(navigator.languages ?? [navigator.language]));
  setDocumentLanguage(i18n.language as Language);
  const db = new CareLitDatabase();
  const services = { db, platform: detectPlatform() };
  const inPreview = isPreviewHash(location.hash);
  // The preview and the learner app are two pages on one address: crossing over starts afresh.
  window.addEventListener('hashchange', () => {
    if (isPreviewHash(location.hash) !== inPreview) location.reload();
  });
  if (inPreview) return renderPreview(root, i18n, services);
  const renderApp = (languageChosen: boolean) =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={services}>
            <App languageChosen={languageChosen} />
          </ServicesProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  renderApp(hint !== undefined);

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
  void startLrsSync(db, services.platform).catch(() => undefined);
  const saved = await getLanguage(db);
  if (saved && saved !== i18n.language) {
    await i18n.changeLanguage(saved);
    setDocumentLanguage(saved);
  }
  if (saved) writeLanguageHint(saved);
  if (saved && hint === undefined) renderApp(true);
}

/**
 * The authors' preview: loaded on demand, so learners' first screen does not carry it, and it
 * never opens the database. Blocks still get the services they may ask for; with no learner
 * they read and write nothing.
 */
async function renderPreview(root: Root, i18n: I18n, services: AppServices): Promise<void> {
  const { PreviewApp } = await import('./preview/PreviewApp');
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={services}>
          <PreviewApp />
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

function setDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
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

void boot(createRoot(document.getElementById('root')!));
