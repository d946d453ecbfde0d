import { useId, useMemo, type CSSProperties, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/i18n';

/** Which languages the preview shows side by side; always in the app's language order. */
export function LanguagePicker({ selected, onChange }: { selected: readonly Language[]; onChange(languages: Language[]): void }) {
  const { t } = useTranslation('preview');
  const toggle = (lang: Language, on: boolean) => onChange(LANGUAGES.filter((l) => (l === lang ? on : selected.includes(l))));
  return (
    <fieldset className="preview-languages">
      <legend>{t('languages.legend')}</legend>
      <div className="preview-language-options">
        {LANGUAGES.map((lang) => (
          <label key={lang} className="choice">
            <input type="checkbox" checked={selected.includes(lang)} onChange={(e) => toggle(lang, e.target.checked)} />
            <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The same content once per language, side by side and aligned: the columns share one grid, each
 * column a subgrid of `rows` rows, one per piece of its content (a title, a lesson's heading, a
 * block), so the same block starts at the same height in every language and an author compares
 * them line by line. Each column has its own i18next instance (a clone sharing the loaded
 * strings), so the blocks' UI strings and useLocalized both follow the column.
 */
export function LanguageColumns({
  languages,
  rows,
  children,
}: {
  languages: readonly Language[];
  /** How many rows `children` take (one per piece; the module list, one per module): the column's own label is added here. */
  rows: number;
  children: ReactNode;
}) {
  const { t } = useTranslation('preview');
  if (languages.length === 0) return <p className="preview-problem">{t('languages.none')}</p>;
  return (
    <div className="preview-columns" style={{ '--columns': languages.length, '--rows': rows + 1 } as CSSProperties}>
      {languages.map((lang) => (
        <LanguageColumn key={lang} language={lang}>
          {children}
        </LanguageColumn>
      ))}
    </div>
  );
}

function LanguageColumn({ language, children }: { language: Language; children: ReactNode }) {
  const { i18n } = useTranslation();
  const columnI18n = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);
  const labelId = useId();
  return (
    <I18nextProvider i18n={columnI18n}>
      <section className="preview-column" lang={language} aria-labelledby={labelId}>
        <p id={labelId} className="preview-column-label">
          {LANGUAGE_NAMES[language]}
        </p>
        {children}
      </section>
    </I18nextProvider>
  );
}
