import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { getPassphraseRecord } from '../db/trainer';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { CohortList } from './CohortList';
import { CohortFailed, CohortView } from './CohortView';
import { LearnerView } from './LearnerView';
import { BackToProfiles, SetPassphrase, Unlock } from './Passphrase';
import { TrainingRecord } from './TrainingRecord';
import { addTrainerStrings } from './strings';
import { useTrainer } from './store';

// The organisation's LRS settings load when first opened.
const LrsScreen = lazy(() => import('../lrs/LrsScreen').then((m) => ({ default: m.LrsScreen })));

/**
 * The trainer area: the passphrase set-up on a first visit, the unlock form afterwards, and
 * once unlocked, her cohorts. `iterations` only ever changes in tests (deriving at full
 * strength takes half a second each time).
 */
export function TrainerScreen({ iterations }: { iterations?: number }) {
  const { i18n } = useTranslation();
  // Before any child asks for a trainer string (a state initialiser runs once, during this render).
  useState(() => addTrainerStrings(i18n));
  return <TrainerDoor {...(iterations ? { iterations } : {})} />;
}

function TrainerDoor({ iterations }: { iterations?: number }) {
  const { t } = useTranslation('trainer');
  const { db } = useServices();
  const saved = useLiveQuery(async () => ({ record: await getPassphraseRecord(db) }), [db]);
  const unlocked = useTrainer((s) => s.unlocked);
  if (!saved) return <p role="status">{t('loading')}</p>;
  if (!saved.record) return <SetPassphrase {...(iterations ? { iterations } : {})} />;
  if (!unlocked) return <Unlock />;
  return <TrainerArea />;
}

function TrainerArea() {
  const { t } = useTranslation('trainer');
  const view = useTrainer((s) => s.view);
  const lock = useTrainer((s) => s.lock);
  const show = useTrainer((s) => s.show);
  return (
    <div className="trainer">
      <nav className="trainer-bar" aria-label={t('area.nav')}>
        <p className="trainer-bar-title">{t('area.name')}</p>
        <button type="button" aria-current={view.name === 'lrs' ? 'page' : undefined} onClick={() => show({ name: 'lrs' })}>{t('lrs:settings.navEntry')}</button>
        <button type="button" onClick={lock}>{t('area.lock')}</button>
        <BackToProfiles label="area.close" />
      </nav>
      {/* A cohort whose data cannot be shown must never lock her out of the others. */}
      <ScreenBoundary resetKey={JSON.stringify(view)} fallback={() => <CohortFailed cohortId={'cohortId' in view ? view.cohortId : null} />}>
        {view.name === 'cohorts' && <CohortList />}
        {view.name === 'cohort' && <CohortView cohortId={view.cohortId} />}
        {view.name === 'learner' && <LearnerView cohortId={view.cohortId} account={view.account} />}
        {view.name === 'record' && <TrainingRecord cohortId={view.cohortId} />}
        {view.name === 'lrs' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <LrsScreen onBack={() => show({ name: 'cohorts' })} />
          </Suspense>
        )}
      </ScreenBoundary>
    </div>
  );
}
