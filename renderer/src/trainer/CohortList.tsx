import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../context';
import { createCohort } from '../db/cohorts';
import type { CareLitDatabase } from '../db/database';
import type { CohortRow } from '../db/rows';
import { useLanguage } from '../hooks';
import { useHeadingFocus } from './focus';
import { formatDay } from './format';
import { useTrainer } from './store';
import { CohortNameField, useCohortName } from './CohortNameField';

type ListedCohort = CohortRow & { learners: number };

async function listCohorts(db: CareLitDatabase): Promise<ListedCohort[]> {
  const cohorts = await db.cohorts.orderBy('createdAt').reverse().toArray();
  const counts = await Promise.all(cohorts.map((c) => db.cohortLearners.where('cohortId').equals(c.id).count()));
  return cohorts.map((c, i) => ({ ...c, learners: counts[i]! }));
}

/** Her cohorts, newest first, the archived ones apart; and a form to start a new one. */
export function CohortList() {
  const { t } = useTranslation('trainer');
  const { db } = useServices();
  const cohorts = useLiveQuery(() => listCohorts(db), [db]);
  const heading = useHeadingFocus();
  const current = cohorts?.filter((c) => !c.archivedAt) ?? [];
  const archived = cohorts?.filter((c) => c.archivedAt) ?? [];
  return (
    <section aria-labelledby="cohorts-title">
      <h1 id="cohorts-title" ref={heading} tabIndex={-1}>{t('cohorts.title')}</h1>
      <p>{t('cohorts.intro')}</p>
      <CreateCohort />
      {cohorts && (
        <>
          <h2 id="current-cohorts">{t('cohorts.current')}</h2>
          {current.length ? <CohortLinks cohorts={current} labelledBy="current-cohorts" /> : <p>{t('cohorts.none')}</p>}
          {archived.length > 0 && (
            <>
              <h2 id="archived-cohorts">{t('cohorts.archived')}</h2>
              <CohortLinks cohorts={archived} labelledBy="archived-cohorts" />
            </>
          )}
        </>
      )}
    </section>
  );
}

function CohortLinks({ cohorts, labelledBy }: { cohorts: ListedCohort[]; labelledBy: string }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const openCohort = useTrainer((s) => s.openCohort);
  return (
    <ul className="cohort-list" aria-labelledby={labelledBy}>
      {cohorts.map((c) => (
        <li key={c.id}>
          <button type="button" className="cohort-link" onClick={() => openCohort(c.id)}>
            <span className="cohort-name">{c.name}</span>
            <span className="cohort-meta">
              {t('cohorts.learners', { count: c.learners })} · {t('cohorts.createdOn', { date: formatDay(c.createdAt, lang) })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function CreateCohort() {
  const { t } = useTranslation('trainer');
  const { db } = useServices();
  const openCohort = useTrainer((s) => s.openCohort);
  const name = useCohortName('');
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.valid()) return;
    const cohort = await createCohort(db, name.name);
    // The next thing to do with a new cohort is to import its files.
    openCohort(cohort.id);
  };

  return (
    <form className="panel create-cohort" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('cohorts.createTitle')}</h2>
      <CohortNameField id={id} label={t('cohorts.nameLabel')} hint={t('cohorts.nameHint')} state={name} />
      <button type="submit" className="primary">{t('cohorts.create')}</button>
    </form>
  );
}
