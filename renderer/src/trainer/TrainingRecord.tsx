import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cohortReport, type ReportLearner } from '../../../core/cohort/report';
import { cohortSummaries, openCohort } from '../db/cohorts';
import { useLanguage } from '../hooks';
import { formatDate, formatPercent } from '../i18n';
import { useTrainerCatalogue, type TrainerCatalogue } from './catalogue';
import { useHeadingFocus } from './focus';
import { formatDay, formatMinutes, localToday } from './format';
import { moduleTitle } from '../../../core/cohort/csv';
import { nameContent } from './names';
import { ObjectivesList } from './Objectives';
import { useTrainer, useVault } from './store';

/**
 * The training record a deployer keeps under Art. 4 of the AI Act: per learner, the modules
 * completed, when, how long, and the objectives they cover. Made to be printed (or saved as PDF
 * from the print dialog): the print stylesheet hides everything but the record, and each
 * learner starts a new page. It shows the learners of the dashboard's current view.
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
  const show = useTrainer((s) => s.show);
  const report = useMemo(
    () => (catalogue && data ? cohortReport(data.summaries, catalogue.modules, profession) : null),
    [catalogue, data, profession],
  );
  if (!catalogue || !data || !report) return <p role="status">{t('loading')}</p>;
  return (
    <article className="training-record" aria-labelledby="record-title">
      <div className="record-tools actions">
        <button type="button" onClick={() => show({ name: 'cohort', cohortId })}>{t('record.back')}</button>
        <button type="button" className="primary" onClick={() => window.print()}>{t('record.print')}</button>
        <p className="hint">{t('record.printHint')}</p>
      </div>
      <RecordHeading name={data.cohort?.name ?? ''} />
      <p className="record-legal">{t('record.legal')}</p>
      <RecordFacts name={data.cohort?.name ?? ''} learners={report.learners.length} profession={profession} />
      {report.learners.length === 0 ? (
        <p>{t('record.empty')}</p>
      ) : (
        report.learners.map((learner) => <LearnerRecord key={learner.account} learner={learner} catalogue={catalogue} moduleIds={report.moduleIds} />)
      )}
      <p className="record-signature">{t('record.signature')}</p>
    </article>
  );
}

function RecordHeading({ name }: { name: string }) {
  const { t } = useTranslation('trainer');
  const heading = useHeadingFocus();
  return <h1 id="record-title" ref={heading} tabIndex={-1}>{t('record.title', { name })}</h1>;
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

function LearnerRecord({ learner, catalogue, moduleIds }: { learner: ReportLearner; catalogue: TrainerCatalogue; moduleIds: string[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const completed = moduleIds.filter((id) => learner.cells[id]?.status === 'completed');
  return (
    <section className="record-learner">
      <h2>{nameContent(learner, t)}</h2>
      <p>
        {learner.profession ? t(`common:profiles.professions.${learner.profession}`) : t('matrix.noProfession')}
        {' · '}
        {t('record.completedCount', { count: completed.length })}
        {' · '}
        {t('record.totalTime', { time: formatMinutes(learner.totalTimeMs, lang) })}
      </p>
      {completed.length === 0 ? (
        <p>{t('record.noneCompleted')}</p>
      ) : (
        completed.map((id) => {
          const cell = learner.cells[id]!;
          return (
            <section key={id} className="record-module">
              <h3>{moduleTitle(id, catalogue.modules, lang)}</h3>
              <p>
                {[
                  cell.completedAt ? t('record.completedOn', { date: formatDay(cell.completedAt, lang) }) : null,
                  t('record.time', { time: formatMinutes(cell.timeSpentMs, lang) }),
                  cell.score === undefined ? null : t('record.score', { score: formatPercent(cell.score, lang) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <h4 className="record-objectives-title">{t('record.objectives')}</h4>
              <ObjectivesList moduleId={id} catalogue={catalogue} />
            </section>
          );
        })
      )}
    </section>
  );
}
