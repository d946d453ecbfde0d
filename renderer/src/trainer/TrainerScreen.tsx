import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { useLanguage } from '../hooks';
import { getPassphraseRecord } from '../db/trainer';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { CohortList } from './CohortList';
import { CohortFailed, CohortView } from './CohortView';
import { LearnerView } from './LearnerView';
import { BackToProfiles, SetPassphrase, Unlock } from './Passphrase';
import { TrainingRecord } from './TrainingRecord';
import { formatWait } from './format';
import { addTrainerStrings } from './strings';
import { useTrainer } from './store';
import './trainer.css';

/** Without a key press, a click or a scroll for this long, the area locks itself. */
export const IDLE_LOCK_MS = 15 * 60_000;

// The organisation's LRS settings load when first opened.
const LrsScreen = lazy(() => import('../lrs/LrsScreen').then((m) => ({ default: m.LrsScreen })));

/**
 * The trainer area: the passphrase set-up on a first visit, the unlock form afterwards, and
 * once unlocked, her cohorts. `iterations` and `idleMs` only ever change in tests (deriving at
 * full strength takes half a second each time; nobody waits a quarter of an hour in a test).
 */
export function TrainerScreen({ iterations, idleMs = IDLE_LOCK_MS }: { iterations?: number; idleMs?: number }) {
  const { i18n } = useTranslation();
  // Before any child asks for a trainer string (a state initialiser runs once, during this render).
  useState(() => addTrainerStrings(i18n));
  return <TrainerDoor idleMs={idleMs} {...(iterations ? { iterations } : {})} />;
}

function TrainerDoor({ iterations, idleMs }: { iterations?: number; idleMs: number }) {
  const { t } = useTranslation('trainer');
  const { db } = useServices();
  const saved = useLiveQuery(async () => ({ record: await getPassphraseRecord(db) }), [db]);
  const unlocked = useTrainer((s) => s.keys !== null);
  if (!saved) return <p role="status">{t('loading')}</p>;
  if (unlocked) return <TrainerArea idleMs={idleMs} />;
  if (!saved.record) return <SetPassphrase {...(iterations ? { iterations } : {})} />;
  return <Unlock idleMs={idleMs} />;
}

/**
 * Locks the area after `idleMs` without the trainer touching it. Activity only notes the time;
 * one timer checks it, so moving the mouse costs nothing.
 */
function useIdleLock(idleMs: number): void {
  const lock = useTrainer((s) => s.lock);
  useEffect(() => {
    let last = Date.now();
    const note = () => {
      last = Date.now();
    };
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) document.addEventListener(event, note, { capture: true, passive: true });
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const left = last + idleMs - Date.now();
      if (left <= 0) lock('idle');
      else timer = setTimeout(check, left);
    };
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const event of events) document.removeEventListener(event, note, { capture: true });
    };
  }, [idleMs, lock]);
}

function TrainerArea({ idleMs }: { idleMs: number }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const view = useTrainer((s) => s.view);
  const lock = useTrainer((s) => s.lock);
  useIdleLock(idleMs);
  const show = useTrainer((s) => s.show);
  return (
    <div className="trainer">
      <nav className="trainer-bar" aria-label={t('area.nav')}>
        <p className="trainer-bar-title">{t('area.name')}</p>
        <p className="hint trainer-bar-hint">{t('area.idle', { time: formatWait(idleMs, lang) })}</p>
        <button type="button" aria-current={view.name === 'lrs' ? 'page' : undefined} onClick={() => show({ name: 'lrs' })}>
          {t('lrs:settings.navEntry')}
        </button>
        <button type="button" onClick={() => lock()}>
          {t('area.lock')}
        </button>
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
