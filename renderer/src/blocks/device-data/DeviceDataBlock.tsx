import { lazy, Suspense, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceDataBlock as DeviceDataBlockData, DeviceEpisode } from '../../../../core/blocks/device-data/schema';
import { falseAlarms, MAX_RANGES, rightActions, type DeviceDataPart, type DeviceRange } from '../../../../core/blocks/device-data/scoring';
import { ACTION_LABELS, ACTIONS, CLASS_LABELS, CLASSES, type EpisodeAction, type EpisodeClass } from '../../../../core/blocks/device-data/terms';
import type { StateOf } from '../../../../core/blocks';
import type { Language } from '../../../../core/i18n';
import { Markdown } from '../../components/Markdown';
import { useLanguage } from '../../hooks';
import { useResultFocus } from '../AnswerOutcome';
import type { BlockViewProps, ViewAttempt } from '../types';
import { useAnswerSave } from '../useAnswerSave';
import { DataTable } from './DataTable';
import { stretchLetter, stretchOf } from './format';
import type { ChartMark } from './marks';
import { RangePicker, type Selection } from './RangePicker';
import { episodesSummary, seriesSummary } from './summary';
import './device-data.css';

// The chart and the d3 code it draws with load when a device-data block is first shown.
const DeviceChart = lazy(() => import('./DeviceChart'));

type State = StateOf<'device-data'>;
type Draft = State['judgements'][string];
type Attempt = ViewAttempt<'device-data'>;

/**
 * Reviewing a connected device's readings. She reads the patient and the device, the readings (a
 * chart she can walk with the keyboard, or a table, and a text summary), then judges each episode:
 * what it is and what she does. In find mode she first selects the stretches herself. Everything
 * she does is kept as she goes; after answering, each episode shows her verdict beside the right
 * one, with why.
 */
export function DeviceDataBlock({ block, attempt, state, saveState, submit }: BlockViewProps<'device-data'>) {
  const { t } = useTranslation(['device-data', 'blocks', 'common']);
  const [language] = useLanguage();
  const uid = useId();
  const { busy, failed, save, clearFailure } = useAnswerSave(submit);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [selection, setSelection] = useState<Selection>({ from: 0, to: 0 });
  const stretchesHeading = useRef<HTMLHeadingElement>(null);
  const answered = attempt !== undefined;
  // Checking removes the button she pressed: her result takes the focus.
  const resultRef = useResultFocus(answered);
  const marks = useMemo(
    () => (attempt ? chartMarks(block, attempt.answer.ranges ?? [], null) : chartMarks(block, state.ranges, selection)),
    [block, attempt, state.ranges, selection],
  );
  const change = (next: Partial<State>) => {
    setRefusal(null);
    clearFailure();
    void saveState({ ...state, ...next });
  };

  const addStretch = () => {
    const clash = state.ranges.findIndex((r) => r.from <= selection.to && selection.from <= r.to);
    if (clash >= 0) return setNotice(t('picker.overlaps', { label: stretchLetter(clash) }));
    if (state.ranges.length >= MAX_RANGES) return setNotice(t('picker.tooMany', { max: MAX_RANGES }));
    const next = [...state.ranges, { ...selection }].sort((a, b) => a.from - b.from);
    change({ ranges: next });
    setNotice(t('picker.added', { label: stretchLetter(next.findIndex((r) => r.from === selection.from)), stretch: stretchOf(block, selection.from, selection.to, language) }));
  };
  const removeStretch = (i: number) => {
    change({ ranges: state.ranges.filter((_, k) => k !== i) });
    setNotice(t('picker.removed', { label: stretchLetter(i) }));
    stretchesHeading.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || answered) return;
    if (block.mode === 'classify') {
      const open = block.episodes.filter((e) => !complete(state.judgements[e.id]));
      if (open.length > 0) return setRefusal(t('refusal.classify', { count: open.length }));
      await save({ judgements: Object.fromEntries(block.episodes.map((e) => [e.id, state.judgements[e.id] as Required<Draft>])) });
    } else {
      if (state.ranges.length === 0) return setRefusal(t('refusal.noStretch'));
      const open = state.ranges.filter((r) => !complete(r));
      if (open.length > 0) return setRefusal(t('refusal.find', { count: open.length }));
      await save({ ranges: state.ranges as DeviceRange[] });
    }
  };

  return (
    <form className="device-data" onSubmit={onSubmit} noValidate>
      <CaseContext block={block} language={language} />
      <h4>{t('dataTitle')}</h4>
      <p className="hint">{t(`instructions.${block.mode}`)}</p>
      <ul className="dd-summary" aria-label={t('summaryTitle')}>
        {block.series.map((s) => (
          <li key={s.id}>{seriesSummary(t, block, s, language)}</li>
        ))}
        <li>{episodesSummary(t, block, language)}</li>
      </ul>
      <button type="button" className="dd-view-toggle" aria-pressed={state.view === 'table'} onClick={() => change({ view: state.view === 'table' ? 'chart' : 'table' })}>
        {t('showTable')}
      </button>
      {state.view === 'table' ? (
        <DataTable block={block} marks={marks} language={language} />
      ) : (
        <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
          <DeviceChart block={block} marks={marks} language={language} />
        </Suspense>
      )}

      {block.mode === 'find' && !answered && (
        <>
          <RangePicker block={block} language={language} selection={selection} onChange={setSelection} onAdd={addStretch} />
          <p role="status" className="dd-notice">
            {notice}
          </p>
          <h4 ref={stretchesHeading} tabIndex={-1}>
            {t('yourStretches')}
          </h4>
          {state.ranges.length === 0 && <p className="hint">{t('noStretch')}</p>}
          {state.ranges.map((r, i) => (
            <Judgement
              key={`${r.from}-${r.to}`}
              name={`${uid}-r${r.from}`}
              legend={t('stretch', { label: stretchLetter(i), stretch: stretchOf(block, r.from, r.to, language) })}
              value={r}
              onChange={(next) => change({ ranges: state.ranges.map((x, k) => (k === i ? { ...x, ...next } : x)) })}
            >
              <button type="button" className="dd-remove" onClick={() => removeStretch(i)}>
                {t('picker.remove', { label: stretchLetter(i) })}
              </button>
            </Judgement>
          ))}
        </>
      )}

      {block.mode === 'classify' &&
        block.episodes.map((e, i) => {
          const part = attempt?.outcome?.parts.find((p) => p.id === e.id);
          return (
            <Judgement
              key={e.id}
              name={`${uid}-${e.id}`}
              legend={episodeTitle(t, block, e, i, language)}
              value={answered ? attempt.answer.judgements?.[e.id] : state.judgements[e.id]}
              disabled={answered}
              onChange={(next) => change({ judgements: { ...state.judgements, [e.id]: { ...state.judgements[e.id], ...next } } })}
            >
              {answered && part && <EpisodeVerdict episode={e} part={part} />}
            </Judgement>
          );
        })}

      <div role="status" className="answer-result" tabIndex={-1} ref={resultRef}>
        {answered && <Result attempt={attempt} />}
      </div>
      {(refusal || failed) && (
        <p role="alert" className="error">
          {refusal ?? t('common:player.saveFailed')}
        </p>
      )}
      {answered ? (
        <>
          {block.mode === 'find' && <FindResults block={block} attempt={attempt} language={language} />}
          <section className="explanation">
            <h3>{t('blocks:answer.explanation')}</h3>
            <Markdown source={block.explanation[language]} />
          </section>
        </>
      ) : (
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common:player.saving') : t('blocks:answer.check')}
        </button>
      )}
    </form>
  );
}

const complete = (d: Draft | undefined): d is Required<Draft> => d?.class !== undefined && d.action !== undefined;

function episodeTitle(t: ReturnType<typeof useTranslation>['t'], block: DeviceDataBlockData, e: DeviceEpisode, i: number, language: Language): string {
  const series = block.series.find((s) => s.id === e.series)!;
  return t('episode', { label: i + 1, stretch: `${series.label[language]}, ${stretchOf(block, e.from, e.to, language)}` });
}

/** Episodes numbered on their series (classify, or once a find case is answered), her stretches lettered, and the one she is selecting. */
function chartMarks(block: DeviceDataBlockData, ranges: readonly { from: number; to: number }[], selection: Selection | null): ChartMark[] {
  const episodes: ChartMark[] = block.episodes.map((e, i) => ({ key: `e-${e.id}`, from: e.from, to: e.to, series: e.series, label: String(i + 1), kind: 'episode' }));
  if (block.mode === 'classify') return episodes;
  const stretches: ChartMark[] = ranges.map((r, i) => ({ key: `r-${r.from}-${r.to}`, from: r.from, to: r.to, label: stretchLetter(i), kind: 'stretch' }));
  // The stretch being selected is drawn first, under those already added.
  return selection ? [{ key: 'selection', ...selection, label: '', kind: 'selection' }, ...stretches] : [...episodes, ...stretches];
}

function CaseContext({ block, language }: { block: DeviceDataBlockData; language: Language }) {
  const { t } = useTranslation(['device-data', 'common']);
  return (
    <div className="dd-case">
      <h3>{block.title[language]}</h3>
      <p className="dd-profession">{t('profession', { profession: t(`common:profiles.professions.${block.profession}`) })}</p>
      <h4>{t('patientTitle')}</h4>
      <Markdown source={block.patient[language]} />
      <h4>{t('deviceTitle', { name: block.device.name[language] })}</h4>
      <dl className="dd-device-facts">
        <dt>{t('mdrClass')}</dt>
        <dd>{t(`mdrClassValue.${block.device.mdrClass}`)}</dd>
        <dt>{t('mhealthLevel')}</dt>
        <dd>{t(`mhealthLevelValue.${block.device.mhealthLevel}`)}</dd>
      </dl>
      <Markdown source={block.device.facts[language]} />
    </div>
  );
}

/** What it is and what she does, as two groups of native radios: arrows choose, Tab goes on. */
function Judgement({
  name,
  legend,
  value,
  disabled = false,
  onChange,
  children,
}: {
  name: string;
  legend: string;
  value: Draft | undefined;
  disabled?: boolean;
  onChange(next: Draft): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('device-data');
  const [language] = useLanguage();
  const group = <K extends 'class' | 'action'>(
    key: K,
    ids: readonly (K extends 'class' ? EpisodeClass : EpisodeAction)[],
    labels: Record<string, { fr: string; nl: string; en: string }>,
  ) => (
    <fieldset className={`dd-choices dd-${key}`} disabled={disabled}>
      <legend>{t(key === 'class' ? 'classQuestion' : 'actionQuestion')}</legend>
      {ids.map((id) => (
        <label key={id} className="choice-chip dd-choice">
          <input type="radio" name={`${name}-${key}`} value={id} checked={value?.[key] === id} onChange={() => onChange({ [key]: id } as Draft)} />
          <span>{labels[id]![language]}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <fieldset className="dd-judgement">
      <legend>{legend}</legend>
      {group('class', CLASSES, CLASS_LABELS)}
      {group('action', ACTIONS, ACTION_LABELS)}
      {children}
    </fieldset>
  );
}

/** Her answer on one episode beside the right one, then why. */
function EpisodeVerdict({ episode, part }: { episode: DeviceEpisode; part: DeviceDataPart }) {
  const { t } = useTranslation('device-data');
  const [language] = useLanguage();
  const cls = (c: EpisodeClass) => CLASS_LABELS[c][language];
  const act = (a: EpisodeAction) => ACTION_LABELS[a][language];
  // The right actions not named yet: beside hers when she chose one, beside the author's when not.
  const named = part.actionRight ? part.action : episode.action;
  const also = rightActions(episode).filter((a) => a !== named);
  return (
    <div className="dd-verdict" data-state={part.correct ? 'right' : 'wrong'}>
      {part.critical && (
        <p className="dd-critical" data-state={part.caught ? 'right' : 'wrong'}>
          {t(part.caught ? 'verdict.caught' : 'verdict.missed')}
        </p>
      )}
      {part.found && part.class && part.action && (
        <>
          <p>{part.classRight ? t('verdict.classRight', { class: cls(episode.class) }) : t('verdict.classWrong', { given: cls(part.class), class: cls(episode.class) })}</p>
          <p>{part.actionRight ? t('verdict.actionRight', { action: act(part.action) }) : t('verdict.actionWrong', { given: act(part.action), action: act(episode.action) })}</p>
          {also.length > 0 && <p className="hint">{t('verdict.alsoRight', { actions: also.map(act).join(', ') })}</p>}
        </>
      )}
      <Markdown source={episode.feedback[language]} />
    </div>
  );
}

/** Find mode, answered: each episode, found or not, and the stretches that found nothing. */
function FindResults({ block, attempt, language }: { block: DeviceDataBlockData; attempt: Attempt; language: Language }) {
  const { t } = useTranslation('device-data');
  const ranges = attempt.answer.ranges ?? [];
  const parts = new Map(attempt.outcome?.parts.map((p) => [p.id, p]));
  return (
    <section className="dd-results">
      <h4>{t('resultsTitle')}</h4>
      <ol>
        {block.episodes.map((e, i) => {
          const part = parts.get(e.id);
          return (
            <li key={e.id}>
              <h5>{episodeTitle(t, block, e, i, language)}</h5>
              {part && <p>{part.range === undefined ? t('verdict.notFound') : t('verdict.foundBy', { label: stretchLetter(part.range) })}</p>}
              {part && <EpisodeVerdict episode={e} part={part} />}
            </li>
          );
        })}
      </ol>
      {falseAlarms(block, ranges).map((i) => (
        <p key={i} className="dd-false-alarm">
          {t('verdict.falseAlarm', { label: stretchLetter(i), stretch: stretchOf(block, ranges[i]!.from, ranges[i]!.to, language) })}
        </p>
      ))}
    </section>
  );
}

function Result({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation('device-data');
  const missed = attempt.outcome?.parts.some((p) => p.critical && !p.caught) ?? false;
  const verdict = attempt.score.correct ? 'passed' : missed ? 'failedCritical' : 'failed';
  return (
    <strong>
      {t('score', { count: attempt.score.raw, total: attempt.score.max })} — {t(verdict)}
    </strong>
  );
}
