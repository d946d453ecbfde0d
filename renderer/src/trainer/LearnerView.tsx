import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LearnerSummary } from '../../../core/cohort/summary';
import { own } from '../../../core/content/id';
import { learnerRecord } from '../db/cohorts';
import { useLanguage } from '../hooks';
import { formatPercent } from '../i18n';
import { useTrainerCatalogue, type TrainerCatalogue } from './catalogue';
import { useHeadingFocus } from './focus';
import { formatDay, formatMinutes } from './format';
import { moduleTitle } from '../../../core/cohort/csv';
import { nameContent } from './names';
import { ObjectivesList } from './Objectives';
import { useTrainer, useVault } from './store';

/** One learner of a cohort: her modules with dates, scores and time, and what she has covered. */
export function LearnerView({ cohortId, account }: { cohortId: string; account: string }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const catalogue = useTrainerCatalogue();
  const row = useLiveQuery(async () => ({ row: await learnerRecord(vault, cohortId, account) }), [vault, cohortId, account]);
  const show = useTrainer((s) => s.show);
  const back = () => show({ name: 'cohort', cohortId });
  if (!row || !catalogue) return <p role="status">{t('loading')}</p>;
  return (
    <article className="learner-detail" aria-labelledby="learner-title">
      <p className="trainer-back">
        <button type="button" className="link-button" onClick={back}>{t('learner.back')}</button>
      </p>
      {row.row ? <LearnerDetail summary={row.row.summary} catalogue={catalogue} /> : <h1 id="learner-title">{t('learner.missing')}</h1>}
    </article>
  );
}

function LearnerDetail({ summary, catalogue }: { summary: LearnerSummary; catalogue: TrainerCatalogue }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const heading = useHeadingFocus();
  const known = catalogue.modules.map((m) => m.id);
  const moduleIds = [...known, ...Object.keys(summary.modules).filter((id) => !known.includes(id)).sort()];
  const completed = moduleIds.filter((id) => own(summary.modules, id)?.status === 'completed');
  const day = (iso: string | undefined) => (iso ? formatDay(iso, lang) : t('none'));
  return (
    <>
      <h1 id="learner-title" ref={heading} tabIndex={-1}>{nameContent(summary, t)}</h1>
      <dl className="learner-facts">
        <dt>{t('learner.profession')}</dt>
        <dd>{summary.profession ? t(`common:profiles.professions.${summary.profession}`) : t('matrix.noProfession')}</dd>
        <dt>{t('learner.account')}</dt>
        <dd><code>{summary.account}</code></dd>
        <dt>{t('learner.lastActivity')}</dt>
        <dd>{day(summary.lastActivityAt)}</dd>
      </dl>

      <h2 id="learner-modules">{t('learner.modules')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="learner-modules" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('learner.module')}</th>
              <th scope="col">{t('learner.status')}</th>
              <th scope="col">{t('learner.started')}</th>
              <th scope="col">{t('learner.completedOn')}</th>
              <th scope="col">{t('learner.score')}</th>
              <th scope="col">{t('learner.time')}</th>
              <th scope="col">{t('learner.exercises')}</th>
            </tr>
          </thead>
          <tbody>
            {moduleIds.map((id) => {
              const mod = own(summary.modules, id);
              const status = mod?.status ?? 'not-started';
              return (
                <tr key={id}>
                  <th scope="row">{moduleTitle(id, catalogue.modules, lang)}</th>
                  <td className="cell" data-state={status}><span className="cell-status" data-state={status}>{t(`cohort:status.${status}`)}</span></td>
                  <td>{mod ? formatDay(mod.startedAt, lang) : t('none')}</td>
                  <td>{mod?.completedAt ? formatDay(mod.completedAt, lang) : t('none')}</td>
                  <td>
                    {mod?.score === undefined
                      ? t('none')
                      : mod.passed === undefined
                        ? formatPercent(mod.score, lang)
                        : t(mod.passed ? 'learner.scorePassed' : 'learner.scoreNotPassed', { score: formatPercent(mod.score, lang) })}
                  </td>
                  <td>{mod ? formatMinutes(mod.timeSpentMs, lang) : t('none')}</td>
                  <td>{mod ? mod.itemsAnswered : t('none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>{t('learner.objectives')}</h2>
      {completed.length === 0 ? (
        <p>{t('learner.noneCompleted')}</p>
      ) : (
        completed.map((id) => (
          <section key={id}>
            <h3>{moduleTitle(id, catalogue.modules, lang)}</h3>
            <ObjectivesList moduleId={id} catalogue={catalogue} />
          </section>
        ))
      )}
    </>
  );
}
