import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profession } from '../../../core/professions';
import { NameField, type NameProblem } from '../components/NameField';
import { ProfessionField } from '../components/ProfessionField';
import { useServices } from '../context';
import { createLearner, listLearners, nameProblem } from '../db/learners';
import type { LearnerRow } from '../db/rows';
import { markInteractive } from '../first-paint';
import { useSession } from '../stores/session';

/** Pick one's profile on a shared computer, or create one. */
export function ProfilesScreen() {
  const { db } = useServices();
  const learners = useLiveQuery(() => listLearners(db), [db]);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (learners) markInteractive();
  }, [learners]);
  if (!learners) return null;
  return (
    <>
      <SessionNotice />
      {learners.length === 0 || creating ? (
        <CreateProfile onCancel={learners.length > 0 ? () => setCreating(false) : undefined} />
      ) : (
        <PickProfile learners={learners} onCreate={() => setCreating(true)} />
      )}
      <OtherEntries />
    </>
  );
}

/** What the last step left to say: a profile deleted, or a menu command that needs a profile. */
function SessionNotice() {
  const { t } = useTranslation();
  const notice = useSession((s) => s.notice);
  const setNotice = useSession((s) => s.setNotice);
  // Said once: gone when she leaves the profile choice.
  useEffect(() => () => setNotice(null), [setNotice]);
  return (
    <p role="status" className={notice ? 'notice narrow' : 'visually-hidden'}>
      {notice?.kind === 'deleted' ? t('profiles.deleted', { name: notice.name }) : notice?.kind === 'choose-first' ? t('profiles.firstChoose') : ''}
    </p>
  );
}

/** A backup restored as a new profile, and the trainer area (behind its passphrase): also on a computer with no profile yet. */
function OtherEntries() {
  const { t } = useTranslation();
  const openTrainer = useSession((s) => s.openTrainer);
  const openRestore = useSession((s) => s.openRestore);
  return (
    <p className="profile-entries narrow">
      <button type="button" onClick={openRestore}>
        {t('profiles.restore')}
      </button>{' '}
      <button type="button" onClick={openTrainer}>
        {t('profiles.trainerArea')}
      </button>
    </p>
  );
}

function PickProfile({ learners, onCreate }: { learners: Pick<LearnerRow, 'id' | 'displayName' | 'profession' | 'pin'>[]; onCreate(): void }) {
  const { t } = useTranslation();
  const signIn = useSession((s) => s.signIn);
  const askPin = useSession((s) => s.askPin);
  return (
    <section aria-labelledby="who-title" className="panel narrow">
      <h1 id="who-title">{t('profiles.whoTitle')}</h1>
      <p>{t('profiles.whoHint')}</p>
      <ul className="profile-list">
        {learners.map((l) => (
          <li key={l.id}>
            <button type="button" className="profile" onClick={() => (l.pin ? askPin(l.id) : signIn(l.id))}>
              <span className="profile-name">{l.displayName}</span>
              <span className="profile-profession">
                {t(`profiles.professions.${l.profession}`)}
                {l.pin && <span className="profile-locked">{` · ${t('profiles.pinProtected')}`}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCreate}>
        {t('profiles.new')}
      </button>
    </section>
  );
}

function CreateProfile({ onCancel }: { onCancel: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const signIn = useSession((s) => s.signIn);
  const [name, setName] = useState('');
  // Never chosen for her: a physician who did not notice would be counted as a nurse.
  const [profession, setProfession] = useState<Profession | null>(null);
  const [error, setError] = useState<NameProblem | null>(null);
  const [professionError, setProfessionError] = useState(false);
  const id = useId();
  const firstProfession = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    setError(problem);
    setProfessionError(profession === null);
    if (problem || profession === null) {
      if (!problem) firstProfession.current?.focus();
      return;
    }
    const learner = await createLearner(db, name, profession);
    signIn(learner.id);
  };

  return (
    <section aria-labelledby="create-title" className="panel narrow">
      <h1 id="create-title">{t('profiles.createTitle')}</h1>
      <p id={`${id}-hint`}>{t('profiles.createHint')}</p>
      <form onSubmit={onSubmit} noValidate>
        <NameField
          value={name}
          problem={error}
          hintId={`${id}-hint`}
          onChange={(typed) => {
            setName(typed);
            setError(null);
          }}
        />
        <ProfessionField
          value={profession}
          missing={professionError}
          firstRef={firstProfession}
          onChange={(p) => {
            setProfession(p);
            setProfessionError(false);
          }}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t('profiles.create')}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('profiles.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
