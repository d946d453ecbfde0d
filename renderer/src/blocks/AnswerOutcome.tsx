import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../core/content/schema';
import { useLocalized } from '../hooks';

/**
 * The end of every answered block, the same for all: the result announced politely, a save
 * error if any, then the explanation once answered, or the button that checks the answer.
 * Checking removes that button: focus then moves to the result, not to the page's body, so a
 * keyboard or screen-reader user goes on from what she just learned.
 */
export function AnswerOutcome({
  result,
  error,
  explanation,
  busy,
}: {
  /** What the learner scored, shown once her answer is saved; null before. */
  result: ReactNode | null;
  error: string | null;
  explanation: Localized;
  busy: boolean;
}) {
  const { t } = useTranslation('blocks');
  const localized = useLocalized();
  const resultRef = useResultFocus(result !== null);
  return (
    <>
      <div role="status" aria-live="polite" className="answer-result" tabIndex={-1} ref={resultRef}>
        {result !== null && <strong>{result}</strong>}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result !== null ? (
        <section className="explanation">
          <h3>{t('answer.explanation')}</h3>
          <p>{localized(explanation)}</p>
        </section>
      ) : (
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common:player.saving') : t('answer.check')}
        </button>
      )}
    </>
  );
}

/**
 * Focuses the result when it appears while the block is on screen; a block opened already answered
 * leaves focus alone. For a block type whose end is its own, with the check button it replaces.
 */
export function useResultFocus(shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const wasShown = useRef(shown);
  useEffect(() => {
    if (shown && !wasShown.current) ref.current?.focus();
    wasShown.current = shown;
  }, [shown]);
  return ref;
}
