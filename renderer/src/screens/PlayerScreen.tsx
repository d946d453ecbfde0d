import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningModule } from '../../../core/content/schema';
import type { Answer, ScoredBlock } from '../../../core/blocks';
import { countingAttempt, resultOf } from '../../../core/attempts';
import { holdsBack, lessonOutline } from '../../../core/outline';
import { moduleShape, readingOrder, reconcileProgress, resumeIndex } from '../../../core/progress';
import { BlockHost } from '../blocks/BlockHost';
import { addBlockStrings } from '../blocks/registry';
import { loadModule, type LoadResult } from '../content/catalogue';
import { useServices } from '../context';
import type { CompletedAttempt, LearnerRow, ProgressRow } from '../db/rows';
import { completeModule, latestAttempts, moveTo, retakeModule, saveAnswer, type StudyContext } from '../db/study';
import { markInteractive } from '../first-paint';
import { useLanguage, useLocalized } from '../hooks';
import { formatDate, formatLocalDay, formatPercent } from '../i18n';
import { ReadAloud } from '../speech/ReadAloud';
import { useSession } from '../stores/session';
import { MomentPicture } from '../home/MomentPicture';
import { LessonEnd } from './LessonEnd';
import { ModuleOutline } from './ModuleOutline';
import { playerStore } from './player-store';

export function PlayerScreen({ moduleId, learnerId }: { moduleId: string; learnerId: string }) {
  const { t, i18n } = useTranslation();
  // Before any block asks for its strings (a state initialiser runs once, during this render).
  useState(() => addBlockStrings(i18n));
  const { db } = useServices();
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const learner = useLiveQuery(() => db.learners.get(learnerId), [db, learnerId]);
  const showCatalogue = useSession((s) => s.showCatalogue);

  useEffect(() => {
    let live = true;
    void loadModule(moduleId).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [moduleId]);

  if (!loaded || !learner) return <p role="status">{t('app.loading')}</p>;
  if (!loaded.ok) {
    return (
      <section className="panel narrow">
        <p role="alert" className="error">
          {t('player.loadFailed')}
        </p>
        <button type="button" onClick={showCatalogue}>
          {t('player.backToCatalogue')}
        </button>
      </section>
    );
  }
  return <ModulePlayer module={loaded.module} learner={learner} />;
}

function ModulePlayer({ module, learner }: { module: LearningModule; learner: LearnerRow }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [language] = useLanguage();
  const localized = useLocalized();
  const showCatalogue = useSession((s) => s.showCatalogue);
  const saved = useLiveQuery(async () => {
    const progress = await db.progress.get([learner.id, module.id]);
    return {
      // A new version of the module keeps the blocks whose ids did not change.
      progress: progress && reconcileProgress(moduleShape(module), progress),
      // Her current attempt's answers: a retake starts every exercise afresh.
      attempts: await latestAttempts(db, learner.id, module.id, progress?.registration),
    };
  }, [db, learner.id, module]);
  const [reviewing, setReviewing] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  /**
   * The lesson whose end she is looking at, between it and the next; not saved, so a restart goes
   * straight on. Both are fixed when she ends it: her saved place follows a moment later (a live
   * query), and the moment must not name the lesson she left as the next one meanwhile.
   */
  const [endedLesson, setEndedLesson] = useState<{ ended: number; next: number } | null>(null);
  const stepHeading = useRef<HTMLHeadingElement | null>(null);
  const stepSection = useRef<HTMLElement>(null);
  /** Set when a new attempt starts from the end screen: the step's heading takes the focus once it is there. */
  const focusOnStep = useRef(false);
  const headingRef = useCallback((heading: HTMLHeadingElement | null) => {
    stepHeading.current = heading;
    if (heading && focusOnStep.current) {
      focusOnStep.current = false;
      heading.focus();
    }
  }, []);
  // Exercises written for her profession come first in each run of them.
  const blocks = readingOrder(module, learner.profession);
  const index = resumeIndex(module, saved?.progress?.currentBlockId, learner.profession);
  const position = blocks[index]!;
  const ctx: StudyContext = { db, learner, module, language };
  const shown = useShownTime(position.block.id);
  // The answer's language is the one she works in when she answers, not when the module opened.
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });
  const submitAnswer = useCallback(
    // The answer carries the time until now; leaving the block, or another try, counts from here.
    async (block: ScoredBlock, answer: Answer) => void (await saveAnswer(latest.current, block, answer, shown.take())),
    [shown],
  );
  // One store for the module's visit: a block's host reads its state once, when it opens.
  const { id: learnerId, accountName } = learner;
  const store = useMemo(() => playerStore(db, { id: learnerId, accountName }, module), [db, learnerId, accountName, module]);

  useEffect(() => {
    if (saved) markInteractive();
  }, [saved]);

  /** Saves a move; true when it was saved. */
  const run = useCallback(async (work: () => Promise<unknown>, focus = true) => {
    setBusy(true);
    setFailed(false);
    try {
      await work();
      if (focus) stepHeading.current?.focus();
      return true;
    } catch {
      setFailed(true);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  if (!saved) return <p role="status">{t('app.loading')}</p>;
  const completed = saved.progress?.status === 'completed';
  if (saved.progress && completed && !reviewing) {
    const review = () => run(() => moveTo(ctx, position.block.id, blocks[0]!.block.id, 0, false), false).then(() => setReviewing(true));
    const retake = () => {
      focusOnStep.current = true;
      return run(() => retakeModule(ctx), false);
    };
    return (
      <Completion
        module={module}
        progress={saved.progress}
        answered={saved.attempts.size}
        busy={busy}
        failed={failed}
        onReview={() => void review()}
        onRetake={() => void retake()}
      />
    );
  }

  // An exercise answered step by step (a scenario) lets her on only once its latest answer is complete.
  const blocked = holdsBack(position.block, saved.attempts.get(position.block.id)?.answer);
  const last = index === blocks.length - 1;
  const lesson = module.lessons[position.lessonIndex]!;
  const move = (target: number, forward: boolean, focus = true) => run(() => moveTo(ctx, position.block.id, blocks[target]!.block.id, shown.peek(), forward), focus);
  const go = (target: number) => move(target, target > index);
  // Continue from a lesson's last step: the moment that ends it, before the next lesson.
  const next = () => {
    const nextLesson = blocks[index + 1]!.lessonIndex;
    if (nextLesson === position.lessonIndex) return go(index + 1);
    return move(index + 1, true, false).then((moved) => moved && setEndedLesson({ ended: position.lessonIndex, next: nextLesson }));
  };
  // Through the outline: the step she leaves counts as read unless it is an exercise still to answer.
  const jump = (target: number) => move(target, !blocked);
  const finish = () => run(() => completeModule(ctx, position.block.id, shown.peek()), false);
  const places = lessonOutline(blocks, {
    doneBlockIds: saved.progress?.doneBlockIds ?? [],
    currentBlockId: position.block.id,
    latestAnswers: new Map([...saved.attempts].map(([id, row]) => [id, row.answer])),
  });
  const header = (
    <>
      <button type="button" className="link-button" onClick={showCatalogue}>
        ← {t('player.backToCatalogue')}
      </button>
      <h1 id="module-title">{localized(module.title)}</h1>
    </>
  );

  if (endedLesson !== null) {
    const goOn = () => {
      focusOnStep.current = true;
      setEndedLesson(null);
    };
    const scores = new Map([...saved.attempts].map(([id, row]) => [id, row.score]));
    return (
      <article className="player" aria-labelledby="module-title">
        {header}
        <LessonEnd module={module} ended={endedLesson.ended} next={endedLesson.next} scores={scores} onContinue={goOn} />
      </article>
    );
  }

  return (
    <article className="player" aria-labelledby="module-title">
      {header}
      <p className="meta">
        <span>{t('player.lessonOf', { current: position.lessonIndex + 1, total: module.lessons.length })}</span>
        {' · '}
        <span>{t('player.step', { current: index + 1, total: blocks.length })}</span>
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('player.step', { current: index + 1, total: blocks.length })}
        aria-valuemin={1}
        aria-valuemax={blocks.length}
        aria-valuenow={index + 1}
      >
        <div className="progress-fill" style={{ width: `${((index + 1) / blocks.length) * 100}%` }} />
      </div>
      <div className="player-layout">
        <ModuleOutline module={module} places={places} current={position.lessonIndex} busy={busy} onGo={(step) => void jump(step)} />
        <div className="player-step">
          <section className="block" aria-labelledby="lesson-title" data-block-id={position.block.id} ref={stepSection}>
            <div className="block-heading">
              <h2 id="lesson-title" tabIndex={-1} ref={headingRef}>
                {localized(lesson.title)}
              </h2>
              <ReadAloud key={position.block.id} target={stepSection} />
            </div>
            <BlockHost key={position.block.id} block={position.block} module={module} store={store} submit={submitAnswer} />
          </section>
          {failed && (
            <p role="alert" className="error">
              {t('player.saveFailed')}
            </p>
          )}
          <nav className="player-nav" aria-label={t('player.step', { current: index + 1, total: blocks.length })}>
            <button type="button" onClick={() => void go(index - 1)} disabled={index === 0 || busy}>
              {t('player.previous')}
            </button>
            {last && completed ? (
              <button type="button" className="primary" onClick={showCatalogue}>
                {t('player.backToCatalogue')}
              </button>
            ) : last ? (
              <button type="button" className="primary" onClick={() => void finish()} disabled={blocked || busy}>
                {t('player.finish')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => void next()} disabled={blocked || busy}>
                {t('player.continue')}
              </button>
            )}
          </nav>
          {last && <Sources module={module} />}
        </div>
      </div>
    </article>
  );
}

/**
 * How long the block on screen has been shown: from when it appeared, or from her last answer
 * on it. `take` reads it and starts again (an answer); `peek` only reads it (leaving the block).
 */
function useShownTime(blockId: string) {
  const since = useRef(0);
  useEffect(() => {
    since.current = performance.now();
  }, [blockId]);
  const take = useCallback(() => {
    const now = performance.now();
    const spent = now - since.current;
    since.current = now;
    return spent;
  }, []);
  const peek = useCallback(() => performance.now() - since.current, []);
  return useMemo(() => ({ take, peek }), [take, peek]);
}

/**
 * The end of an attempt: its score, the module passed or not yet passed against the passing
 * score, by the rule that says which attempt counts (core/attempts.ts), her earlier attempts, and
 * what she can do next: take the module again while it is not passed, her certificate once it is.
 */
function Completion(props: { module: LearningModule; progress: ProgressRow; answered: number; busy: boolean; failed: boolean; onReview(): void; onRetake(): void }) {
  const { module, progress, answered, busy, failed, onReview, onRetake } = props;
  const { t } = useTranslation();
  const [language] = useLanguage();
  const localized = useLocalized();
  const showCatalogue = useSession((s) => s.showCatalogue);
  const openCertificate = useSession((s) => s.openCertificate);
  const threshold = formatPercent(module.passingScore, language);
  const { attempts } = progress;
  const latest = attempts[attempts.length - 1];
  const result = resultOf(attempts);
  return (
    <article className="player panel moment" aria-labelledby="complete-title">
      <MomentPicture moment={result === 'passed' ? 'module-passed' : 'module-not-yet'} />
      <h1 id="complete-title">{t('player.completeTitle')}</h1>
      <p className="module-name">{localized(module.title)}</p>
      <p className="score">{t('player.completeScore', { score: formatPercent(latest?.score ?? 0, language) })}</p>
      <p className="result" data-result={result}>
        <strong>{t(result === 'passed' ? 'player.resultPassed' : 'player.resultNotYetPassed', { threshold })}</strong>
      </p>
      <p>{t('player.answered', { count: answered })}</p>
      <p className="hint">{t('catalogue.rule')}</p>
      {attempts.length > 1 && <AttemptHistory attempts={attempts} />}
      <h2>{t('player.whatNext')}</h2>
      <p className="moment-next">{t(result === 'passed' ? 'player.nextPassed' : 'player.notYetPassedHelp')}</p>
      {failed && (
        <p role="alert" className="error">
          {t('player.endFailed')}
        </p>
      )}
      <div className="actions">
        {result === 'passed' ? (
          <button type="button" className="primary" onClick={() => openCertificate(module.id)}>
            {t('player.certificate')}
          </button>
        ) : (
          // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
          <button type="button" className="primary" onClick={() => busy || onRetake()} aria-disabled={busy}>
            {t('player.retake')}
          </button>
        )}
        <button type="button" onClick={showCatalogue}>
          {t('player.backToCatalogue')}
        </button>
        <button type="button" onClick={() => busy || onReview()} aria-disabled={busy}>
          {t('catalogue.review')}
        </button>
      </div>
      <Sources module={module} />
    </article>
  );
}

/** Her completions, oldest first, each passed or not yet, and the one that counts. */
function AttemptHistory({ attempts }: { attempts: CompletedAttempt[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const counted = countingAttempt(attempts);
  return (
    <section aria-labelledby="attempts-title" className="attempt-history">
      <h2 id="attempts-title">{t('player.attemptsTitle')}</h2>
      <ol>
        {attempts.map((attempt, i) => (
          <li key={`${attempt.completedAt}-${i}`}>
            {t('player.attemptLine', {
              n: i + 1,
              date: formatLocalDay(attempt.completedAt, language),
              score: formatPercent(attempt.score, language),
              result: t(attempt.passed ? 'player.attemptPassed' : 'player.attemptNotYetPassed'),
            })}
            {attempt === counted && (
              <>
                {' '}
                <strong>{t('player.attemptCounts')}</strong>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Sources({ module }: { module: LearningModule }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const localized = useLocalized();
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('player.sources')}</h2>
      <ul>
        {module.sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {localized(s.title)}
              </a>
            ) : (
              localized(s.title)
            )}
            {` — ${localized(s.publisher)}${s.year ? `, ${s.year}` : ''} (${t('player.checkedOn', { date: formatDate(s.checked, language) })})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
