import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { useSession } from '../stores/session';
import { LanguageSwitcher } from './LanguageSwitcher';

/**
 * One row, whatever the text size: the brand, then her profile, the settings and the languages.
 * Where the row is narrow (large text, zoom, a small window) these fold behind one "Menu" button
 * (styles.css decides, by the header's own width); they stay in the page, so nothing is lost.
 */
export function Header() {
  const { t } = useTranslation();
  const { db } = useServices();
  const learnerId = useSession((s) => s.learnerId);
  const signOut = useSession((s) => s.signOut);
  const openProfile = useSession((s) => s.openProfile);
  const openSettings = useSession((s) => s.openSettings);
  const learner = useLiveQuery(() => (learnerId ? db.learners.get(learnerId) : undefined), [db, learnerId]);
  const [open, setOpen] = useState(false);
  const toolsId = useId();
  // A choice made from the folded menu closes it.
  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      document.getElementById(`${toolsId}-toggle`)?.focus();
    }
  };
  return (
    <header className="app-header" onKeyDown={onKeyDown}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header-row">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span> <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        <button type="button" id={`${toolsId}-toggle`} className="header-menu-toggle" aria-expanded={open} aria-controls={toolsId} onClick={() => setOpen(!open)}>
          {t('header.menu')}
        </button>
        <div id={toolsId} className="header-tools" data-open={open || undefined}>
          {learner && (
            <>
              <button type="button" className="header-learner" onClick={choose(openProfile)}>
                <span className="visually-hidden">{t('header.profileOf')} </span>
                {learner.displayName}
              </button>
              <button type="button" onClick={choose(signOut)}>
                {t('profiles.switch')}
              </button>
            </>
          )}
          <button type="button" onClick={choose(openSettings)}>
            {t('header.settings')}
          </button>
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
