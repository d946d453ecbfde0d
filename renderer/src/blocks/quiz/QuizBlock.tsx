import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { seededOrder } from '../../../../core/random';
import { useLocalized } from '../../hooks';
import { AnswerOutcome } from '../AnswerOutcome';
import type { BlockViewProps } from '../types';
import { useAnswerSave } from '../useAnswerSave';

/**
 * Single or multiple choice. Before answering: native radios or checkboxes in a fieldset, so
 * keyboard and screen readers work as everywhere; what she ticks is kept as she goes. After:
 * the saved choice, core's verdict on every option with its feedback, and the explanation,
 * read from the saved attempt (what the learner sees is what was stored). The options come in
 * her own order (pinned ones in place), so the place of the right answer gives nothing away.
 */
export function QuizBlock({ block, attempt, state, saveState, submit, seed }: BlockViewProps<'quiz'>) {
  const { t } = useTranslation('quiz');
  const localized = useLocalized();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, save, clearFailure } = useAnswerSave(submit);
  const name = useId();
  const answered = attempt !== undefined;
  const chosen = new Set(answered ? attempt.answer.selected : state.selected);
  const verdict = new Map(attempt?.outcome?.parts.map((p) => [p.id, p]));
  const inputType = block.mode === 'single' ? 'radio' : 'checkbox';
  const options = useMemo(() => seededOrder(block.options, seed), [block.options, seed]);

  const toggle = (id: string, checked: boolean) => {
    setRefusal(null);
    clearFailure();
    const selected = block.mode === 'single' ? [id] : checked ? [...state.selected.filter((x) => x !== id), id] : state.selected.filter((x) => x !== id);
    void saveState({ selected });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.selected.length === 0) {
      setRefusal(t('chooseFirst'));
      return;
    }
    setRefusal(null);
    await save({ selected: block.options.filter((o) => state.selected.includes(o.id)).map((o) => o.id) });
  };

  return (
    <form className="quiz" onSubmit={onSubmit} noValidate>
      <fieldset disabled={answered || busy} aria-describedby={`${name}-hint`}>
        <legend className="quiz-question">{localized(block.question)}</legend>
        <p id={`${name}-hint`} className="hint">
          {t(block.mode === 'single' ? 'single' : 'multiple')}
        </p>
        <ul className="quiz-options">
          {options.map((option) => {
            const id = `${name}-${option.id}`;
            const part = verdict.get(option.id);
            const marks = part ? [part.chosen && t('yourChoice'), part.right && t('rightAnswer')].filter(Boolean) : [];
            return (
              <li key={option.id} className={part ? (part.right ? 'option correct' : part.chosen ? 'option wrong' : 'option') : 'option'}>
                <input
                  type={inputType}
                  id={id}
                  name={name}
                  value={option.id}
                  checked={chosen.has(option.id)}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                  aria-describedby={answered ? `${id}-feedback` : undefined}
                />
                <label htmlFor={id}>
                  {localized(option.text)}
                  {marks.length > 0 && <span className="option-marks"> ({marks.join(', ')})</span>}
                </label>
                {answered && (
                  <p id={`${id}-feedback`} className="option-feedback">
                    {localized(option.feedback)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <AnswerOutcome
        result={answered ? t(attempt.score.correct ? 'correct' : 'incorrect') : null}
        error={refusal ?? (failed ? t('common:player.saveFailed') : null)}
        explanation={block.explanation}
        busy={busy}
      />
    </form>
  );
}
