import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTE_MAX_LENGTH,
  VERDICTS,
  type OutputReviewAnswer,
  type OutputReviewBlock as OutputReviewBlockData,
  type OutputReviewState,
} from '../../../../core/blocks/output-review/definition';
import type { Language } from '../../../../core/i18n';
import { useLanguage } from '../../hooks';
import type { BlockViewProps } from '../types';
import { useAnswerSave } from '../useAnswerSave';
import { answerOf, incompleteMarks, removeMark, toggleMark, updateMark } from './marks';
import { MarkEditor } from './MarkEditor';
import { MarkList } from './MarkList';
import { OutputHeader } from './OutputHeader';
import { Reveal } from './Reveal';
import { SegmentList } from './SegmentList';
import './output-review.css';

/**
 * A critical review of one AI output. The output is one composite widget with a single tab stop
 * (a multi-select listbox with a roving tabindex): arrows move from sentence to sentence, Space
 * or Enter marks and unmarks, a click or a tap does the same. Marking opens the choice of a flaw
 * type and a confidence as native radios; Escape or Done goes back to the sentence. Her marks,
 * verdict and note are her work in progress, saved as she goes. After "Check my review" comes the
 * reveal, read from the saved answer and core's verdict on each flaw and false alarm.
 */
export function OutputReviewBlock({ block, attempt, state, saveState, stateStatus, submit }: BlockViewProps<'output-review'>) {
  const { t } = useTranslation('output-review');
  const [uiLanguage] = useLanguage();
  const result = useRef<HTMLDivElement>(null);
  const submitted = useRef(false);
  const send = useCallback(
    (answer: OutputReviewAnswer) => {
      submitted.current = true;
      return submit(answer);
    },
    [submit],
  );
  // The button she pressed is gone: her result takes the focus, and is read out.
  useEffect(() => {
    if (attempt && submitted.current) result.current?.focus();
  }, [attempt]);
  const missedCritical = attempt?.outcome?.parts.some((p) => p.kind === 'flaw' && p.severity === 'critical' && !p.found) ?? false;
  return (
    <>
      {/* Mounted before she answers, so that her result is announced when it comes. */}
      <div ref={result} role="status" className="review-result" tabIndex={-1}>
        {attempt && (
          <strong>
            {t('result.score', { raw: attempt.score.raw, max: attempt.score.max })} {t(attempt.score.correct ? 'result.passed' : 'result.notPassed')}
            {missedCritical && ` ${t('result.criticalMissed')}`}
          </strong>
        )}
      </div>
      {attempt ? (
        <Reveal block={block} attempt={attempt} />
      ) : (
        <ReviewWork block={block} state={state} saveState={saveState} notSaved={stateStatus === 'failed'} submit={send} uiLanguage={uiLanguage} />
      )}
    </>
  );
}

type Save = BlockViewProps<'output-review'>['saveState'];

function ReviewWork({
  block,
  state,
  saveState,
  notSaved,
  submit,
  uiLanguage,
}: {
  block: OutputReviewBlockData;
  state: OutputReviewState;
  saveState: Save;
  notSaved: boolean;
  submit(answer: OutputReviewAnswer): Promise<void>;
  uiLanguage: Language;
}) {
  const { t } = useTranslation(['output-review', 'common']);
  const uid = useId();
  // Marks are indexes into one language's sentences: once she has marked, the review keeps its language.
  const lang: Language = state.marks.length > 0 && state.lang ? state.lang : uiLanguage;
  const segments = block.segments[lang];
  const [active, setActive] = useState(() => state.marks[0]?.segment ?? 0);
  const [editing, setEditing] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, save, clearFailure } = useAnswerSave(submit);
  const focusNext = useRef<'editor' | 'segment' | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLDivElement>(null);
  const ids = { title: `${uid}-title`, hint: `${uid}-hint` };

  // Focus follows what she just did, once it is on screen.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'editor') editor.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    if (target === 'segment') list.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  });

  // Discrete changes are written at once: a reload right after a mark keeps it.
  const keep = (next: OutputReviewState) => {
    setRefusal(null);
    clearFailure();
    void saveState(next, { now: true }).catch(() => undefined);
  };

  const toggle = (segment: number) => {
    const { state: next, marked } = toggleMark(state, segment, lang);
    keep(next);
    setActive(segment);
    setEditing(marked ? segment : null);
    focusNext.current = marked ? 'editor' : 'segment';
    setAnnouncement(t(marked ? 'announce.marked' : 'announce.unmarked', { n: segment + 1 }));
  };

  const closeEditor = () => {
    if (editing !== null) setActive(editing);
    setEditing(null);
    focusNext.current = 'segment';
  };

  const remove = (segment: number) => {
    keep(removeMark(state, segment));
    setActive(segment);
    setEditing(null);
    focusNext.current = 'segment';
    setAnnouncement(t('announce.unmarked', { n: segment + 1 }));
  };

  const change = (segment: number) => {
    setActive(segment);
    setEditing(segment);
    focusNext.current = 'editor';
  };

  const restart = () => {
    keep({ ...state, lang: null, marks: [] });
    setEditing(null);
    setActive(0);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const incomplete = incompleteMarks(state).length;
    if (incomplete > 0) return setRefusal(t('completeMarksFirst', { count: incomplete }));
    if (state.verdict === null) return setRefusal(t('verdictFirst'));
    const answer = answerOf(state, lang);
    if (answer) await save(answer);
  };

  const editingMark = editing === null ? undefined : state.marks.find((m) => m.segment === editing);
  return (
    <form className="output-review" onSubmit={onSubmit} noValidate>
      <OutputHeader block={block} titleId={ids.title} />
      <p id={ids.hint} className="hint">
        {t('instructions')}
      </p>
      {lang !== uiLanguage && (
        <p className="review-language">
          {t('otherLanguage', { language: t(`languageName.${lang}`) })}{' '}
          <button type="button" className="link-button" onClick={restart}>
            {t('restartIn')}
          </button>
        </p>
      )}
      <SegmentList
        ref={list}
        segments={segments}
        lang={lang}
        marks={state.marks}
        active={active}
        labelledBy={ids.title}
        describedBy={ids.hint}
        onMove={setActive}
        onToggle={toggle}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {editingMark && (
        <MarkEditor
          ref={editor}
          mark={editingMark}
          text={segments[editingMark.segment]?.text ?? ''}
          lang={lang}
          onChange={(changeOf) => keep(updateMark(state, editingMark.segment, changeOf))}
          onClose={closeEditor}
          onRemove={() => remove(editingMark.segment)}
        />
      )}
      <MarkList marks={state.marks} segments={segments} lang={lang} onChange={change} onRemove={remove} />
      <fieldset className="review-verdict">
        <legend>{t('verdict.legend')}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className="choice-chip">
            <input type="radio" name={`${uid}-verdict`} value={verdict} checked={state.verdict === verdict} onChange={() => keep({ ...state, verdict })} />
            <span>{t(`verdict.${verdict}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="review-note">
        <label htmlFor={`${uid}-note`}>{t('note.label')}</label>
        <p id={`${uid}-note-hint`} className="hint">
          {t('note.hint')}
        </p>
        <textarea
          id={`${uid}-note`}
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          value={state.note}
          aria-describedby={`${uid}-note-hint`}
          onChange={(e) => void saveState({ ...state, note: e.target.value })}
        />
      </div>
      <div role="alert" className="error-slot">
        {refusal ? <p className="error">{refusal}</p> : failed ? <p className="error">{t('common:player.saveFailed')}</p> : null}
        {notSaved && <p className="error">{t('workNotSaved')}</p>}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common:player.saving') : t('check')}
      </button>
    </form>
  );
}
