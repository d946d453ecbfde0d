import { useEffect } from 'react';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/i18n';
import { markInteractive } from '../first-paint';
import type { Translate } from '../ui-strings';

/**
 * First start on this computer: the language, preselected from the system's. `language` is the
 * one shown: a choice shows the screen in it at once (`onPick`); "Continue" keeps it (`onChosen`).
 */
export function LanguageScreen({ t, language, onPick, onChosen }: { t: Translate; language: Language; onPick(lang: Language): void; onChosen(lang: Language): void }) {
  useEffect(markInteractive, []);
  return (
    <section aria-labelledby="language-title" className="panel narrow">
      <h1 id="language-title">{t('language.chooseTitle')}</h1>
      <p>{t('language.chooseHint')}</p>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('language.label')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} lang={lang} className="choice">
            <input type="radio" name="language" value={lang} checked={language === lang} onChange={() => onPick(lang)} />
            {LANGUAGE_NAMES[lang]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" onClick={() => onChosen(language)}>
        {t('language.continue')}
      </button>
    </section>
  );
}
