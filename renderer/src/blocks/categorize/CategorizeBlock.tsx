import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { seededOrder } from '../../../../core/random';
import { useLocalized } from '../../hooks';
import type { BlockViewProps } from '../types';
import './categorize.css';
import { AnswerOutcome } from '../AnswerOutcome';
import { useAnswerSave } from '../useAnswerSave';

/**
 * Sorting items into groups without dragging (WCAG 2.2, 2.5.7): each item is a fieldset whose
 * legend is the item, with one native radio per group. Tab goes from item to item, arrow keys
 * choose the group, a click or a tap on a group's name does the same, Enter checks. A half-sorted
 * exercise is kept as she goes. After answering, everything shown comes from the saved attempt
 * and core's verdict on each item, as in the quiz. The items come in her own order (pinned ones
 * in place), so an author's grouping of them gives nothing away.
 */
export function CategorizeBlock({ block, attempt, state, saveState, submit, seed }: BlockViewProps<'categorize'>) {
  const { t } = useTranslation(['categorize', 'common']);
  const localized = useLocalized();
  const uid = useId();
  const { placements } = state;
  const [refusal, setRefusal] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const { busy, failed, save, clearFailure } = useAnswerSave(submit);
  const answered = attempt !== undefined;
  const shown = answered ? attempt.answer.placements : placements;
  const verdict = new Map(attempt?.outcome?.parts.map((p) => [p.id, p]));
  const items = useMemo(() => seededOrder(block.items, seed), [block.items, seed]);
  const unplaced = block.items.filter((item) => !shown[item.id]);
  const groupLabel = (groupId: string | undefined) => {
    const group = block.groups.find((g) => g.id === groupId);
    return group ? localized(group.label) : '';
  };

  const place = (itemId: string, groupId: string) => {
    setRefusal(null);
    clearFailure();
    void saveState({ placements: { ...placements, [itemId]: groupId } });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (unplaced.length > 0) {
      setRefused(true);
      setRefusal(t('placeAllFirst', { count: unplaced.length }));
      return;
    }
    setRefusal(null);
    await save({ placements: Object.fromEntries(block.items.map((item) => [item.id, placements[item.id]!])) });
  };

  return (
    <form className="categorize" onSubmit={onSubmit} noValidate>
      {/* Inputs stay enabled while saving, so a failed save leaves keyboard focus where it was. */}
      <fieldset disabled={answered} aria-describedby={`${uid}-hint`}>
        <legend className="categorize-prompt">{localized(block.prompt)}</legend>
        <p id={`${uid}-hint`} className="hint">{t('instructions')}</p>
        <ol className="categorize-items">
          {items.map((item) => {
            const base = `${uid}-${item.id}`;
            const chosen = Object.hasOwn(shown, item.id) ? shown[item.id] : undefined;
            const right = verdict.get(item.id)?.correct === true;
            const missing = !answered && refused && !chosen;
            const state = answered ? (right ? 'right' : 'wrong') : missing ? 'missing' : undefined;
            return (
              <li key={item.id} className="categorize-item" data-state={state}>
                <fieldset aria-describedby={answered ? `${base}-result ${base}-feedback` : missing ? `${base}-missing` : undefined}>
                  <legend>{localized(item.text)}</legend>
                  <div className="categorize-choices">
                    {block.groups.map((group) => (
                      <label
                        key={group.id}
                        className="categorize-choice"
                        data-mark={answered ? (group.id === item.group ? 'right' : group.id === chosen ? 'wrong' : undefined) : undefined}
                      >
                        <input
                          type="radio"
                          name={base}
                          value={group.id}
                          checked={chosen === group.id}
                          onChange={() => place(item.id, group.id)}
                        />
                        <span>{localized(group.label)}</span>
                      </label>
                    ))}
                  </div>
                  {missing && <p id={`${base}-missing`} className="categorize-missing">{t('notPlaced')}</p>}
                  {answered && (
                    <>
                      <p id={`${base}-result`} className="categorize-result">
                        {right
                          ? t('right', { group: groupLabel(chosen) })
                          : t('wrong', { chosen: groupLabel(chosen), group: groupLabel(item.group) })}
                      </p>
                      <p id={`${base}-feedback`} className="categorize-feedback">{localized(item.feedback)}</p>
                    </>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
      </fieldset>
      {!answered && (
        <ul className="categorize-summary" aria-label={t('summary')}>
          {block.groups.map((group) => (
            <li key={group.id}>
              {t('groupCount', { group: localized(group.label), count: block.items.filter((i) => shown[i.id] === group.id).length })}
            </li>
          ))}
          {unplaced.length > 0 && <li>{t('unplacedCount', { count: unplaced.length })}</li>}
        </ul>
      )}
      <AnswerOutcome
        result={answered ? t('score', { count: attempt.score.raw, total: attempt.score.max }) : null}
        error={refusal ?? (failed ? t('common:player.saveFailed') : null)}
        explanation={block.explanation}
        busy={busy}
      />
    </form>
  );
}
