import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Score } from '../../../core/blocks/types';
import type { LearningModule } from '../../../core/content/schema';
import { lessonScore } from '../../../core/module-score';
import { useLanguage, useLocalized } from '../hooks';
import { formatPercent } from '../i18n';
import { MomentPicture } from '../home/MomentPicture';

/**
 * The moment between two lessons: the lesson she finished, what she did in it (its exercises and
 * her score on them, passed or not yet in words), the lesson that comes next, and one Continue
 * button, which takes the focus so that Enter goes on; above them, a picture of the way behind her.
 */
export function LessonEnd(props: { module: LearningModule; ended: number; next: number; scores: ReadonlyMap<string, Score>; onContinue(): void }) {
  const { module, ended, next, scores, onContinue } = props;
  const { t } = useTranslation();
  const [language] = useLanguage();
  const localized = useLocalized();
  const lesson = module.lessons[ended]!;
  const { exercises, answered, score } = lessonScore(module, ended, scores);
  const focus = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);
  const threshold = formatPercent(module.passingScore, language);
  return (
    <section className="lesson-end panel moment" aria-labelledby="lesson-end-title">
      <MomentPicture moment="lesson-done" />
      <h2 id="lesson-end-title">{t('player.lessonEnd.title', { n: ended + 1, title: localized(lesson.title) })}</h2>
      {score ? (
        <>
          <p>{t('player.lessonEnd.exercises', { answered, total: exercises })}</p>
          <p className="result" data-result={score.passed ? 'passed' : 'not-yet-passed'}>
            {t(score.passed ? 'player.lessonEnd.passed' : 'player.lessonEnd.notYetPassed', { score: formatPercent(score.scaled, language), threshold })}
          </p>
        </>
      ) : (
        <p>{t('player.lessonEnd.reading', { count: lesson.blocks.length })}</p>
      )}
      <p className="moment-next">{t('player.lessonEnd.next', { n: next + 1, title: localized(module.lessons[next]!.title) })}</p>
      <div className="actions">
        <button type="button" className="primary" ref={focus} onClick={onContinue}>
          {t('player.continue')}
        </button>
      </div>
    </section>
  );
}
