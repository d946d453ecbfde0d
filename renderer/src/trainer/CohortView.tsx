import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_NAME_MAX, deleteCohort, learnerCount, openCohort, renameCohort, setCohortArchived, type Cohort } from '../db/cohorts';
import { Dashboard } from './Dashboard';
import { useHeadingFocus } from './focus';
import { HeldFiles } from './HeldFiles';
import { ImportPanel } from './ImportPanel';
import { useTrainer, useVault } from './store';
import { CohortNameField, useCohortName } from './CohortNameField';

/** One cohort: its name and state, the import of its files, the files held for her decision, and its dashboard. */
export function CohortView({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const cohort = useLiveQuery(async () => ({ opened: await openCohort(vault, cohortId) }), [vault, cohortId]);
  const show = useTrainer((s) => s.show);
  if (!cohort) return <p role="status">{t('loading')}</p>;
  if (typeof cohort.opened === 'string') {
    return (
      <section className="panel narrow">
        <p role="alert" className="error">
          {t(cohort.opened === 'missing' ? 'cohort.missing' : 'cohort.closed')}
        </p>
        <button type="button" onClick={() => show({ name: 'cohorts' })}>
          {t('cohort.back')}
        </button>
      </section>
    );
  }
  return <CohortPage cohort={cohort.opened} />;
}

function CohortPage({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation('trainer');
  const show = useTrainer((s) => s.show);
  const heading = useHeadingFocus();
  const [importing, setImporting] = useState(false);
  const hadResults = useHadResults(cohort.id);
  return (
    <article aria-labelledby="cohort-title" className="cohort">
      <p className="trainer-back">
        <button type="button" className="link-button" onClick={() => show({ name: 'cohorts' })}>
          {t('cohort.back')}
        </button>
      </p>
      <h1 id="cohort-title" ref={heading} tabIndex={-1}>
        {cohort.name}
        {cohort.archivedAt && <span className="tag"> {t('cohort.archivedTag')}</span>}
      </h1>
      <CohortSettings cohort={cohort} />
      {hadResults === undefined ? null : hadResults ? (
        <>
          <HeldFiles cohortId={cohort.id} paused={importing} />
          <ImportPanel cohortId={cohort.id} onBusy={setImporting} compact />
          <Dashboard cohort={cohort} paused={importing} />
        </>
      ) : (
        <>
          <ImportPanel cohortId={cohort.id} onBusy={setImporting} />
          <HeldFiles cohortId={cohort.id} paused={importing} />
          <Dashboard cohort={cohort} paused={importing} />
        </>
      )}
    </article>
  );
}

/**
 * Whether the cohort held learners when its page opened: then its results come first and the
 * import is a section she opens; an empty cohort's page is its import. Read once, so the page
 * does not rearrange itself under her while she imports.
 */
function useHadResults(cohortId: string): boolean | undefined {
  const vault = useVault();
  const [had, setHad] = useState<boolean>();
  useEffect(() => {
    let live = true;
    void learnerCount(vault, cohortId).then((n) => live && setHad(n > 0));
    return () => {
      live = false;
    };
  }, [vault, cohortId]);
  return had;
}

/**
 * What the trainer sees when a cohort's screen fails: what happened, and every way out —
 * back to her cohorts, archive it, or delete it (its learners' files can be imported again).
 */
export function CohortFailed({ cohortId }: { cohortId: string | null }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const cohort = useLiveQuery(async () => {
    const opened = cohortId ? await openCohort(vault, cohortId) : null;
    return typeof opened === 'object' ? opened : null;
  }, [vault, cohortId]);
  const show = useTrainer((s) => s.show);
  const back = () => show({ name: 'cohorts' });
  return (
    <section className="panel narrow" aria-labelledby="cohort-failed">
      <h1 id="cohort-failed">{t('cohort.failed')}</h1>
      <p>{t('cohort.failedHelp')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={back}>
          {t('cohort.back')}
        </button>
        {cohort && !cohort.archivedAt && (
          <button type="button" onClick={() => void setCohortArchived(vault, cohort.id, true).then(back)}>
            {t('cohort.archive')}
          </button>
        )}
      </div>
      {cohort && <DeleteCohort cohort={cohort} onDeleted={back} />}
    </section>
  );
}

/** Deleting asks once more, in the page (not a browser dialog), with the cohort's name. */
function DeleteCohort({ cohort, onDeleted }: { cohort: Pick<Cohort, 'id' | 'name'>; onDeleted(): void }) {
  const { t } = useTranslation('trainer');
  const { db } = useVault();
  const [asking, setAsking] = useState(false);
  const confirmId = useId();
  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('cohort.delete')}
      </button>
    );
  return (
    <div role="group" aria-labelledby={confirmId} className="confirm">
      <p id={confirmId}>{t('cohort.deleteConfirm', { name: cohort.name })}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => void deleteCohort(db, cohort.id).then(onDeleted)}>
          {t('cohort.deleteYes')}
        </button>
        <button type="button" onClick={() => setAsking(false)} autoFocus>
          {t('cohort.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Rename, archive and delete: kept next to the name they change. */
function CohortSettings({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const [renaming, setRenaming] = useState(false);
  const [message, setMessage] = useState('');
  const renameButton = useRef<HTMLButtonElement>(null);
  /** Set when the rename form closes: focus goes back to the button that opened it. */
  const returnFocus = useRef(false);
  const show = useTrainer((s) => s.show);
  const archived = Boolean(cohort.archivedAt);

  // Once the rename form has closed, back to the button that opened it.
  useEffect(() => {
    if (returnFocus.current && !renaming) {
      renameButton.current?.focus();
      returnFocus.current = false;
    }
  }, [renaming]);

  const toggleArchived = async () => {
    await setCohortArchived(vault, cohort.id, !archived);
    setMessage(t(archived ? 'cohort.unarchived' : 'cohort.archivedDone', { name: cohort.name }));
  };
  const closeRename = (renamed: string | null) => {
    setRenaming(false);
    returnFocus.current = true;
    if (renamed) setMessage(t('cohort.renamed', { name: renamed }));
  };

  return (
    <div className="cohort-settings">
      {renaming ? (
        <RenameForm cohort={cohort} onClose={closeRename} />
      ) : (
        <div className="actions">
          <button
            type="button"
            ref={renameButton}
            onClick={() => {
              setMessage('');
              setRenaming(true);
            }}
          >
            {t('cohort.rename')}
          </button>
          {/* One button whose label changes: focus stays on it after archiving or restoring. */}
          <button type="button" onClick={() => void toggleArchived()}>
            {t(archived ? 'cohort.unarchive' : 'cohort.archive')}
          </button>
        </div>
      )}
      {!renaming && <DeleteCohort cohort={cohort} onDeleted={() => show({ name: 'cohorts' })} />}
      <p role="status" className="hint">
        {message}
      </p>
    </div>
  );
}

function RenameForm({ cohort, onClose }: { cohort: Cohort; onClose(renamed: string | null): void }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const name = useCohortName(cohort.name);
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.valid()) return;
    await renameCohort(vault, cohort.id, name.name);
    onClose(name.name.trim().slice(0, COHORT_NAME_MAX));
  };

  return (
    <form onSubmit={onSubmit} noValidate className="rename-form">
      {/* The form opens on request, to type in it. */}
      <CohortNameField id={id} label={t('cohort.newName')} state={name} autoFocus />
      <div className="actions">
        <button type="submit" className="primary">
          {t('cohort.saveName')}
        </button>
        <button type="button" onClick={() => onClose(null)}>
          {t('cohort.cancel')}
        </button>
      </div>
    </form>
  );
}
