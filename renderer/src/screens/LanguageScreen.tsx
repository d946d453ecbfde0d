import { useEffect, useState } from 'react';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/i18n';
import { markInteractive } from '../first-paint';
import type { Translate } from '../ui-strings';

/**
 * First start on this computer: the language, preselected from the system's (`language`). A
 * choice shows the screen in that language at once (`onPick`); "Continue" keeps it (`onChosen`).
 */
export function LanguageScreen({ t, language, onPick, onChosen }: { t: Translate; language: Language; onPick(lang: Language): void; onChosen(lang: Language): void }) {
  const [choice, setChoice] = useState(language);
  useEffect(markInteractive, []);

  const pick = (lang: Language) => {
    setChoice(lang);
    onPick(lang);
  };

  return (
    <section aria-labelledby="language-title" className="panel narrow">
      <h1 id="language-title">{t('language.chooseTitle')}</h1>
      <p>{t('language.chooseHint')}</p>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('language.label')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} lang={lang} className="choice">
            <input type="radio" name="language" value={lang} checked={choice === lang} onChange={() => pick(lang)} />
            {LANGUAGE_NAMES[lang]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" onClick={() => onChosen(choice)}>
        {t('language.continue')}
      </button>
    </section>
  );
}
