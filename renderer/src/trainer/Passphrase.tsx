import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_ITERATIONS, PASSPHRASE_MIN_CHARS, passphraseProblem, type PassphraseProblem } from '../../../core/cohort/passphrase';
import { useServices } from '../context';
import { checkPassphrase, setPassphrase } from '../db/trainer';
import { useSession } from '../stores/session';
import { useHeadingFocus } from './focus';
import { useTrainer } from './store';

/**
 * The trainer area's door. First visit: a passphrase typed twice; afterwards: the passphrase.
 * Deriving takes about half a second on purpose (that is what makes guessing slow), so the
 * button shows it is working and cannot be pressed twice.
 */
export function SetPassphrase({ iterations = PASSPHRASE_ITERATIONS }: { iterations?: number }) {
  const { t } = useTranslation('trainer');
  const { db } = useServices();
  const unlock = useTrainer((s) => s.unlock);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const secondField = useRef<HTMLInputElement>(null);
  const heading = useHeadingFocus();
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = passphraseProblem(first, second);
    setProblem(found);
    setFailed(false);
    if (found) {
      (found === 'too-short' ? firstField : secondField).current?.focus();
      return;
    }
    setBusy(true);
    try {
      // False when another window set one meanwhile: then this screen gives way to the unlock form.
      if (await setPassphrase(db, first, iterations)) unlock();
      else setBusy(false);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel narrow trainer-door">
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <p className="trainer-warning"><strong>{t('setup.warningLead')}</strong> {t('setup.warning')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor={`${id}-first`}>{t('setup.passphrase')}</label>
          <p id={`${id}-rule`} className="hint">{t('setup.rule', { min: PASSPHRASE_MIN_CHARS })}</p>
          <input
            ref={firstField}
            id={`${id}-first`}
            type="password"
            autoComplete="new-password"
            value={first}
            disabled={busy}
            aria-invalid={problem === 'too-short' ? true : undefined}
            aria-describedby={problem === 'too-short' ? `${id}-rule ${id}-error` : `${id}-rule`}
            onChange={(e) => { setFirst(e.target.value); setProblem(null); }}
          />
          {problem === 'too-short' && <p id={`${id}-error`} role="alert" className="error">{t('setup.tooShort', { min: PASSPHRASE_MIN_CHARS })}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-second`}>{t('setup.confirm')}</label>
          <input
            ref={secondField}
            id={`${id}-second`}
            type="password"
            autoComplete="new-password"
            value={second}
            disabled={busy}
            aria-invalid={problem === 'mismatch' ? true : undefined}
            aria-describedby={problem === 'mismatch' ? `${id}-mismatch` : undefined}
            onChange={(e) => { setSecond(e.target.value); setProblem(null); }}
          />
          {problem === 'mismatch' && <p id={`${id}-mismatch`} role="alert" className="error">{t('setup.mismatch')}</p>}
        </div>
        {failed && <p role="alert" className="error">{t('setup.failed')}</p>}
        <p role="status" className="hint">{busy ? t('setup.busy') : ''}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t('setup.submit')}</button>
          <BackToProfiles />
        </div>
      </form>
    </section>
  );
}

export function Unlock() {
  const { t } = useTranslation('trainer');
  const { db } = useServices();
  const unlock = useTrainer((s) => s.unlock);
  const [passphrase, setPassphraseText] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();

  // The one thing to do here is to type the passphrase.
  useEffect(() => field.current?.focus(), []);
  // The field is disabled while checking, so focus goes back to it once it is enabled again.
  useEffect(() => {
    if (wrong && !busy) {
      field.current?.focus();
      field.current?.select();
    }
  }, [wrong, busy]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setWrong(false);
    let right: boolean;
    try {
      right = await checkPassphrase(db, passphrase);
    } catch {
      right = false;
    }
    if (right) {
      unlock();
      return;
    }
    setWrong(true);
    setBusy(false);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel narrow trainer-door">
      <h1 id={`${id}-title`}>{t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>{t('unlock.passphrase')}</label>
          <input
            ref={field}
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            disabled={busy}
            aria-invalid={wrong ? true : undefined}
            aria-describedby={wrong ? `${id}-error ${id}-hint` : `${id}-hint`}
            onChange={(e) => { setPassphraseText(e.target.value); setWrong(false); }}
          />
          {wrong && <p id={`${id}-error`} role="alert" className="error">{t('unlock.wrong')}</p>}
          <p id={`${id}-hint`} className="hint">{t('unlock.noRecovery')}</p>
        </div>
        <p role="status" className="hint">{busy ? t('unlock.busy') : ''}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t('unlock.submit')}</button>
          <BackToProfiles />
        </div>
      </form>
    </section>
  );
}

/** Leaving the trainer area always locks it: the next person at the computer starts at the door. */
export function BackToProfiles({ label = 'area.backToProfiles' }: { label?: string }) {
  const { t } = useTranslation('trainer');
  const signOut = useSession((s) => s.signOut);
  const lock = useTrainer((s) => s.lock);
  return (
    <button type="button" onClick={() => { lock(); signOut(); }}>
      {t(label)}
    </button>
  );
}
