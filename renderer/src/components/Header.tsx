import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { useSession } from '../stores/session';
import { HeaderFrame } from './HeaderFrame';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The app's header: the brand, then her profile, the settings and the languages. */
export function Header() {
  const { t } = useTranslation();
  const { db } = useServices();
  const learnerId = useSession((s) => s.learnerId);
  const signOut = useSession((s) => s.signOut);
  const openProfile = useSession((s) => s.openProfile);
  const openSettings = useSession((s) => s.openSettings);
  const learner = useLiveQuery(() => (learnerId ? db.learners.get(learnerId) : undefined), [db, learnerId]);
  return (
    <HeaderFrame
      t={t}
      tools={(close) => {
        // A choice made from the folded menu closes it.
        const choose = (action: () => void) => () => {
          close();
          action();
        };
        return (
          <>
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
          </>
        );
      }}
    />
  );
}
