import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  copiedExpert,
  copiesLabExpert,
  isCriterionPart,
  PROMPT_MAX_LENGTH,
  RUBRIC_LABELS,
  type PromptLabBlock as PromptLabBlockData,
} from '../../../../core/blocks/prompt-lab/definition';
import { PASS_SCORE } from '../../../../core/blocks/prompt-lab/score';
import { PERSONAL_DATA_PENALTY } from '../../../../core/prompt-check/score';
import { isPersonalData, pseudonymise } from '../../../../core/prompt-check';
import type { MissingElementFinding, PersonalDataFinding } from '../../../../core/prompt-check/types';
import { Markdown } from '../../components/Markdown';
import { useLanguage, useLocalized } from '../../hooks';
import type { BlockViewProps, ViewAttempt } from '../types';
import { useAnswerSave } from '../useAnswerSave';
import { segmentsOf } from './highlight';
import { usePromptCheck } from './usePromptCheck';
import './prompt-lab.css';

type Try = ViewAttempt<'prompt-lab'>;

/**
 * A prompt-writing exercise. The learner writes a prompt for the task card, using the
 * fictitious source if she likes; a checker on this computer marks personal data in place
 * and lists it, with the missing elements and how many of the task's criteria are met, as she
 * types. Each "Check my prompt" saves a new try (the latest counts) and the block stays
 * editable; the try's score, whether the lab is passed and the task's criteria, met or not, are
 * shown in words; after the first try the expert's prompt and reasoning are shown for comparison,
 * and a prompt that copies it is flagged as she writes it (a try that copies it scores 0).
 */
export function PromptLabBlock({ block, attempt, tries, state, saveState, submit }: BlockViewProps<'prompt-lab'>) {
  const { t } = useTranslation(['prompt-lab', 'common']);
  const localized = useLocalized();
  const [lang] = useLanguage();
  const uid = useId();
  // What she is writing, kept as she types; before she writes, her latest try is where she left off.
  const text = state.text ?? attempt?.answer.prompt ?? '';
  const setText = (next: string) => void saveState({ text: next });
  const [undoStack, setUndoStack] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [empty, setEmpty] = useState(false);
  const { busy, failed, save } = useAnswerSave(submit);
  const { findings, counts, checkNow } = usePromptCheck(text, lang, block.criteria);
  const field = useRef<HTMLTextAreaElement>(null);
  const removeButtons = useRef<HTMLUListElement>(null);
  /** After "Remove this": the index of the Remove button to focus next (the textarea when none is left). */
  const focusAfterRemoval = useRef<number | null>(null);
  const found = findings.filter(isPersonalData).sort((a, b) => a.start - b.start);
  const missing = findings.filter((f): f is MissingElementFinding => f.kind === 'missing-element');
  // Once the expert's prompt is shown, say before she checks it that a copy of it would earn nothing.
  const copying = useMemo(() => attempt !== undefined && copiesLabExpert(block, text), [attempt, block, text]);
  const ids = { hint: `${uid}-hint`, error: `${uid}-error`, field: `${uid}-prompt` };
  const summary = !counts
    ? t('notCheckedYet')
    : counts.personalData === 0 && counts.missing === 0 && counts.criteriaMet === counts.criteria
      ? t('summaryClear')
      : t('summary', {
          personalData: t('summaryPersonalData', { count: counts.personalData }),
          missing: t('summaryMissing', { count: counts.missing }),
          criteria: t('summaryCriteria', { met: counts.criteriaMet, total: counts.criteria }),
        });

  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = removeButtons.current?.querySelectorAll('button');
    (buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : field.current)?.focus();
  }, [findings]);

  const edit = (next: string) => {
    setText(next);
    setNotice('');
    setEmpty(false);
  };

  /** Replaces spans by their placeholders, keeping the text before for Undo. */
  const replace = (targets: PersonalDataFinding[]) => {
    const next = pseudonymise(text, targets, lang);
    setUndoStack((stack) => [...stack, text]);
    setText(next);
    checkNow(next);
    setNotice(t('replaced', { count: targets.length }));
  };

  const pseudonymiseAll = () => {
    // Checked again now: the last check may be a keystroke or two old.
    const targets = checkNow(text).findings.filter(isPersonalData);
    if (targets.length === 0) {
      setNotice(t('nothingToReplace'));
      return;
    }
    replace(targets);
    field.current?.focus();
  };

  const removeOne = (finding: PersonalDataFinding, index: number) => {
    focusAfterRemoval.current = index;
    replace([finding]);
  };

  const undo = () => {
    const previous = undoStack[undoStack.length - 1];
    if (previous === undefined) return;
    setUndoStack(undoStack.slice(0, -1));
    setText(previous);
    checkNow(previous);
    setNotice(t('undone'));
    // The button is about to be disabled: focus goes where the restored text is.
    if (undoStack.length === 1) field.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (text.trim() === '') {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    await save({ prompt: text, lang });
  };

  return (
    <form className="prompt-lab" onSubmit={onSubmit} noValidate>
      <TaskCard block={block} />
      {block.source && <SourceDocument text={localized(block.source)} />}

      <div className="prompt-lab-field">
        <label htmlFor={ids.field} className="prompt-lab-label">
          {t('promptLabel')}
        </label>
        <p id={ids.hint} className="hint">
          {t('promptHint')}
        </p>
        <HighlightedField ref={field} id={ids.field} text={text} findings={found} describedBy={empty ? `${ids.hint} ${ids.error}` : ids.hint} invalid={empty} onChange={edit} />
      </div>

      <div className="prompt-lab-tools">
        <button type="button" onClick={pseudonymiseAll} disabled={text.trim() === ''}>
          {t('pseudonymise')}
        </button>
        <button type="button" onClick={undo} disabled={undoStack.length === 0}>
          {t('undo')}
        </button>
      </div>
      <p role="status" className="prompt-lab-notice">
        {notice}
      </p>

      <div className="prompt-lab-feedback">
        <h3>{t('feedbackTitle')}</h3>
        <p role="status" className="prompt-lab-summary">
          {summary}
        </p>
        {copying && <p className="prompt-lab-copied">{t('copiedDraft')}</p>}
        {found.length > 0 && (
          <>
            <h4 id={`${uid}-personal`}>{t('personalDataTitle')}</h4>
            <ul ref={removeButtons} className="prompt-lab-findings" aria-labelledby={`${uid}-personal`}>
              {found.map((finding, index) => (
                <PersonalDataItem
                  key={`${finding.start}-${finding.end}-${finding.type}`}
                  id={`${uid}-pd-${index}`}
                  finding={finding}
                  text={text}
                  onRemove={() => removeOne(finding, index)}
                />
              ))}
            </ul>
          </>
        )}
        {missing.length > 0 && (
          <>
            <h4 id={`${uid}-missing`}>{t('missingTitle')}</h4>
            <ul className="prompt-lab-findings" aria-labelledby={`${uid}-missing`}>
              {missing.map((finding) => (
                <li key={finding.element} className="prompt-lab-finding" data-kind="missing">
                  <strong>{localized(RUBRIC_LABELS[finding.element])}</strong>
                  <p className="prompt-lab-message">{finding.message}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {(empty || failed) && (
        <p role="alert" id={ids.error} className="error">
          {empty ? t('emptyPrompt') : t('common:player.saveFailed')}
        </p>
      )}
      <TryOutcome block={block} attempt={attempt} tries={tries} changed={attempt !== undefined && attempt.answer.prompt !== text} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common:player.saving') : t('check')}
        </button>
      </div>

      {attempt && <ExpertPrompt block={block} />}
    </form>
  );
}

function TaskCard({ block }: { block: PromptLabBlockData }) {
  const { t } = useTranslation(['prompt-lab', 'common']);
  const localized = useLocalized();
  return (
    <div className="prompt-lab-task">
      <h3>{t('taskTitle')}</h3>
      <p className="prompt-lab-profession">{t('profession', { profession: t(`common:profiles.professions.${block.profession}`) })}</p>
      <Markdown source={localized(block.task)} />
    </div>
  );
}

/** The fictitious document, as plain text; focusable so it can be scrolled with the keyboard. */
function SourceDocument({ text }: { text: string }) {
  const { t } = useTranslation('prompt-lab');
  const id = useId();
  return (
    <div className="prompt-lab-source">
      <h3 id={`${id}-title`}>{t('sourceTitle')}</h3>
      <p id={`${id}-hint`} className="hint">
        {t('sourceHint')}
      </p>
      <div role="region" tabIndex={0} className="prompt-lab-source-text" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
        {text}
      </div>
    </div>
  );
}

/**
 * The prompt field with its findings marked in place. The textarea (transparent background)
 * sits over a layer that renders the same text, in the same font, padding, border and
 * wrapping, with <mark> around each personal-data span, so the marks show through behind
 * the learner's own text. The layer is decorative: the list below says the same in words.
 */
function HighlightedField({
  ref,
  id,
  text,
  findings,
  describedBy,
  invalid,
  onChange,
}: {
  ref: RefObject<HTMLTextAreaElement | null>;
  id: string;
  text: string;
  findings: PersonalDataFinding[];
  describedBy: string;
  invalid: boolean;
  onChange(text: string): void;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const syncScroll = () => {
    if (!layer.current || !ref.current) return;
    layer.current.scrollTop = ref.current.scrollTop;
    layer.current.scrollLeft = ref.current.scrollLeft;
  };
  // New text can change the field's scroll position without a scroll event.
  useLayoutEffect(syncScroll);
  return (
    <div className="prompt-lab-editor">
      <div ref={layer} className="prompt-lab-layer" aria-hidden="true">
        {segmentsOf(text, findings).map((segment, i) =>
          segment.finding ? (
            <mark key={i} data-type={segment.finding.type}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
        {/* Gives a trailing empty line its height, as in the textarea. */}
        {'\u200b'}
      </div>
      <textarea
        ref={ref}
        id={id}
        className="prompt-lab-input"
        rows={8}
        maxLength={PROMPT_MAX_LENGTH}
        value={text}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
        onScroll={syncScroll}
      />
    </div>
  );
}

function PersonalDataItem({ id, finding, text, onRemove }: { id: string; finding: PersonalDataFinding; text: string; onRemove(): void }) {
  const { t } = useTranslation('prompt-lab');
  return (
    <li className="prompt-lab-finding" data-kind="personal-data">
      <p id={id} className="prompt-lab-found">
        <strong>{t(`types.${finding.type}`)}</strong> <q className="prompt-lab-span">{text.slice(finding.start, finding.end)}</q>
      </p>
      <p className="prompt-lab-message">{finding.message}</p>
      <button type="button" onClick={onRemove} aria-describedby={id}>
        {t('remove')}
      </button>
    </li>
  );
}

/**
 * The latest try's score and whether it passes the lab, in words, read from the saved attempt;
 * the task's criteria, met or not; and the earlier tries when known.
 */
function TryOutcome({ block, attempt, tries, changed }: { block: PromptLabBlockData; attempt: Try | undefined; tries: Try[]; changed: boolean }) {
  const { t } = useTranslation('prompt-lab');
  const id = useId();
  const position = attempt ? tries.findIndex((x) => x.id === attempt.id) : -1;
  const earlier = position > 0 ? tries.slice(0, position) : [];
  return (
    <>
      <div role="status" className="prompt-lab-result">
        {attempt && (
          <p>
            {position >= 0 && <span className="prompt-lab-try">{t('try', { number: position + 1 })}</span>} <strong>{t('score', { score: percent(attempt.score.scaled) })}</strong>{' '}
            <span className="prompt-lab-verdict" data-passed={attempt.score.correct}>
              {t(attempt.score.correct ? 'passed' : 'notPassed')}
            </span>
          </p>
        )}
        {attempt?.outcome && copiedExpert(attempt.outcome.parts) && <p className="prompt-lab-copied">{t('copiedTry')}</p>}
      </div>
      {attempt && (
        <>
          {attempt.outcome && <CriteriaChecklist block={block} attempt={attempt} />}
          <p className="hint">{t('rubric', { pass: PASS_SCORE, penalty: PERSONAL_DATA_PENALTY })}</p>
          {earlier.length > 0 && (
            <>
              <p id={id} className="prompt-lab-earlier-title">
                {t('earlierTries')}
              </p>
              <ul className="prompt-lab-earlier" aria-labelledby={id}>
                {earlier.map((x, i) => (
                  <li key={x.id}>{t('earlierTry', { number: i + 1, score: percent(x.score.scaled) })}</li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">{t(changed ? 'changedSince' : 'tryAgain')}</p>
        </>
      )}
    </>
  );
}

const percent = (scaled: number) => Math.round(scaled * 100);

/**
 * What this task asks of a prompt, each criterion met or not by the try, said in words (the mark
 * only repeats it); and, for a criterion whose words stood only in a list, why they did not count.
 */
function CriteriaChecklist({ block, attempt }: { block: PromptLabBlockData; attempt: Try }) {
  const { t } = useTranslation('prompt-lab');
  const localized = useLocalized();
  const [lang] = useLanguage();
  const id = useId();
  const parts = new Map(attempt.outcome!.parts.filter(isCriterionPart).map((p) => [p.id, p]));
  const quoted = (words: readonly string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(words.map((word) => t('quoted', { word })));
  return (
    <div className="prompt-lab-criteria">
      <h4 id={id}>{t('criteriaTitle')}</h4>
      <ul aria-labelledby={id}>
        {block.criteria.map((criterion) => {
          const part = parts.get(criterion.id);
          const done = part?.correct === true;
          return (
            <li key={criterion.id} className="prompt-lab-criterion" data-met={done}>
              <span className="prompt-lab-criterion-mark" aria-hidden="true">
                {done ? '✓' : '✗'}
              </span>
              <span>
                <strong>{t(done ? 'criterionMet' : 'criterionNotMet')}</strong> {localized(criterion.text)}
                {part?.listed && <span className="prompt-lab-listed">{t('criterionListed', { words: quoted(part.listed) })}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ExpertPrompt({ block }: { block: PromptLabBlockData }) {
  const { t } = useTranslation('prompt-lab');
  const localized = useLocalized();
  const id = useId();
  return (
    <div className="prompt-lab-expert">
      <h3>{t('expertTitle')}</h3>
      {/* Named through aria-labelledby as well: not every screen reader names a figure by its caption. */}
      <figure className="prompt-lab-expert-figure" aria-labelledby={id}>
        <figcaption id={id}>{t('expertPrompt')}</figcaption>
        <pre className="prompt-lab-expert-prompt">{localized(block.expert.prompt)}</pre>
      </figure>
      <h4>{t('expertReasoning')}</h4>
      <Markdown source={localized(block.expert.reasoning)} />
    </div>
  );
}
