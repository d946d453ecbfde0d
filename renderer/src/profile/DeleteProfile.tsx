import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { deleteLearner, type LearnerData } from '../db/profiles';
import type { LearnerRow } from '../db/rows';
import { forgetLearnerInCopy } from '../db/upgrade-copy';
import { useSession } from '../stores/session';

/** What a deletion takes, in the order the confirmation lists it. */
const WHAT_GOES = ['attempts', 'progress', 'outbox', 'blockStates', 'cards', 'settings'] as const satisfies readonly (keyof LearnerData)[];

/**
 * "Delete my profile" (erase my data): a button, then a confirmation that names her and lists
 * what goes, with how much of each where it may be shown (not on a locked profile's screen), and
 * how many of her records will then never reach the organisation's LRS.
 * Confirmed, everything of hers goes in one transaction, then her rows in the database's
 * pre-upgrade copy, and the profile choice says it is done.
 */
export function DeleteProfile({
  learner,
  counts,
  own,
  unsent = null,
}: {
  learner: Pick<LearnerRow, 'id' | 'displayName'>;
  counts?: LearnerData;
  own: boolean;
  /** Her records an LRS is configured for and has not confirmed; null when no LRS is configured. */
  unsent?: number | null;
}) {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) title.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    setFailed(false);
    opener.current?.focus();
  };
  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await deleteLearner(db, learner.id);
    } catch {
      setBusy(false);
      setFailed(true);
      return;
    }
    // Her profile is gone; her rows in the pre-upgrade copy follow (a failure there is logged, not hers to fix).
    await forgetLearnerInCopy(db.name, learner.id).catch((error: unknown) => console.warn('CareLit could not clear the pre-upgrade copy', error));
    useSession.setState({ learnerId: null, view: { name: 'profiles' }, notice: { kind: 'deleted', name: learner.displayName } });
  };

  return (
    <>
      <button type="button" ref={opener} className="danger" aria-expanded={confirming} onClick={() => setConfirming(true)}>
        {t(own ? 'delete.open' : 'delete.openOther')}
      </button>
      {confirming && (
        <div className="confirm" role="group" aria-labelledby={titleId}>
          <h3 id={titleId} tabIndex={-1} ref={title}>
            {t('delete.confirmTitle', { name: learner.displayName })}
          </h3>
          <p>{t('delete.whatGoes')}</p>
          <ul>
            {WHAT_GOES.map((what) => (
              <li key={what}>{counts ? t('delete.counted', { what: t(`delete.${what}`), count: counts[what] }) : t(`delete.${what}`)}</li>
            ))}
          </ul>
          {unsent !== null && unsent > 0 && <p className="lrs-warning">{t('delete.unsent', { count: unsent })}</p>}
          <div className="actions">
            <button type="button" className="danger" aria-disabled={busy} onClick={() => !busy && void confirm()}>
              {busy ? t('delete.deleting') : t('delete.confirm', { name: learner.displayName })}
            </button>
            <button type="button" onClick={cancel}>
              {t('delete.keep')}
            </button>
          </div>
          {failed && (
            <p role="alert" className="error">
              {t('delete.failed')}
            </p>
          )}
        </div>
      )}
    </>
  );
}
