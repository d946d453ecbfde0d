import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
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
  /** The cards, in review order; read once, so saving a grade does not reshuffle them. */
  items: readonly T[];
  /** The level of each card's heading, under the heading of the block or screen. */
  headingLevel: 2 | 3;
  /** False in the authors' preview, where grades are kept in memory only. */
  persisted: boolean;
  /** Records a grade given at `now` and returns the card's next due date; rejects if it could not be saved. */
  onGrade(item: T, grade: CardGrade, now: Date): Promise<string>;
  /** Shown under the summary, e.g. the way back. */
  afterSummary?: ReactNode;
}

type FocusTarget = 'definition' | 'heading' | null;

/**
 * One card at a time: the term, then (on request) the definition with four grade buttons that
 * say when the card would come back. Native buttons only; after each step focus moves to what
 * just appeared, and a status line says what was saved.
 */
export function CardReview<T extends ReviewItem>({ items, headingLevel, persisted, onGrade, afterSummary }: CardReviewProps<T>) {
  const { t } = useTranslation('cards');
  const [language] = useLanguage();
  const localized = useLocalized();
  const id = useId();
  const [index, setIndex] = useState(0);
  const [revealedAt, setRevealedAt] = useState<Date | null>(null);
  const [grades, setGrades] = useState<CardGrade[]>([]);
  const [nextDelayMs, setNextDelayMs] = useState<number | null>(null);
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

  if (items.length === 0) return null;
  const item = items[index];

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
      const due = await onGrade(item, chosen, now);
      setGrades((prev) => [...prev, chosen]);
      setNextDelayMs(Date.parse(due) - now.getTime());
      focusTarget.current = 'heading';
      setRevealedAt(null);
      setIndex((i) => i + 1);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const status = nextDelayMs === null ? '' : t(persisted ? 'card.saved' : 'card.notSaved', { when: formatDelay(nextDelayMs, language) });

  return (
    <div className="card-review">
      {item ? (
        <>
          <p className="card-review-progress">{t('card.progress', { current: index + 1, total: items.length })}</p>
          <article className="flashcard" aria-labelledby={`${id}-term`}>
            {item.moduleTitle && <p className="flashcard-module">{t('card.fromModule', { title: localized(item.moduleTitle) })}</p>}
            <Heading id={`${id}-term`} className="flashcard-term" tabIndex={-1} ref={headingRef}>
              {localized(item.term)}
            </Heading>
            {revealedAt === null ? (
              <button type="button" className="primary" onClick={reveal}>{t('card.show')}</button>
            ) : (
              <>
                <p className="flashcard-definition" tabIndex={-1} ref={definitionRef}>{localized(item.definition)}</p>
                <GradeButtons
                  memory={item.memory}
                  shownAt={revealedAt}
                  busy={busy}
                  labelId={`${id}-how`}
                  onGrade={(g) => void grade(g)}
                />
              </>
            )}
          </article>
          {failed && <p role="alert" className="error">{t('card.saveFailed')}</p>}
        </>
      ) : (
        <section className="card-review-summary" aria-labelledby={`${id}-summary`}>
          <Heading id={`${id}-summary`} tabIndex={-1} ref={headingRef}>{t('summary.title')}</Heading>
          <p>{t('summary.reviewed', { count: grades.length })}</p>
          <ul className="card-review-tally">
            {GRADES.map((g) => (
              <li key={g}>{t('summary.gradeCount', { grade: t(`grades.${g}`), n: grades.filter((x) => x === g).length })}</li>
            ))}
          </ul>
          <p>{t(persisted ? 'summary.comeBack' : 'summary.preview')}</p>
          {afterSummary}
        </section>
      )}
      {/* Always in the page, so each change is announced; hidden under the summary, where the last card's news would read as part of it. */}
      <p role="status" className={item ? 'card-review-status' : 'visually-hidden'}>{status}</p>
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
      <p id={labelId} className="flashcard-question">{t('card.howWell')}</p>
      <div className="flashcard-grade-buttons">
        {GRADES.map((g) => (
          // aria-disabled, not disabled: the focused button keeps focus while the grade is saved.
          <button key={g} type="button" className="flashcard-grade" data-grade={g} aria-disabled={busy} onClick={() => !busy && onGrade(g)}>
            <span className="flashcard-grade-name">{t(`grades.${g}`)}</span>{' '}
            <span className="flashcard-grade-when">{formatDelay(Date.parse(due[g]) - shownAt.getTime(), language)}</span>
          </button>
        ))}
      </div>
      {busy && <p className="hint">{t('card.saving')}</p>}
    </div>
  );
}
