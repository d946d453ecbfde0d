import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countingAttempt, standingOf, type Standing } from '../../../core/attempts';
import type { ModuleMeta } from '../../../core/content/schema';
import { completionRatio } from '../../../core/progress';
import { ProgressBar } from '../components/ProgressBar';
import { CATALOGUE, loadModule } from '../content/catalogue';
import { ExportProgress } from '../export/ExportProgress';
import { useServices } from '../context';
import { dueCards, endOfToday, hasCards } from '../db/due-cards';
import type { CareLitDatabase } from '../db/database';
import type { CardRow, LearnerRow, ProgressRow } from '../db/rows';
import { markInteractive, useLanguage, useLocalized } from '../hooks';
import { formatPercent } from '../i18n';
import { useSession } from '../stores/session';
import '../cards/cards.css';

export function CatalogueScreen({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  // Cards are read with the progress, so their panel never pushes the modules down as it appears.
  const saved = useLiveQuery(
    async () => {
      const [learner, progress, dueCardCount] = await Promise.all([
        db.learners.get(learnerId),
        db.progress.where('learnerId').equals(learnerId).toArray(),
        reviewableDueCount(db, learnerId),
      ]);
      return { learner, progress, dueCardCount };
    },
    [db, learnerId],
  );
  useEffect(() => {
    if (saved) markInteractive();
  }, [saved]);
  if (!saved?.learner) return null;
  const learner = saved.learner;
  const byModule = new Map(saved.progress.map((p) => [p.moduleId, p]));
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
      {saved.dueCardCount !== null && <DueCardsPanel count={saved.dueCardCount} />}
      {CATALOGUE.length === 0 ? (
        <p>{t('catalogue.empty')}</p>
      ) : (
        <ul className="module-list">
          {CATALOGUE.map((meta) => (
            <li key={meta.id}>
              <ModuleCard meta={meta} progress={byModule.get(meta.id)} learner={learner} />
            </li>
          ))}
        </ul>
      )}
      <ExportProgress learnerId={learnerId} />
    </section>
  );
}

/**
 * A module and where she stands in it, in words (core/attempts.ts): not started, in progress,
 * not yet passed (with her score and the passing score, and a retake), or passed (with her
 * certificate).
 */
function ModuleCard({ meta, progress, learner }: { meta: ModuleMeta; progress: ProgressRow | undefined; learner: LearnerRow }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const localized = useLocalized();
  const openModule = useSession((s) => s.openModule);
  const openCertificate = useSession((s) => s.openCertificate);
  const retake = useRetake(meta.id, learner);
  const title = localized(meta.title);
  const attempts = progress?.attempts ?? [];
  const open = progress?.status === 'in-progress';
  const state: Standing = standingOf(attempts, open);
  const counted = countingAttempt(attempts);
  const ratio = progress && !open ? 1 : completionRatio(meta.blockIds, progress?.doneBlockIds ?? []);
  const percent = formatPercent(ratio, lang);
  const score = formatPercent(counted?.score ?? 0, lang);
  const threshold = formatPercent(meta.passingScore, lang);
  const status = {
    'not-started': t('catalogue.notStarted'),
    'in-progress': attempts.length ? t('catalogue.retaking', { n: attempts.length + 1, percent }) : t('catalogue.inProgress', { percent }),
    'not-yet-passed': t('catalogue.notYetPassed', { score, threshold }),
    passed: t('catalogue.passed', { score }),
  }[state];

  return (
    <article className="module-card" aria-labelledby={`module-${meta.id}`}>
      <h2 id={`module-${meta.id}`}>{title}</h2>
      <p>{localized(meta.summary)}</p>
      <p className="meta">{t('catalogue.minutes', { count: meta.estimatedMinutes })}</p>
      <ProgressBar ratio={ratio} label={t('catalogue.progressLabel', { title })} />
      <p className="status" data-state={state}>{status}</p>
      {state === 'in-progress' && attempts.length > 0 && <p className="status-detail">{t('catalogue.notYetPassed', { score, threshold })}</p>}
      {(state === 'not-yet-passed' || (state === 'in-progress' && attempts.length > 0)) && <p className="hint">{t('catalogue.rule')}</p>}
      <div className="actions">
        {state === 'not-yet-passed' ? (
          <>
            {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
            <button type="button" className="primary" onClick={() => void retake.start()} aria-disabled={retake.busy} aria-label={t('catalogue.retakeModule', { title })}>
              {t('catalogue.retake')}
            </button>
            <button type="button" onClick={() => openModule(meta.id)} aria-label={t('catalogue.resultsModule', { title })}>{t('catalogue.results')}</button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => openModule(meta.id)} aria-label={t(ACTIONS[open ? 'in-progress' : state][1], { title })}>
            {t(ACTIONS[open ? 'in-progress' : state][0])}
          </button>
        )}
        {state === 'passed' && (
          <button type="button" onClick={() => openCertificate(meta.id)} aria-label={t('catalogue.certificateModule', { title })}>{t('catalogue.certificate')}</button>
        )}
      </div>
      {retake.failed && <p role="alert" className="error">{t('player.endFailed')}</p>}
    </article>
  );
}

/** The main button's word and its name for a screen reader, by where she stands. */
const ACTIONS: Record<Exclude<Standing, 'not-yet-passed'>, [string, string]> = {
  'not-started': ['catalogue.start', 'catalogue.startModule'],
  'in-progress': ['catalogue.resume', 'catalogue.resumeModule'],
  passed: ['catalogue.review', 'catalogue.reviewModule'],
};

/** Taking a module again from the list: a new attempt begins, and the module opens on its first block. */
function useRetake(moduleId: string, learner: LearnerRow) {
  const { db } = useServices();
  const [language] = useLanguage();
  const openModule = useSession((s) => s.openModule);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const start = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      // Loaded with the module, as the player's code is: the first screen stays light.
      const [loaded, { retakeModule }] = await Promise.all([loadModule(moduleId), import('../db/study')]);
      if (!loaded.ok) throw new Error(loaded.reason);
      await retakeModule({ db, learner, module: loaded.module, language });
      openModule(moduleId);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return { start, busy, failed };
}

/** Cards of installed modules whose term the module still defines: the ones the review screen can show. */
const REVIEWABLE = new Set(CATALOGUE.flatMap((meta) => meta.termIds.map((termId) => `${meta.id}/${termId}`)));
const isReviewable = (card: CardRow) => REVIEWABLE.has(`${card.moduleId}/${card.termId}`);

/** How many cards she can review today (through the [learnerId+due] index); null before her first cards. */
async function reviewableDueCount(db: CareLitDatabase, learnerId: string): Promise<number | null> {
  if (!(await hasCards(db, learnerId))) return null;
  return (await dueCards(db, learnerId, endOfToday(new Date()))).filter(isReviewable).length;
}

function DueCardsPanel({ count }: { count: number }) {
  const { t } = useTranslation('cards');
  const openReview = useSession((s) => s.openReview);
  return (
    <section className="panel due-cards" aria-labelledby="due-cards-title">
      <h2 id="due-cards-title">{count > 0 ? t('home.dueToday', { count }) : t('review.nothing')}</h2>
      {count > 0 ? (
        <button type="button" className="primary" onClick={openReview}>{t('home.reviewNow')}</button>
      ) : (
        <p>{t('home.comeBack')}</p>
      )}
    </section>
  );
}
