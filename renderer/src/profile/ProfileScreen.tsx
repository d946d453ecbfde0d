import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName } from '../../../core/backup/backup-file';
import { createPinRecord, newPinProblem, type PinProblem } from '../../../core/learner-pin';
import type { Profession } from '../../../core/professions';
import { NameField, type NameProblem } from '../components/NameField';
import { ProfessionField } from '../components/ProfessionField';
import { useServices } from '../context';
import { backupOf } from '../db/backup';
import { nameProblem } from '../db/learners';
import { learnerData, unsentRecords, removePin, setPin, tryPin, updateProfile } from '../db/profiles';
import type { LearnerRow } from '../db/rows';
import { useLanguage } from '../hooks';
import type { SaveFileFailure } from '../platform';
import { useSession } from '../stores/session';
import { DeleteProfile } from './DeleteProfile';
import { formatWait } from './PinScreen';
import { PinInput } from './PinInput';
import { addProfileStrings } from './strings';
import './profile.css';

/** Her own profile: her name and profession, her PIN, a backup of everything, and the deletion of it all. */
export function ProfileScreen({ learner }: { learner: LearnerRow }) {
  const { i18n } = useTranslation();
  useState(() => addProfileStrings(i18n));
  return <Profile learner={learner} />;
}

function Profile({ learner }: { learner: LearnerRow }) {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const showCatalogue = useSession((s) => s.showCatalogue);
  const counts = useLiveQuery(() => learnerData(db, learner.id), [db, learner.id]);
  const unsent = useLiveQuery(() => unsentRecords(db, learner.id), [db, learner.id]);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="profile-screen" aria-labelledby="profile-title">
      <button type="button" className="link-button" onClick={showCatalogue}>
        ← {t('manage.back')}
      </button>
      <h1 id="profile-title" tabIndex={-1} ref={title}>
        {t('manage.title')}
      </h1>
      <Identity learner={learner} />
      <PinSection learner={learner} />
      <BackupSection learner={learner} />
      <section className="panel profile-section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('delete.title')}</h2>
        <p>{t('delete.intro')}</p>
        <DeleteProfile learner={learner} own {...(counts ? { counts } : {})} unsent={unsent ?? null} />
      </section>
    </section>
  );
}

/** Rename, or change profession: her account, and so her records, stay the same. */
function Identity({ learner }: { learner: LearnerRow }) {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const [name, setName] = useState(learner.displayName);
  const [profession, setProfession] = useState<Profession | null>(learner.profession);
  const [nameError, setNameError] = useState<NameProblem | null>(null);
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const problem = nameProblem(name);
    if (problem) {
      setNameError(problem);
      return;
    }
    if (!profession) return;
    try {
      await updateProfile(db, learner.id, { displayName: name, profession });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section className="panel profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manage.identityTitle')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <NameField
          value={name}
          problem={nameError}
          onChange={(typed) => {
            setName(typed);
            setNameError(null);
            setStatus(null);
          }}
        />
        <ProfessionField
          value={profession}
          missing={false}
          onChange={(p) => {
            setProfession(p);
            setStatus(null);
          }}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t('manage.save')}
          </button>
        </div>
        <p role="status" className={status === 'failed' ? 'error' : 'hint'}>
          {status && t(status === 'saved' ? 'manage.saved' : 'manage.saveFailed')}
        </p>
      </form>
    </section>
  );
}

/**
 * Set a PIN; or, with the current one typed first (wrong tries wait, as at the door), change it
 * or remove it. Says what a PIN does and does not do.
 */
function PinSection({ learner }: { learner: LearnerRow }) {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const [verified, setVerified] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();
  const hasPin = learner.pin !== undefined;

  const save = async (pin: string) => {
    await setPin(db, learner.id, await createPinRecord(pin));
    setVerified(false);
    setStatus(t('pinSettings.setDone'));
  };
  const remove = async () => {
    await removePin(db, learner.id);
    setVerified(false);
    setStatus(t('pinSettings.removed'));
  };

  return (
    <section className="panel profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pinSettings.title')}</h2>
      <p>{t(hasPin ? 'pinSettings.isSet' : 'pinSettings.none')}</p>
      <p className="hint">{t('pinSettings.whatItDoes')}</p>
      {!hasPin ? (
        <NewPin submitLabel={t('pinSettings.set')} onPin={save} />
      ) : !verified ? (
        <CurrentPin
          learnerId={learner.id}
          onVerified={() => {
            setVerified(true);
            setStatus(null);
          }}
        />
      ) : (
        <>
          <NewPin submitLabel={t('pinSettings.change')} onPin={save} />
          <div className="actions">
            <button type="button" onClick={() => void remove()}>
              {t('pinSettings.remove')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}

/** The PIN typed to change or remove it: checked like at the door, with its waits. */
function CurrentPin({ learnerId, onVerified }: { learnerId: string; onVerified(): void }) {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const [language] = useLanguage();
  const [pin, setPinText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await tryPin(db, learnerId, pin);
    setBusy(false);
    if (result.ok) return onVerified();
    setPinText('');
    const wrong = result.reason === 'wrong' ? t('pin.wrong') : '';
    const wait = result.waitMs > 0 ? t('pin.wait', { time: formatWait(result.waitMs, language) }) : '';
    setProblem([wrong, wait].filter(Boolean).join(' '));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-pin`}>{t('pinSettings.current')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('pinSettings.currentHint')}
        </p>
        <PinInput
          id={`${id}-pin`}
          value={pin}
          purpose="current-password"
          invalid={problem !== null}
          describedBy={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
          onChange={(value) => {
            setPinText(value);
            setProblem(null);
          }}
        />
        {problem && (
          <p id={`${id}-problem`} role="alert" className="error">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" aria-disabled={busy}>
        {busy ? t('pin.checking') : t('pinSettings.verify')}
      </button>
    </form>
  );
}

/** A new PIN, typed twice; a problem is said in words, tied to the field at fault. */
function NewPin({ submitLabel, onPin }: { submitLabel: string; onPin(pin: string): Promise<void> }) {
  const { t } = useTranslation('profile');
  const [pin, setPinText] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<PinProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = newPinProblem(pin, again);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await onPin(pin);
      setPinText('');
      setAgain('');
    } finally {
      setBusy(false);
    }
  };
  const onFirst = problem !== null && problem !== 'mismatch';
  const message = problem && (
    <p id={`${id}-problem`} role="alert" className="error">
      {t(`pinSettings.problems.${problem}`)}
    </p>
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-new`}>{t('pinSettings.new')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('pinSettings.newHint')}
        </p>
        <PinInput
          id={`${id}-new`}
          value={pin}
          purpose="new-password"
          invalid={onFirst}
          describedBy={onFirst ? `${id}-problem ${id}-hint` : `${id}-hint`}
          onChange={(value) => {
            setPinText(value);
            setProblem(null);
          }}
        />
        {onFirst && message}
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{t('pinSettings.confirm')}</label>
        <PinInput
          id={`${id}-again`}
          value={again}
          purpose="new-password"
          invalid={problem === 'mismatch'}
          describedBy={problem === 'mismatch' ? `${id}-problem` : `${id}-hint`}
          onChange={(value) => {
            setAgain(value);
            setProblem(null);
          }}
        />
        {problem === 'mismatch' && message}
      </div>
      <button type="submit" aria-disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

type BackupOutcome = { kind: 'saved'; browser: boolean } | { kind: 'failed'; reason: SaveFileFailure } | { kind: 'unexpected' };

/** "Save a backup of my profile", also asked for from the application menu. */
function BackupSection({ learner }: { learner: LearnerRow }) {
  const { t } = useTranslation('profile');
  const { db, platform } = useServices();
  const request = useSession((s) => s.request);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const id = useId();

  const save = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { version } = await platform.getAppInfo();
      const { file, text } = await backupOf(db, learner.id, version);
      const result = await platform.saveTextFile({ suggestedName: backupFileName(file), text, kind: 'backup' });
      if (result.saved) setOutcome({ kind: 'saved', browser: platform.kind === 'browser' });
      else if (result.error) setOutcome({ kind: 'failed', reason: result.error });
    } catch {
      setOutcome({ kind: 'unexpected' });
    } finally {
      setBusy(false);
    }
  };
  const saveNow = useRef(save);
  useEffect(() => {
    saveNow.current = save;
  });
  useEffect(() => {
    // The menu's "Save a backup of my profile": done as the button does it.
    if (request === 'save-backup' && useSession.getState().takeRequest('save-backup')) void saveNow.current();
  }, [request]);

  const said =
    outcome?.kind === 'saved'
      ? t(outcome.browser ? 'backup.savedBrowser' : 'backup.saved')
      : outcome?.kind === 'failed'
        ? t(`export:failure.${outcome.reason}`)
        : outcome
          ? t('backup.unexpected')
          : '';
  return (
    <section className="panel profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p className="hint">{t('backup.private')}</p>
      <button type="button" className="primary" aria-disabled={busy} onClick={() => !busy && void save()}>
        {busy ? t('backup.saving') : t('backup.save')}
      </button>
      <p role="status" className={outcome && outcome.kind !== 'saved' ? 'error' : 'hint'}>
        {said}
      </p>
    </section>
  );
}
