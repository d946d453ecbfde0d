import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/i18n';
import { markInteractive, useLanguage } from '../hooks';

/** First start on this computer: the language, preselected from the system's. */
export function LanguageScreen({ onChosen }: { onChosen(): void }) {
  const { t } = useTranslation();
  const [current, change] = useLanguage();
  const [choice, setChoice] = useState<Language>(current);
  useEffect(markInteractive, []);

  const pick = (lang: Language) => {
    setChoice(lang);
    void change(lang);
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
      <button
        type="button"
        className="primary"
        onClick={async () => {
          await change(choice);
          onChosen();
        }}
      >
        {t('language.continue')}
      </button>
    </section>
  );
}
