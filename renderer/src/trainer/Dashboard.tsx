import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../core/i18n';
import { cohortCsv } from '../../../core/cohort/csv';
import {
  exerciseText,
  joinReport,
  learnersReport,
  mistakeText,
  reportCounts,
  SCORE_BANDS,
  type CohortReport,
  type LearnersReport,
  type ReportCell,
  type ReportLearner,
  type ReportModule,
} from '../../../core/cohort/report';
import type { LearnerSummary } from '../../../core/cohort/summary';
import { PROFESSIONS, type Profession } from '../../../core/professions';
import { useServices } from '../context';
import { cohortSummaries, type Cohort } from '../db/cohorts';
import { summariesInMemory } from '../db/vault';
import { useLanguage } from '../hooks';
import { formatPercent } from '../i18n';
import { useTrainerCatalogue } from './catalogue';
import { csvFileName, csvLabels, formatMinutes, localToday, standingWords } from './format';
import { moduleTitle } from '../../../core/cohort/csv';
import { nameContent } from './names';
import { useTrainer, useVault } from './store';

/** How many of the hardest exercises the dashboard lists. */
export const HARDEST_SHOWN = 10;

/** How many learners the matrix holds in the dashboard's first frame: more than a screen shows. */
export const FIRST_ROWS = 50;

/**
 * A cohort's results, computed from one small summary per learner (never from the statements),
 * each opened once after unlocking: the learners × modules matrix, completion, scores, the
 * hardest exercises, time spent.
 *
 * The first frame draws the top of the page: the totals and the matrix's first FIRST_ROWS
 * learners, from the learners' part of the report. The rest (the other learners, and the
 * sections below the matrix with what only they need: completion, scores, the hardest
 * exercises) is drawn right after, in the background, so a cohort of hundreds shows at once.
 */
export function Dashboard({ cohort, paused = false }: { cohort: Cohort; paused?: boolean }) {
  const { t } = useTranslation('trainer');
  const catalogue = useTrainerCatalogue();
  const summaries = usePausableSummaries(cohort.id, paused);
  const profession = useTrainer((s) => s.profession);
  // False in the first frame that has the data; React then draws again with true, without holding the page.
  const complete = useDeferredValue(Boolean(catalogue && summaries), false);
  const learners = useMemo(() => (catalogue && summaries ? learnersReport(summaries, catalogue.modules, profession) : null), [catalogue, summaries, profession]);
  const report = useMemo(() => (complete && learners && summaries ? joinReport(learners, reportCounts(learners, summaries)) : null), [complete, learners, summaries]);

  if (!catalogue || !summaries || !learners) return <p role="status">{t('loading')}</p>;
  // Until the background drawing has it, the CSV's report is made when asked for.
  const fullReport = () => report ?? joinReport(learners, reportCounts(learners, summaries));
  return (
    <section aria-labelledby="results-title" className="dashboard" aria-busy={paused || undefined}>
      <h2 id="results-title">{t('dashboard.title')}</h2>
      {summaries.length === 0 ? (
        <p>{t('dashboard.empty')}</p>
      ) : (
        <>
          <div className="dashboard-tools">
            <ProfessionFilter summaries={summaries} />
            <Exports cohort={cohort} report={fullReport} catalogue={catalogue.modules} />
          </div>
          <Totals report={learners} />
          {learners.learners.length > 0 && (
            <>
              <Matrix cohortId={cohort.id} report={learners} catalogue={catalogue.modules} rows={report ? undefined : FIRST_ROWS} />
              {report && (
                <>
                  <Completion report={report} catalogue={catalogue.modules} />
                  <Distribution report={report} catalogue={catalogue.modules} />
                  <HardestItems report={report} catalogue={catalogue.modules} />
                </>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The cohort's summaries, live. While files are being imported the dashboard keeps what it
 * shows and reads nothing: re-reading and re-drawing the whole cohort after each of 200 files
 * would slow the import down several times over. It reads once more when the import ends.
 */
function usePausableSummaries(cohortId: string, paused: boolean): LearnerSummary[] | undefined {
  const vault = useVault();
  const last = useRef<LearnerSummary[] | undefined>(undefined);
  // A querier that touches no table subscribes to nothing, so nothing re-runs it while paused.
  // Until it answers, what was opened at unlocking is drawn; it answers with the same list when nothing changed.
  return useLiveQuery(
    async () => {
      if (paused && last.current) return last.current;
      last.current = await cohortSummaries(vault, cohortId);
      return last.current;
    },
    [vault, cohortId, paused],
    summariesInMemory(vault, cohortId),
  );
}

function ProfessionFilter({ summaries }: { summaries: readonly LearnerSummary[] }) {
  const { t } = useTranslation('trainer');
  const profession = useTrainer((s) => s.profession);
  const filterProfession = useTrainer((s) => s.filterProfession);
  const id = useId();
  const counts = new Map<Profession, number>();
  for (const s of summaries) if (s.profession) counts.set(s.profession, (counts.get(s.profession) ?? 0) + 1);
  const offered = PROFESSIONS.filter((p) => counts.has(p) || p === profession);
  return (
    <div className="field inline-field">
      <label htmlFor={`${id}-profession`}>{t('dashboard.profession')}</label>
      <select id={`${id}-profession`} value={profession ?? ''} onChange={(e) => filterProfession(e.target.value ? (e.target.value as Profession) : null)}>
        <option value="">{t('dashboard.allProfessions', { n: summaries.length })}</option>
        {offered.map((p) => (
          <option key={p} value={p}>
            {t('dashboard.professionOption', { profession: t(`common:profiles.professions.${p}`), n: counts.get(p) ?? 0 })}
          </option>
        ))}
      </select>
    </div>
  );
}

function Exports({ cohort, report: reportNow, catalogue }: { cohort: Cohort; report: () => CohortReport; catalogue: readonly ReportModule[] }) {
  const { t } = useTranslation('trainer');
  const { platform } = useServices();
  const [lang] = useLanguage();
  const show = useTrainer((s) => s.show);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const downloadCsv = async () => {
    setMessage(null);
    const report = reportNow();
    const view = report.profession ? t(`common:profiles.professions.${report.profession}`) : null;
    // The BOM makes spreadsheets read the file as UTF-8, accents included.
    const text = `\uFEFF${cohortCsv(report, catalogue, lang, csvLabels(t))}`;
    const result = await platform.saveTextFile({ suggestedName: csvFileName(cohort.name, view, localToday()), text, kind: 'csv' });
    if (result.saved) setMessage({ text: t(platform.kind === 'browser' ? 'exports.csvDownloaded' : 'exports.csvSaved'), error: false });
    // Without an error, she cancelled: nothing to say.
    else if (result.error) setMessage({ text: t(`exports.failure.${result.error}`), error: true });
  };

  return (
    <div className="exports">
      <div className="actions">
        <button type="button" onClick={() => void downloadCsv()}>
          {t('exports.csv')}
        </button>
        <button type="button" onClick={() => show({ name: 'record', cohortId: cohort.id })}>
          {t('exports.record')}
        </button>
      </div>
      <p role="status" className={message?.error ? 'error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}

/** Announced when the filter changes: how many learners the view now holds. */
function Totals({ report }: { report: LearnersReport }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const { learners, completions, passes, timeSpentMs } = report.totals;
  return (
    <p role="status" className="totals">
      {learners === 0
        ? t('dashboard.noneInView')
        : [
            t('totals.learners', { count: learners }),
            t('totals.completions', { count: completions }),
            t('totals.passes', { count: passes }),
            t('totals.time', { time: formatMinutes(timeSpentMs, lang) }),
          ].join(' · ')}
    </p>
  );
}

/** A scrollable region a keyboard can reach and scroll: wide tables do not widen the page. */
/**
 * A table the screen reader names by its section's heading, scrollable by keyboard when it is
 * wider than the screen; its caption says what each row holds.
 */
function DataTable(props: { labelledBy: string; className?: string; caption: string; columns: ReactNode[]; children: ReactNode; busy?: boolean }) {
  const { labelledBy, className = '', caption, columns, children, busy = false } = props;
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className={`data-table ${className}`.trim()} aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The words a row repeats, translated once per render rather than once per cell. */
function rowWords(t: TFunction) {
  return {
    standing: standingWords(t),
    profession: Object.fromEntries(PROFESSIONS.map((p) => [p, t(`common:profiles.professions.${p}`)])) as Record<Profession, string>,
    noProfession: t('matrix.noProfession'),
  };
}

/** A plain function, not a component: a cohort of 200 has 400 cells, and hooks in each cost more than the cell. */
function cellContent(cell: ReportCell, words: ReturnType<typeof rowWords>, lang: Language) {
  // A retake under way: she is in progress, and the module is not passed yet.
  const retaking = cell.standing === 'in-progress' && cell.result === 'not-yet-passed';
  return (
    <>
      <span className="cell-status" data-state={cell.standing}>
        {words.standing[cell.standing]}
      </span>
      {retaking && (
        <>
          {' '}
          <span className="cell-result">({words.standing['not-yet-passed']})</span>
        </>
      )}
      {cell.score !== undefined && (
        <>
          {' '}
          <span className="cell-score">{formatPercent(cell.score, lang)}</span>
        </>
      )}
      {cell.status !== 'not-started' && (
        <>
          {' '}
          <span className="cell-time">{formatMinutes(cell.timeSpentMs, lang)}</span>
        </>
      )}
    </>
  );
}

/** `rows`: how many learners to draw for now (the table says it is busy until the others are there). */
function Matrix({ cohortId, report, catalogue, rows }: { cohortId: string; report: LearnersReport; catalogue: readonly ReportModule[]; rows?: number }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const show = useTrainer((s) => s.show);
  const words = useMemo(() => rowWords(t), [t]);
  const shown = rows === undefined ? report.learners : report.learners.slice(0, rows);
  return (
    <section>
      <h3 id="matrix-title">{t('matrix.title')}</h3>
      <p className="hint">{t('matrix.hint')}</p>
      <DataTable
        labelledBy="matrix-title"
        className="matrix"
        caption={t('matrix.caption')}
        busy={shown.length < report.learners.length}
        columns={[
          t('matrix.learner'),
          t('matrix.profession'),
          ...report.moduleIds.map((id) => <ModuleHeading key={id} moduleId={id} catalogue={catalogue} />),
          t('matrix.totalTime'),
        ]}
      >
        {shown.map((learner) => (
          <MatrixRow key={learner.account} cohortId={cohortId} learner={learner} moduleIds={report.moduleIds} words={words} lang={lang} t={t} show={show} />
        ))}
      </DataTable>
    </section>
  );
}

/** One learner's row; drawn again only when what it shows changes (not when the rows after it arrive). No hook: 200 of them. */
const MatrixRow = memo(function MatrixRow(props: {
  cohortId: string;
  learner: ReportLearner;
  moduleIds: readonly string[];
  words: ReturnType<typeof rowWords>;
  lang: Language;
  t: TFunction;
  show: ReturnType<typeof useTrainer.getState>['show'];
}) {
  const { cohortId, learner, moduleIds, words, lang, t, show } = props;
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => show({ name: 'learner', cohortId, account: learner.account })}>
          {nameContent(learner, t)}
        </button>
      </th>
      <td>{learner.profession ? words.profession[learner.profession] : words.noProfession}</td>
      {moduleIds.map((id) => (
        <td key={id} className="cell" data-state={learner.cells[id]!.standing}>
          {cellContent(learner.cells[id]!, words, lang)}
        </td>
      ))}
      <td>{formatMinutes(learner.totalTimeMs, lang)}</td>
    </tr>
  );
});

/** A module's column: its title, and the passing score its scores are read against. */
function ModuleHeading({ moduleId, catalogue }: { moduleId: string; catalogue: readonly ReportModule[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const mod = catalogue.find((m) => m.id === moduleId);
  return (
    <>
      {moduleTitle(moduleId, catalogue, lang)}
      {mod && (
        <>
          {' '}
          <span className="column-note">{t('matrix.passingScore', { score: formatPercent(mod.passingScore, lang) })}</span>
        </>
      )}
    </>
  );
}

/** A bar for the eye; the number beside it is what a screen reader reads. */
function Bar({ ratio }: { ratio: number }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ width: `${Math.round(Math.min(1, Math.max(0, ratio)) * 100)}%` }} />
    </span>
  );
}

function Completion({ report, catalogue }: { report: CohortReport; catalogue: readonly ReportModule[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  return (
    <section>
      <h3 id="completion-title">{t('completion.title')}</h3>
      <DataTable
        labelledBy="completion-title"
        caption={t('completion.caption')}
        columns={[
          t('completion.module'),
          t('completion.started'),
          t('completion.completed'),
          t('completion.passed'),
          t('completion.rate'),
          t('completion.medianTime'),
          t('completion.meanScore'),
        ]}
      >
        {report.completion.map((c) => (
          <tr key={c.moduleId}>
            <th scope="row">{moduleTitle(c.moduleId, catalogue, lang)}</th>
            <td>{c.started}</td>
            <td>{c.completed}</td>
            <td>{c.passed}</td>
            <td className="bar-cell">
              <Bar ratio={c.completionRate} /> {formatPercent(c.completionRate, lang)}
            </td>
            <td>{c.medianTimeMs === null ? t('none') : formatMinutes(c.medianTimeMs, lang)}</td>
            <td>{c.meanScore === null ? t('none') : formatPercent(c.meanScore, lang)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

const BANDS = Array.from({ length: SCORE_BANDS }, (_, i) => i);

/**
 * One module's scores as a small bar chart, named by the module's title: learners up the side
 * (0 to the most in one band), score across (0 to 100 %), and in words for a screen reader the
 * bands that hold someone. The table after the charts gives every number.
 */
function Histogram({ title, bands }: { title: string; bands: number[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const id = useId();
  const highest = Math.max(1, ...bands);
  const width = 10 * SCORE_BANDS;
  const held = bands.flatMap((count, i) => (count ? [t('distribution.bandCount', { count, band: t('distribution.band', { from: i * 10, to: (i + 1) * 10 }) })] : []));
  return (
    <figure className="histogram" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="histogram-plot">
        <span className="histogram-y-title" aria-hidden="true">
          {t('distribution.axisLearners')}
        </span>
        <span className="histogram-y-ticks" aria-hidden="true">
          <span>{highest}</span>
          <span>0</span>
        </span>
        <svg viewBox={`0 0 ${width} 40`} preserveAspectRatio="none" role="img" aria-label={new Intl.ListFormat(lang, { type: 'conjunction' }).format(held)}>
          <line x1="0" y1="0.5" x2={width} y2="0.5" className="histogram-grid" />
          <line x1="0.5" y1="0" x2="0.5" y2="40" className="histogram-axis" />
          <line x1="0" y1="39.5" x2={width} y2="39.5" className="histogram-axis" />
          {bands.map((n, i) => {
            const h = (n / highest) * 39;
            return <rect key={i} x={i * 10 + 1.5} y={39.5 - h} width="7" height={h} className="histogram-bar" />;
          })}
        </svg>
        <span className="histogram-x-ticks" aria-hidden="true">
          <span>0</span>
          <span>50</span>
          <span>100</span>
        </span>
        <span className="histogram-x-title" aria-hidden="true">
          {t('distribution.axisScore')}
        </span>
      </div>
    </figure>
  );
}

function Distribution({ report, catalogue }: { report: CohortReport; catalogue: readonly ReportModule[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const withScores = report.scoreDistribution.filter((d) => d.bands.some((n) => n > 0));
  return (
    <section>
      <h3 id="distribution-title">{t('distribution.title')}</h3>
      {withScores.length === 0 ? (
        <p>{t('distribution.none')}</p>
      ) : (
        <>
          <p className="hint">{t('distribution.hint')}</p>
          <ul className="histograms">
            {withScores.map((d) => (
              <li key={d.moduleId}>
                <Histogram title={moduleTitle(d.moduleId, catalogue, lang)} bands={d.bands} />
              </li>
            ))}
          </ul>
          <DataTable
            labelledBy="distribution-title"
            className="distribution"
            caption={t('distribution.caption')}
            columns={[t('distribution.module'), ...BANDS.map((i) => t('distribution.band', { from: i * 10, to: (i + 1) * 10 }))]}
          >
            {withScores.map((d) => (
              <tr key={d.moduleId}>
                <th scope="row">{moduleTitle(d.moduleId, catalogue, lang)}</th>
                {d.bands.map((n, i) => (
                  <td key={i}>{n}</td>
                ))}
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

function HardestItems({ report, catalogue }: { report: CohortReport; catalogue: readonly ReportModule[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const items = report.hardestItems.slice(0, HARDEST_SHOWN);
  return (
    <section>
      <h3 id="hardest-title">{t('hardest.title')}</h3>
      {items.length === 0 ? (
        <p>{t('hardest.none')}</p>
      ) : (
        <>
          <p className="hint">{t('hardest.hint', { count: items.length })}</p>
          <DataTable
            labelledBy="hardest-title"
            className="hardest"
            caption={t('hardest.caption')}
            columns={[t('hardest.exercise'), t('hardest.module'), t('hardest.answered'), t('hardest.meanScore'), t('hardest.correct'), t('hardest.mistake')]}
          >
            {items.map((item) => (
              <tr key={`${item.moduleId}/${item.blockId}`}>
                <th scope="row">{exerciseText(catalogue, item.moduleId, item.blockId, lang)}</th>
                <td>{moduleTitle(item.moduleId, catalogue, lang)}</td>
                <td>{item.answered}</td>
                <td>{formatPercent(item.meanScore, lang)}</td>
                <td className="bar-cell">
                  <Bar ratio={item.shareCorrect} /> {formatPercent(item.shareCorrect, lang)}
                </td>
                <td>
                  {item.commonMistakes.length ? (
                    <ul className="mistakes">
                      {item.commonMistakes.map(({ mistake, count }) => (
                        <li key={mistake.join('\u0000')}>{t('hardest.mistakeCount', { choice: mistakeText(catalogue, item, mistake, lang), count })}</li>
                      ))}
                    </ul>
                  ) : (
                    t('none')
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
