import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../core/content/schema';
import { GRADES, nextDueByGrade, type CardGrade, type CardMemory } from '../../../core/scheduling/fsrs';
import { useLanguage, useLocalized } from '../hooks';
import { formatDelay } from './delay';
import './cards.css';

/** One card to review: a glossary term and the learner's memory of it. */
export interface ReviewItem {
  /** Unique within one review. */
  id: string;
  term: Localized;
  definition: Localized;
  memory: CardMemory;
  /** Shown above the term when cards of several modules are reviewed together. */
  moduleTitle?: Localized;
}

interface CardReviewProps<T extends ReviewItem> {
  /**
   * The cards, in review order; read once, so saving a grade does not reshuffle them. A card
   * graded "again" comes back once more at the end of the round, with its new memory.
   */
  items: readonly T[];
  /** The level of each card's heading, under the heading of the block or screen. */
  headingLevel: 2 | 3;
  /** False in the authors' preview, where grades are kept in memory only. */
  persisted: boolean;
  /** Records a grade given at `now` and returns the card's new memory (with its due date); rejects if it could not be saved. */
  onGrade(item: T, grade: CardGrade, now: Date): Promise<CardMemory>;
  /** Shown under the summary, e.g. the way back. */
  afterSummary?: ReactNode;
}

type FocusTarget = 'definition' | 'heading' | null;

/**
 * One card at a time: the term, then (on request) the definition with four grade buttons that
 * say when the card would come back (keys 1 to 4 press them). Native buttons only; after each
 * step focus moves to what just appeared, and a status line says what was saved. A card she
 * did not remember ("again") is asked once more at the end of the round.
 */
export function CardReview<T extends ReviewItem>({ items, headingLevel, persisted, onGrade, afterSummary }: CardReviewProps<T>) {
  const { t } = useTranslation('cards');
  const [language] = useLanguage();
  const localized = useLocalized();
  const id = useId();
  // The round: the cards given, then each card graded "again", as it is after that grade.
  const [queue, setQueue] = useState<readonly T[]>(items);
  const [index, setIndex] = useState(0);
  const [revealedAt, setRevealedAt] = useState<Date | null>(null);
  const [grades, setGrades] = useState<{ id: string; grade: CardGrade }[]>([]);
  const [news, setNews] = useState<{ delayMs: number; again: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const focusTarget = useRef<FocusTarget>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const definitionRef = useRef<HTMLParagraphElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    // Only after the learner acted: on first display, focus stays where the page put it.
    const target = focusTarget.current;
    focusTarget.current = null;
    (target === 'definition' ? definitionRef : target === 'heading' ? headingRef : null)?.current?.focus();
  }, [index, revealedAt]);

  if (queue.length === 0) return null;
  const item = queue[index];

  const reveal = () => {
    focusTarget.current = 'definition';
    setRevealedAt(new Date());
  };

  const grade = async (chosen: CardGrade) => {
    if (!item) return;
    setBusy(true);
    setFailed(false);
    const now = new Date();
    try {
      const memory = await onGrade(item, chosen, now);
      setGrades((prev) => [...prev, { id: item.id, grade: chosen }]);
      setNews({ delayMs: Date.parse(memory.due) - now.getTime(), again: chosen === 'again' });
      if (chosen === 'again') setQueue((prev) => [...prev, { ...item, memory }]);
      focusTarget.current = 'heading';
      setRevealedAt(null);
      setIndex((i) => i + 1);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const status =
    news === null
      ? ''
      : news.again
        ? t(persisted ? 'card.againSaved' : 'card.againNotSaved')
        : t(persisted ? 'card.saved' : 'card.notSaved', { when: formatDelay(news.delayMs, language) });

  // Keys 1 to 4 grade the card shown, once its definition is: only while focus is in this review
  // (the preview can show several), and never while she types somewhere.
  const onKeyDown = (event: KeyboardEvent) => {
    const chosen = /^[1-4]$/.test(event.key) ? GRADES[Number(event.key) - 1] : undefined;
    if (!chosen || revealedAt === null || busy) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || isEditable(event.target)) return;
    event.preventDefault();
    void grade(chosen);
  };

  return (
    // The keys are a shortcut for the grade buttons, which stay the way in for every input.
    <div className="card-review" onKeyDown={onKeyDown}>
      {item ? (
        <>
          <p className="card-review-progress">{t('card.progress', { current: index + 1, total: queue.length })}</p>
          <article className="flashcard" aria-labelledby={`${id}-term`}>
            {item.moduleTitle && <p className="flashcard-module">{t('card.fromModule', { title: localized(item.moduleTitle) })}</p>}
            <Heading id={`${id}-term`} className="flashcard-term" tabIndex={-1} ref={headingRef}>
              {localized(item.term)}
            </Heading>
            {revealedAt === null ? (
              <button type="button" className="primary" onClick={reveal}>
                {t('card.show')}
              </button>
            ) : (
              <>
                <p className="flashcard-definition" tabIndex={-1} ref={definitionRef}>
                  {localized(item.definition)}
                </p>
                <GradeButtons memory={item.memory} shownAt={revealedAt} busy={busy} labelId={`${id}-how`} onGrade={(g) => void grade(g)} />
              </>
            )}
          </article>
          {failed && (
            <p role="alert" className="error">
              {t('card.saveFailed')}
            </p>
          )}
        </>
      ) : (
        <section className="card-review-summary" aria-labelledby={`${id}-summary`}>
          <Heading id={`${id}-summary`} tabIndex={-1} ref={headingRef}>
            {t('summary.title')}
          </Heading>
          <p>{t('summary.reviewed', { count: new Set(grades.map((g) => g.id)).size })}</p>
          <ul className="card-review-tally">
            {GRADES.map((g) => (
              <li key={g}>{t('summary.gradeCount', { grade: t(`grades.${g}`), n: grades.filter((x) => x.grade === g).length })}</li>
            ))}
          </ul>
          <p>{t(persisted ? 'summary.comeBack' : 'summary.preview')}</p>
          {afterSummary}
        </section>
      )}
      {/* Always in the page, so each change is announced; hidden under the summary, where the last card's news would read as part of it. */}
      <p role="status" className={item ? 'card-review-status' : 'visually-hidden'}>
        {status}
      </p>
    </div>
  );
}

function GradeButtons({ memory, shownAt, busy, labelId, onGrade }: { memory: CardMemory; shownAt: Date; busy: boolean; labelId: string; onGrade(grade: CardGrade): void }) {
  const { t } = useTranslation('cards');
  const [language] = useLanguage();
  // Computed for the moment the definition appeared, so the labels do not shift while she reads.
  const due = nextDueByGrade(memory, shownAt);
  return (
    <div role="group" aria-labelledby={labelId} className="flashcard-grades">
      <p id={labelId} className="flashcard-question">
        {t('card.howWell')}
      </p>
      <p className="hint flashcard-keys">{t('card.keys')}</p>
      <div className="flashcard-grade-buttons">
        {GRADES.map((g, i) => (
          // aria-disabled, not disabled: the focused button keeps focus while the grade is saved.
          <button key={g} type="button" className="flashcard-grade" data-grade={g} aria-disabled={busy} aria-keyshortcuts={String(i + 1)} onClick={() => !busy && onGrade(g)}>
            <span className="flashcard-grade-key" aria-hidden="true">
              {i + 1}
            </span>
            <span className="flashcard-grade-name">{t(`grades.${g}`)}</span>{' '}
            <span className="flashcard-grade-when">{formatDelay(Date.parse(due[g]) - shownAt.getTime(), language)}</span>
          </button>
        ))}
      </div>
      {busy && <p className="hint">{t('card.saving')}</p>}
    </div>
  );
}

/** Where a typed digit belongs to the field, not to the review. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
