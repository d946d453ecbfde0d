import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cohortReport, type CohortReport, type ReportCell, type ReportLearner } from '../../../core/cohort/report';
import { cohortSummaries, openCohort } from '../db/cohorts';
import { useServices } from '../context';
import { useLanguage } from '../hooks';
import { formatDate, formatPercent } from '../i18n';
import type { PrintPageResult } from '../platform';
import { useTrainerCatalogue, type TrainerCatalogue } from './catalogue';
import { useHeadingFocus } from './focus';
import { csvFileName, formatDay, formatMinutes, localToday } from './format';
import { moduleTitle } from '../../../core/cohort/csv';
import { nameContent } from './names';
import { ObjectivesList } from './Objectives';
import { useTrainer, useVault } from './store';

/**
 * The training record a deployer keeps as one of its AI-literacy measures (AI Act Art. 4): one
 * compact table of the modules each learner passed (by the rule of core/attempts.ts), with the
 * version, the planned hours, the score and the date passed; apart, the modules completed and not
 * yet passed, which attest nothing; and, if she asks, a page per learner with the objectives of
 * the modules passed. Made to be printed: a PDF on the desktop, the print dialog in a browser;
 * the print stylesheet hides everything but the record. It shows the dashboard's current view.
 */
export function TrainingRecord({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const catalogue = useTrainerCatalogue();
  const data = useLiveQuery(async () => {
    const [cohort, summaries] = await Promise.all([openCohort(vault, cohortId), cohortSummaries(vault, cohortId)]);
    return { cohort: typeof cohort === 'string' ? undefined : cohort, summaries };
  }, [vault, cohortId]);
  const profession = useTrainer((s) => s.profession);
  const [pages, setPages] = useState(false);
  const report = useMemo(() => (catalogue && data ? cohortReport(data.summaries, catalogue.modules, profession) : null), [catalogue, data, profession]);
  if (!catalogue || !data || !report) return <p role="status">{t('loading')}</p>;
  const name = data.cohort?.name ?? '';
  const view = profession ? t(`common:profiles.professions.${profession}`) : null;
  return (
    <article className="training-record" aria-labelledby="record-title">
      <RecordTools cohortId={cohortId} suggestedName={csvFileName(name, view, localToday(), 'pdf')} pages={pages} onPages={setPages} />
      <RecordHeading name={name} />
      <p className="record-legal">{t('record.legal')}</p>
      <RecordFacts name={name} learners={report.learners.length} profession={profession} />
      {report.learners.length === 0 ? (
        <p>{t('record.empty')}</p>
      ) : (
        <>
          <PassedTable report={report} catalogue={catalogue} />
          <NotYetPassedTable report={report} catalogue={catalogue} />
          {pages && report.learners.map((learner) => <LearnerPage key={learner.account} learner={learner} catalogue={catalogue} moduleIds={report.moduleIds} />)}
        </>
      )}
      <p className="record-signature">{t('record.signature')}</p>
    </article>
  );
}

/** Back, a page per learner or not, and print; hidden from the printed page. */
function RecordTools({ cohortId, suggestedName, pages, onPages }: { cohortId: string; suggestedName: string; pages: boolean; onPages(pages: boolean): void }) {
  const { t } = useTranslation('trainer');
  const { platform } = useServices();
  const show = useTrainer((s) => s.show);
  const id = useId();
  const [result, setResult] = useState<PrintPageResult | null>(null);
  const print = async () => {
    setResult(null);
    setResult(await platform.printPage({ suggestedName }));
  };
  const message = !result || result.outcome === 'cancelled' ? '' : result.outcome === 'failed' ? t(`export:failure.${result.error}`) : t(`record.${result.outcome}`);
  return (
    <div className="record-tools">
      <div className="actions">
        <button type="button" onClick={() => show({ name: 'cohort', cohortId })}>
          {t('record.back')}
        </button>
        <button type="button" className="primary" onClick={() => void print()}>
          {t(platform.kind === 'desktop' ? 'record.savePdf' : 'record.print')}
        </button>
      </div>
      <div className="choice inline-choice">
        <input id={`${id}-pages`} type="checkbox" checked={pages} onChange={(e) => onPages(e.target.checked)} />
        <label htmlFor={`${id}-pages`}>{t('record.pages')}</label>
      </div>
      {platform.kind === 'browser' && <p className="hint">{t('record.printHint')}</p>}
      <p role="status" className={result?.outcome === 'failed' ? 'error' : 'hint'}>
        {message}
      </p>
    </div>
  );
}

function RecordHeading({ name }: { name: string }) {
  const { t } = useTranslation('trainer');
  const heading = useHeadingFocus();
  return (
    <h1 id="record-title" ref={heading} tabIndex={-1}>
      {t('record.title', { name })}
    </h1>
  );
}

function RecordFacts({ name, learners, profession }: { name: string; learners: number; profession: string | null }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  return (
    <dl className="record-facts">
      <dt>{t('record.cohort')}</dt>
      <dd>{name}</dd>
      <dt>{t('record.date')}</dt>
      <dd>{formatDate(localToday(), lang)}</dd>
      <dt>{t('record.learners')}</dt>
      <dd>{learners}</dd>
      <dt>{t('record.professions')}</dt>
      <dd>{profession ? t(`common:profiles.professions.${profession}`) : t('record.allProfessions')}</dd>
    </dl>
  );
}

/** Each learner's modules whose standing is `result`, in the report's order. */
function rowsOf(report: CohortReport, result: ReportCell['result']): { learner: ReportLearner; moduleId: string; cell: ReportCell }[] {
  return report.learners.flatMap((learner) =>
    report.moduleIds.flatMap((moduleId) => {
      const cell = learner.cells[moduleId]!;
      return cell.result === result ? [{ learner, moduleId, cell }] : [];
    }),
  );
}

function PassedTable({ report, catalogue }: { report: CohortReport; catalogue: TrainerCatalogue }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const rows = rowsOf(report, 'passed');
  const hours = (moduleId: string) => {
    const mod = catalogue.modules.find((m) => m.id === moduleId);
    return mod ? formatMinutes(mod.estimatedMinutes * 60_000, lang) : t('none');
  };
  return (
    <section aria-labelledby="record-passed">
      <h2 id="record-passed">{t('record.passedTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('record.nonePassed')}</p>
      ) : (
        <table className="data-table record-table">
          <thead>
            <tr>
              {['learner', 'profession', 'module', 'version', 'hours', 'score', 'datePassed'].map((column) => (
                <th scope="col" key={column}>
                  {t(`record.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ learner, moduleId, cell }) => (
              <tr key={`${learner.account}/${moduleId}`}>
                <th scope="row">{nameContent(learner, t)}</th>
                <td>{learner.profession ? t(`common:profiles.professions.${learner.profession}`) : t('matrix.noProfession')}</td>
                <td>{moduleTitle(moduleId, catalogue.modules, lang)}</td>
                <td>{cell.moduleVersion ?? t('none')}</td>
                <td>{hours(moduleId)}</td>
                <td>{cell.score === undefined ? t('none') : formatPercent(cell.score, lang)}</td>
                <td>{cell.completedAt ? formatDay(cell.completedAt, lang) : t('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Modules completed below the passing score: named, so that nobody reads them as attested. */
function NotYetPassedTable({ report, catalogue }: { report: CohortReport; catalogue: TrainerCatalogue }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const rows = rowsOf(report, 'not-yet-passed');
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="record-not-yet">
      <h2 id="record-not-yet">{t('record.notYetTitle')}</h2>
      <p>{t('record.notYetHelp')}</p>
      <table className="data-table record-table">
        <thead>
          <tr>
            {['learner', 'profession', 'module', 'result', 'score', 'passingScore'].map((column) => (
              <th scope="col" key={column}>
                {t(`record.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ learner, moduleId, cell }) => (
            <tr key={`${learner.account}/${moduleId}`}>
              <th scope="row">{nameContent(learner, t)}</th>
              <td>{learner.profession ? t(`common:profiles.professions.${learner.profession}`) : t('matrix.noProfession')}</td>
              <td>{moduleTitle(moduleId, catalogue.modules, lang)}</td>
              <td>{t('cohort:result.not-yet-passed')}</td>
              <td>{cell.score === undefined ? t('none') : formatPercent(cell.score, lang)}</td>
              <td>{cell.passingScore === undefined ? t('none') : formatPercent(cell.passingScore, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A learner's own page: the modules she passed with their objectives; those not yet passed, with none. */
function LearnerPage({ learner, catalogue, moduleIds }: { learner: ReportLearner; catalogue: TrainerCatalogue; moduleIds: string[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const passed = moduleIds.filter((id) => learner.cells[id]?.result === 'passed');
  const notYet = moduleIds.filter((id) => learner.cells[id]?.result === 'not-yet-passed');
  return (
    <section className="record-learner">
      <h2>{nameContent(learner, t)}</h2>
      <p>
        {learner.profession ? t(`common:profiles.professions.${learner.profession}`) : t('matrix.noProfession')}
        {' · '}
        {t('record.passedCount', { count: passed.length })}
        {' · '}
        {t('record.totalTime', { time: formatMinutes(learner.totalTimeMs, lang) })}
      </p>
      {passed.length === 0 && <p>{t('record.nonePassedLearner')}</p>}
      {passed.map((id) => {
        const cell = learner.cells[id]!;
        return (
          <section key={id} className="record-module">
            <h3>{moduleTitle(id, catalogue.modules, lang)}</h3>
            <p>
              {[
                cell.completedAt ? t('record.passedOn', { date: formatDay(cell.completedAt, lang) }) : null,
                cell.moduleVersion === undefined ? null : t('record.version', { version: cell.moduleVersion }),
                cell.score === undefined ? null : t('record.score', { score: formatPercent(cell.score, lang) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <h4 className="record-objectives-title">{t('record.objectives')}</h4>
            <ObjectivesList moduleId={id} catalogue={catalogue} />
          </section>
        );
      })}
      {notYet.map((id) => (
        <p key={id} className="record-not-yet">
          {t('record.notYetLine', {
            module: moduleTitle(id, catalogue.modules, lang),
            score: formatPercent(learner.cells[id]!.score ?? 0, lang),
            threshold: formatPercent(learner.cells[id]!.passingScore ?? 0, lang),
          })}
        </p>
      ))}
    </section>
  );
}
