import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../core/i18n';
import { useLanguage } from '../hooks';

/** Always reachable: changing language never changes the learner's place. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [current, change] = useLanguage();
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((lang) => (
          <li key={lang}>
            <button type="button" lang={lang} aria-pressed={lang === current} onClick={() => void change(lang)}>
              {LANGUAGE_NAMES[lang]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
