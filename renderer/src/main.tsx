import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { pickLanguage } from '../../core/i18n';
import { App } from './App';
import { ServicesProvider } from './context';
import { eraseDatabase, openDatabase } from './db/database';
import { getLanguage } from './db/settings';
import { initI18n } from './i18n';
import { detectPlatform } from './platform';
import { DatabaseErrorScreen } from './screens/DatabaseErrorScreen';
import './styles.css';

async function boot(root: Root): Promise<void> {
  const systemLanguage = pickLanguage(navigator.languages ?? [navigator.language]);
  const opened = await openDatabase();
  if (!opened.ok) {
    const i18n = await initI18n(systemLanguage);
    document.documentElement.lang = systemLanguage;
    const erase = async () => {
      await eraseDatabase();
      location.reload();
    };
    root.render(
      <I18nextProvider i18n={i18n}>
        <DatabaseErrorScreen problem={opened.problem} detail={opened.detail} onRetry={() => location.reload()} onErase={erase} />
      </I18nextProvider>,
    );
    return;
  }
  // Ask the browser not to evict learners' progress under storage pressure; refusal is harmless.
  void navigator.storage?.persist?.().catch(() => false);
  const saved = await getLanguage(opened.db);
  const language = saved ?? systemLanguage;
  const i18n = await initI18n(language);
  document.documentElement.lang = language;
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db: opened.db, platform: detectPlatform() }}>
          <App languageChosen={saved !== undefined} />
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot(createRoot(document.getElementById('root')!));
