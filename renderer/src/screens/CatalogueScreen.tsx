import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countingAttempt, standingOf, type Standing } from '../../../core/attempts';
import type { ModuleMeta } from '../../../core/content/schema';
import { aboutMinutes, learningPath, lessonOf, nextStep, suggestedFirst, type ModulePlace, type NextStep } from '../../../core/learning-path';
import { completionRatio } from '../../../core/progress';
import { ProgressBar } from '../components/ProgressBar';
import { CATALOGUE, loadModule } from '../content/catalogue';
import { ExportProgress } from '../export/ExportProgress';
import { MomentPicture } from '../home/MomentPicture';
import { useServices } from '../context';
import { dueCards, endOfToday, hasCards } from '../db/due-cards';
import type { CareLitDatabase } from '../db/database';
import type { CardRow, LearnerRow, ProgressRow } from '../db/rows';
import { markInteractive } from '../first-paint';
import { useLanguage, useLocalized } from '../hooks';
import { formatMinutes, formatPercent } from '../i18n';
import { useSession } from '../stores/session';
import '../cards/cards.css';
import '../home/home.css';

// The pictures come just after the words: the first screen stays within its budget.
const ModuleArt = lazy(() => import('../home/ModuleArt').then((m) => ({ default: m.ModuleArt })));

export function CatalogueScreen({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  // Cards are read with the progress, so their panel never pushes the modules down as it appears.
  const saved = useLiveQuery(async () => {
    const [learner, progress, dueCardCount] = await Promise.all([
      db.learners.get(learnerId),
      db.progress.where('learnerId').equals(learnerId).toArray(),
      reviewableDueCount(db, learnerId),
    ]);
    return { learner, progress, dueCardCount };
  }, [db, learnerId]);
  useEffect(() => {
    if (saved) markInteractive();
  }, [saved]);
  if (!saved?.learner) return null;
  const learner = saved.learner;
  const byModule = new Map(saved.progress.map((p) => [p.moduleId, p]));
  // Her path: prerequisites first, then the modules with the most practice written for her (core/learning-path.ts).
  const path = learningPath(CATALOGUE, learner.profession);
  const places = new Map(path.map((meta) => [meta.id, placeOf(meta, byModule.get(meta.id))]));
  const passed = new Set(path.filter((meta) => places.get(meta.id)!.standing === 'passed').map((meta) => meta.id));
  const step = nextStep(path, places);
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      {step && <NextStepPanel step={step} learner={learner} welcome={saved.progress.length === 0} />}
      {saved.dueCardCount > 0 && <DueCardsPanel count={saved.dueCardCount} />}
      {path.length === 0 ? (
        <p>{t('catalogue.empty')}</p>
      ) : (
        <>
          <PathIntro modules={path} learner={learner} />
          <ol className="module-list path" aria-labelledby="path-title">
            {path.map((meta, i) => (
              <li key={meta.id}>
                <ModuleCard
                  meta={meta}
                  progress={byModule.get(meta.id)}
                  learner={learner}
                  step={i + 1}
                  steps={path.length}
                  suggested={places.get(meta.id)!.standing === 'passed' ? [] : suggestedFirst(meta, path, passed)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <ExportProgress learnerId={learnerId} />
    </section>
  );
}

/** Where she stands in a module, and the lesson she resumes in while it is open. */
function placeOf(meta: ModuleMeta, progress: ProgressRow | undefined): ModulePlace {
  const open = progress?.status === 'in-progress';
  const standing = standingOf(progress?.attempts ?? [], open);
  return open ? { standing, lessonIndex: lessonOf(meta.blockIds, meta.lessonSizes, progress.currentBlockId) } : { standing };
}

/** A declared duration in words: "About 1 h 10 min". */
function useAbout() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (minutes: number) => t('home.about', { duration: formatMinutes(aboutMinutes(minutes) * 60_000, lang) });
}

/** The one step suggested, first on her home, with its one button; before she has started anything, with a picture of a path beginning. */
function NextStepPanel({ step, learner, welcome }: { step: NextStep; learner: LearnerRow; welcome: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const about = useAbout();
  const openModule = useSession((s) => s.openModule);
  const meta = step.kind === 'done' ? undefined : CATALOGUE.find((m) => m.id === step.moduleId);
  const retake = useRetake(meta?.id ?? '', learner);
  if (!meta || step.kind === 'done') {
    return (
      <section className="panel next-step" aria-labelledby="next-step-title">
        <div>
          <h2 id="next-step-title">{t('home.nextTitle')}</h2>
          <p>{t('home.allPassed')}</p>
        </div>
      </section>
    );
  }
  const title = localized(meta.title);
  const label = {
    continue: t('home.nextContinue', { title, n: step.kind === 'continue' ? step.lessonIndex + 1 : 1 }),
    start: t('home.nextStart', { title }),
    retake: t('home.nextRetake', { title }),
  }[step.kind];
  return (
    <section className="panel next-step" aria-labelledby="next-step-title" data-welcome={welcome || undefined}>
      {welcome && <MomentPicture moment="welcome" />}
      <div>
        <h2 id="next-step-title">{t('home.nextTitle')}</h2>
        <p className="meta">{{ start: about(meta.estimatedMinutes), continue: t('home.nextResumes'), retake: t('catalogue.rule') }[step.kind]}</p>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => (step.kind === 'retake' ? void retake.start() : openModule(meta.id))} aria-disabled={retake.busy || undefined}>
          {label}
        </button>
      </div>
      {retake.failed && (
        <p role="alert" className="error">
          {t('player.endFailed')}
        </p>
      )}
    </section>
  );
}

/** Her path in one sentence: for which profession, how many modules, how long. */
function PathIntro({ modules, learner }: { modules: readonly ModuleMeta[]; learner: LearnerRow }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const total = modules.reduce((sum, m) => sum + m.estimatedMinutes, 0);
  const profession = t(`profiles.professions.${learner.profession}`);
  return (
    <div className="path-intro">
      <h2 id="path-title">{t('home.pathTitle')}</h2>
      <p>
        {t(learner.profession === 'other' ? 'home.pathIntroOther' : 'home.pathIntro', {
          profession,
          count: modules.length,
          duration: formatMinutes(aboutMinutes(total) * 60_000, lang),
        })}
      </p>
      <p>{t('catalogue.intro')}</p>
    </div>
  );
}

/**
 * A module and where she stands in it, in words (core/attempts.ts): not started, in progress,
 * not yet passed (with her score and the passing score, and a retake), or passed (with her
 * certificate).
 */
function ModuleCard({
  meta,
  progress,
  learner,
  step,
  steps,
  suggested,
}: {
  meta: ModuleMeta;
  progress: ProgressRow | undefined;
  learner: LearnerRow;
  step: number;
  steps: number;
  suggested: string[];
}) {
  const { t } = useTranslation();
  const about = useAbout();
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
  const forHer = learner.profession === 'other' ? 0 : (meta.practiceFor[learner.profession] ?? 0);
  const status = {
    'not-started': t('catalogue.notStarted'),
    'in-progress': attempts.length ? t('catalogue.retaking', { n: attempts.length + 1, percent }) : t('catalogue.inProgress', { percent }),
    'not-yet-passed': t('catalogue.notYetPassed', { score, threshold }),
    passed: t('catalogue.passed', { score }),
  }[state];

  return (
    <article className="module-card" aria-labelledby={`module-${meta.id}`}>
      <Suspense fallback={<svg className="module-art" viewBox="0 0 160 120" aria-hidden="true" focusable="false" />}>
        <ModuleArt moduleId={meta.id} />
      </Suspense>
      <p className="path-step">{t('home.step', { n: step, total: steps })}</p>
      <h2 id={`module-${meta.id}`}>{title}</h2>
      <p>{localized(meta.summary)}</p>
      <p className="meta">{about(meta.estimatedMinutes)}</p>
      {forHer > 0 && <p className="for-you">{t('home.forYou', { count: forHer })}</p>}
      {suggested.length > 0 && (
        <p className="suggested">
          {t('home.suggestedFirst', {
            titles: listFormat(
              lang,
              suggested.map((id) => localized(CATALOGUE.find((m) => m.id === id)!.title)),
            ),
          })}
        </p>
      )}
      {/* Words first, the bar second. */}
      <p className="status" data-state={state}>
        {status}
      </p>
      {state === 'in-progress' && attempts.length > 0 && <p className="status-detail">{t('catalogue.notYetPassed', { score, threshold })}</p>}
      <ProgressBar ratio={ratio} label={t('catalogue.progressLabel', { title })} />
      {(state === 'not-yet-passed' || (state === 'in-progress' && attempts.length > 0)) && <p className="hint">{t('catalogue.rule')}</p>}
      <div className="actions">
        {state === 'not-yet-passed' ? (
          <>
            {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
            <button type="button" className="primary" onClick={() => void retake.start()} aria-disabled={retake.busy} aria-label={t('catalogue.retakeModule', { title })}>
              {t('catalogue.retake')}
            </button>
            <button type="button" onClick={() => openModule(meta.id)} aria-label={t('catalogue.resultsModule', { title })}>
              {t('catalogue.results')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => openModule(meta.id)} aria-label={t(ACTIONS[open ? 'in-progress' : state][1], { title })}>
            {t(ACTIONS[open ? 'in-progress' : state][0])}
          </button>
        )}
        {state === 'passed' && (
          <button type="button" onClick={() => openCertificate(meta.id)} aria-label={t('catalogue.certificateModule', { title })}>
            {t('catalogue.certificate')}
          </button>
        )}
      </div>
      {retake.failed && (
        <p role="alert" className="error">
          {t('player.endFailed')}
        </p>
      )}
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

/** How many cards she can review today (through the [learnerId+due] index); 0 before her first cards. */
async function reviewableDueCount(db: CareLitDatabase, learnerId: string): Promise<number> {
  if (!(await hasCards(db, learnerId))) return 0;
  return (await dueCards(db, learnerId, endOfToday(new Date()))).filter(isReviewable).length;
}

/** Shown only when cards are due today: how many, and the one button to review them. */
function DueCardsPanel({ count }: { count: number }) {
  const { t } = useTranslation('cards');
  const openReview = useSession((s) => s.openReview);
  return (
    <section className="panel due-cards" aria-labelledby="due-cards-title">
      <h2 id="due-cards-title">{t('home.dueToday', { count })}</h2>
      <button type="button" className="primary" onClick={openReview}>
        {t('home.reviewNow')}
      </button>
    </section>
  );
}

/** "A, B and C", as each language joins a list. */
function listFormat(lang: string, items: string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
