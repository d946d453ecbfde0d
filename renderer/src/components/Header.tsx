import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { useSession } from '../stores/session';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Header() {
  const { t } = useTranslation();
  const { db } = useServices();
  const learnerId = useSession((s) => s.learnerId);
  const signOut = useSession((s) => s.signOut);
  const learner = useLiveQuery(() => (learnerId ? db.learners.get(learnerId) : undefined), [db, learnerId]);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <p className="brand">
        <span className="brand-name">{t('app.name')}</span> <span className="brand-tagline">{t('app.tagline')}</span>
      </p>
      {learner && (
        <div className="learner">
          <span>{t('profiles.signedInAs', { name: learner.displayName })}</span>
          <button type="button" onClick={signOut}>{t('profiles.switch')}</button>
        </div>
      )}
      <LanguageSwitcher />
    </header>
  );
}
