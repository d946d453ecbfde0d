import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizBlock as QuizBlockData } from '../../../../core/content/schema';
import { useLocalized } from '../../hooks';
import { AnswerOutcome } from '../AnswerOutcome';
import { useAnswerSave } from '../useAnswerSave';
import type { BlockProps } from '../types';

/**
 * Single or multiple choice. Before answering: native radios or checkboxes in a fieldset, so
 * keyboard and screen readers work as everywhere. After: the saved choice, every option's
 * feedback and the explanation, read from the saved attempt (what the learner sees is what
 * was stored).
 */
export function QuizBlock({ block, attempt, submit }: BlockProps<QuizBlockData>) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [selected, setSelected] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, save, clearFailure } = useAnswerSave(submit);
  const name = useId();
  const answered = attempt !== undefined;
  const chosen = new Set(answered ? attempt.answer.selected : selected);
  const inputType = block.mode === 'single' ? 'radio' : 'checkbox';

  const toggle = (id: string, checked: boolean) => {
    setRefusal(null);
    clearFailure();
    if (block.mode === 'single') setSelected([id]);
    else setSelected((prev) => (checked ? [...prev.filter((x) => x !== id), id] : prev.filter((x) => x !== id)));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setRefusal(t('quiz.chooseFirst'));
      return;
    }
    setRefusal(null);
    await save({ selected: block.options.filter((o) => selected.includes(o.id)).map((o) => o.id) });
  };

  return (
    <form className="quiz" onSubmit={onSubmit} noValidate>
      <fieldset disabled={answered || busy} aria-describedby={`${name}-hint`}>
        <legend className="quiz-question">{localized(block.question)}</legend>
        <p id={`${name}-hint`} className="hint">{t(block.mode === 'single' ? 'quiz.single' : 'quiz.multiple')}</p>
        <ul className="quiz-options">
          {block.options.map((option) => {
            const id = `${name}-${option.id}`;
            const marks = answered
              ? [chosen.has(option.id) && t('quiz.yourChoice'), option.correct && t('quiz.rightAnswer')].filter(Boolean)
              : [];
            return (
              <li key={option.id} className={answered ? (option.correct ? 'option correct' : chosen.has(option.id) ? 'option wrong' : 'option') : 'option'}>
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
        result={answered ? t(attempt.score.correct ? 'quiz.correct' : 'quiz.incorrect') : null}
        error={refusal ?? (failed ? t('player.saveFailed') : null)}
        explanation={block.explanation}
        busy={busy}
      />
    </form>
  );
}
