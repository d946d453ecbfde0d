import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createCohort, deleteCohort, listCohorts, type ListedCohort } from '../db/cohorts';
import { useLanguage } from '../hooks';
import { useHeadingFocus } from './focus';
import { formatDay } from './format';
import { useTrainer, useVault } from './store';
import { CohortNameField, useCohortName } from './CohortNameField';

type Readable = Extract<ListedCohort, { unreadable?: false }>;
type Closed = Extract<ListedCohort, { unreadable: true }>;

/** Her cohorts, newest first, the archived ones apart, those her passphrase does not open apart too; and a form to start a new one. */
export function CohortList() {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const cohorts = useLiveQuery(() => listCohorts(vault), [vault]);
  const heading = useHeadingFocus();
  const readable = cohorts?.filter((c): c is Readable => !c.unreadable) ?? [];
  const current = readable.filter((c) => !c.archivedAt);
  const archived = readable.filter((c) => c.archivedAt);
  const closed = cohorts?.filter((c): c is Closed => c.unreadable === true) ?? [];
  return (
    <section aria-labelledby="cohorts-title">
      <h1 id="cohorts-title" ref={heading} tabIndex={-1}>
        {t('cohorts.title')}
      </h1>
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
          {closed.length > 0 && <ClosedCohorts cohorts={closed} />}
        </>
      )}
    </section>
  );
}

function CohortLinks({ cohorts, labelledBy }: { cohorts: Readable[]; labelledBy: string }) {
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
              {c.held > 0 && <> · {t('cohorts.held', { count: c.held })}</>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Cohorts sealed with another passphrase's key (set up again after the record was lost or
 * replaced): their content cannot be read with this one, not even their names. Only deleting
 * them is offered.
 */
function ClosedCohorts({ cohorts }: { cohorts: Closed[] }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const vault = useVault();
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <>
      <h2 id="closed-cohorts">{t('cohorts.closedTitle', { count: cohorts.length })}</h2>
      <p>{t('cohorts.closedHelp')}</p>
      <ul className="cohort-list" aria-labelledby="closed-cohorts">
        {cohorts.map((c) => {
          const label = t('cohorts.closedCohort', { date: formatDay(c.createdAt, lang) });
          return (
            <li key={c.id} className="closed-cohort">
              <span>{label}</span>{' '}
              {asking === c.id ? (
                <span role="group" aria-label={label} className="actions">
                  <button type="button" className="danger" onClick={() => void deleteCohort(vault.db, c.id)}>
                    {t('cohort.deleteYes')}
                  </button>
                  <button type="button" onClick={() => setAsking(null)} autoFocus>
                    {t('cohort.cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" className="danger" onClick={() => setAsking(c.id)} aria-label={t('cohorts.closedDelete', { cohort: label })}>
                  {t('cohort.delete')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function CreateCohort() {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const openCohort = useTrainer((s) => s.openCohort);
  const name = useCohortName('');
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.valid()) return;
    const cohort = await createCohort(vault, name.name);
    // The next thing to do with a new cohort is to import its files.
    openCohort(cohort.id);
  };

  return (
    <form className="panel create-cohort" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('cohorts.createTitle')}</h2>
      <CohortNameField id={id} label={t('cohorts.nameLabel')} hint={t('cohorts.nameHint')} state={name} />
      <button type="submit" className="primary">
        {t('cohorts.create')}
      </button>
    </form>
  );
}
