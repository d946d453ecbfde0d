import { StrictMode, useEffect, useMemo, useState } from 'react';
import type { Language } from '../../core/i18n';
import { Footer } from './components/Footer';
import { HeaderFrame } from './components/HeaderFrame';
import { firstScreenCommitted } from './first-paint';
import type { Platform } from './platform';
import { rootFor } from './root';
import { LanguageScreen } from './screens/LanguageScreen';
import { commonText } from './ui-strings';

/**
 * A first start on this computer: the language, before anything else. It needs neither her data
 * nor i18next, so it comes without them (its strings are read by ui-strings.ts); they load once
 * this screen is painted (boot.ts), and the app takes over when she continues.
 */
export function FirstStart({ platform, language, onChosen }: { platform: Platform; language: Language; onChosen(lang: Language): void }) {
  const [shown, setShown] = useState(language);
  const t = useMemo(() => commonText(shown), [shown]);
  // After the screen's own effects (a parent's run after its children's): what waits for the first paint may go.
  useEffect(firstScreenCommitted, []);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  const pick = (lang: Language) => {
    setShown(lang);
    platform.setMenuLanguage(lang);
  };
  return (
    <>
      <HeaderFrame t={t} />
      <main id="main" tabIndex={-1}>
        <LanguageScreen t={t} language={shown} onPick={pick} onChosen={onChosen} />
      </main>
      <Footer platform={platform} t={t} />
    </>
  );
}

/** Shows the first start's screen in `container`; `chosen` resolves with her language when she continues. */
export function showFirstStart(container: HTMLElement, { platform, language }: { platform: Platform; language: Language }): Promise<Language> {
  let choose!: (lang: Language) => void;
  const chosen = new Promise<Language>((resolve) => (choose = resolve));
  rootFor(container).render(
    <StrictMode>
      <FirstStart platform={platform} language={language} onChosen={choose} />
    </StrictMode>,
  );
  return chosen;
}
