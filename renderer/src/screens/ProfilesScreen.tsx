import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFESSIONS, type Profession } from '../../../core/professions';
import { useServices } from '../context';
import { DISPLAY_NAME_MAX } from '../../../core/learner';
import { cleanName } from '../../../core/names';
import { createLearner, listLearners } from '../db/learners';
import { markInteractive } from '../hooks';
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
      {learners.length === 0 || creating ? (
        <CreateProfile onCancel={learners.length > 0 ? () => setCreating(false) : undefined} />
      ) : (
        <PickProfile learners={learners} onCreate={() => setCreating(true)} />
      )}
      <TrainerEntry />
    </>
  );
}

/** The way into the trainer area (behind its passphrase), also on a computer with no profile yet. */
function TrainerEntry() {
  const { t } = useTranslation();
  const openTrainer = useSession((s) => s.openTrainer);
  return (
    <p className="trainer-entry narrow">
      <button type="button" onClick={openTrainer}>{t('profiles.trainerArea')}</button>
    </p>
  );
}

function PickProfile({ learners, onCreate }: { learners: { id: string; displayName: string; profession: Profession }[]; onCreate(): void }) {
  const { t } = useTranslation();
  const signIn = useSession((s) => s.signIn);
  return (
    <section aria-labelledby="who-title" className="panel narrow">
      <h1 id="who-title">{t('profiles.whoTitle')}</h1>
      <p>{t('profiles.whoHint')}</p>
      <ul className="profile-list">
        {learners.map((l) => (
          <li key={l.id}>
            <button type="button" className="profile" onClick={() => signIn(l.id)}>
              <span className="profile-name">{l.displayName}</span>
              <span className="profile-profession">{t(`profiles.professions.${l.profession}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCreate}>{t('profiles.new')}</button>
    </section>
  );
}

function CreateProfile({ onCancel }: { onCancel: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const signIn = useSession((s) => s.signIn);
  const [name, setName] = useState('');
  const [profession, setProfession] = useState<Profession>('nurse');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Cleaned as every name in CareLit is; one holding half a character (pasted from who knows where) is refused.
    const cleaned = cleanName(name);
    if (cleaned === null || !cleaned) {
      setError(t(cleaned === null ? 'profiles.nameBroken' : 'profiles.nameRequired'));
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
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('profiles.nameLabel')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={DISPLAY_NAME_MAX}
            autoComplete="off"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(e) => { setName(e.target.value); setError(null); }}
          />
          {error && <p id={`${id}-error`} role="alert" className="error">{error}</p>}
        </div>
        <fieldset className="choice-list">
          <legend>{t('profiles.professionLabel')}</legend>
          {PROFESSIONS.map((p) => (
            <label key={p} className="choice">
              <input type="radio" name={`${id}-profession`} value={p} checked={profession === p} onChange={() => setProfession(p)} />
              {t(`profiles.professions.${p}`)}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">{t('profiles.create')}</button>
          {onCancel && <button type="button" onClick={onCancel}>{t('profiles.cancel')}</button>}
        </div>
      </form>
    </section>
  );
}
