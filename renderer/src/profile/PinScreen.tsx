import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalisePin } from '../../../core/learner-pin';
import type { Language } from '../../../core/i18n';
import { useServices } from '../context';
import { pinWaitLeftMs, tryPin } from '../db/profiles';
import { useLanguage } from '../hooks';
import { numberFormat } from '../i18n';
import { useSession } from '../stores/session';
import { DeleteProfile } from './DeleteProfile';
import { PinInput } from './PinInput';
import { addProfileStrings } from './strings';
import './profile.css';

/** A wait in the words of the reader's language: "30 seconds", "2 minutes". */
export function formatWait(ms: number, language: Language): string {
  const seconds = Math.ceil(ms / 1000);
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return numberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * The door of a PIN-protected profile. Nothing of hers shows here but the name she is known by on
 * the profile choice: no one is signed in until the PIN is right. Wrong tries make the next one
 * wait (kept in her row, so a restart does not reset it). A forgotten PIN is said plainly: it
 * cannot be recovered; the profile can be deleted, and a backup restored after that.
 */
export function PinScreen({ learnerId }: { learnerId: string }) {
  const { i18n } = useTranslation();
  useState(() => addProfileStrings(i18n));
  return <Unlock learnerId={learnerId} />;
}

function Unlock({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const [language] = useLanguage();
  const { signIn, signOut, openRestore } = useSession();
  // Only what the profile choice shows (her name, whether a PIN is set), and until when a try must wait.
  const door = useLiveQuery(async () => {
    const row = await db.learners.get(learnerId);
    if (!row) return { learner: undefined };
    const waitMs = pinWaitLeftMs(row, new Date());
    return { learner: { id: row.id, displayName: row.displayName, hasPin: row.pin !== undefined, waitUntil: waitMs > 0 ? Date.now() + waitMs : 0 } };
  }, [db, learnerId]);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The wait that has run out, once its timer fired.
  const [waited, setWaited] = useState(0);
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const learner = door?.learner;
  const waitUntil = learner?.waitUntil ?? 0;

  useEffect(() => {
    // Gone meanwhile (deleted), or its PIN removed: nothing to guard here.
    if (door && !learner) signOut();
    else if (learner && !learner.hasPin) signIn(learner.id);
  }, [door, learner, signIn, signOut]);

  useEffect(() => {
    if (waitUntil === 0) return;
    const timer = setTimeout(() => {
      setWaited(waitUntil);
      setProblem(null);
    }, waitUntil - Date.now());
    return () => clearTimeout(timer);
  }, [waitUntil]);

  if (!learner?.hasPin) return <p role="status">{t('common:app.loading')}</p>;
  const waiting = waitUntil !== 0 && waited !== waitUntil;
  const waitOver = waitUntil !== 0 && waited === waitUntil;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    if (normalisePin(pin) === '') {
      setProblem(t('pin.required'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await tryPin(db, learnerId, pin);
    setBusy(false);
    if (result.ok) {
      signIn(learnerId);
      return;
    }
    setPin('');
    const wrong = result.reason === 'wrong' ? t('pin.wrong') : '';
    const wait = result.waitMs > 0 ? t('pin.wait', { time: formatWait(result.waitMs, language) }) : '';
    setProblem([wrong, wait].filter(Boolean).join(' '));
    field.current?.focus();
  };

  return (
    <section className="panel narrow pin-door" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('pin.title', { name: learner.displayName })}</h1>
      <p>{t('pin.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('pin.label')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('pin.hint')}
          </p>
          <PinInput
            id={`${id}-pin`}
            inputRef={field}
            value={pin}
            purpose="current-password"
            invalid={problem !== null}
            describedBy={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
            onChange={(value) => {
              setPin(value);
              if (!waiting) setProblem(null);
            }}
          />
          {problem && (
            <p id={`${id}-problem`} role="alert" className="error">
              {problem}
            </p>
          )}
          <p role="status" className="hint">
            {waitOver ? t('pin.canTry') : ''}
          </p>
        </div>
        <div className="actions">
          {/* aria-disabled, not disabled: a wait or a check never takes focus away from the form. */}
          <button type="submit" className="primary" aria-disabled={busy || waiting}>
            {busy ? t('pin.checking') : t('pin.open')}
          </button>
          <button type="button" onClick={signOut}>
            {t('pin.back')}
          </button>
        </div>
      </form>
      <details className="pin-forgotten">
        <summary>{t('pin.forgotten')}</summary>
        <p>{t('pin.forgottenText')}</p>
        <ul>
          <li>{t('pin.forgottenDelete')}</li>
          <li>{t('pin.forgottenRestore')}</li>
        </ul>
        <div className="actions">
          <DeleteProfile learner={learner} own={false} />
          <button type="button" onClick={openRestore}>
            {t('pin.restore')}
          </button>
        </div>
      </details>
    </section>
  );
}
