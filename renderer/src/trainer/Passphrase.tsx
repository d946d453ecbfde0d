import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_ITERATIONS, PASSPHRASE_MIN_CHARS, passphraseProblem, type PassphraseProblem } from '../../../core/cohort/passphrase';
import { useServices } from '../context';
import { openCurrentCohorts } from '../db/cohorts';
import { setPassphrase, unlockTrainer, waitBeforeGuess } from '../db/trainer';
import { useLanguage } from '../hooks';
import { useSession } from '../stores/session';
import { loadTrainerCatalogue } from './catalogue';
import { formatClock, formatWait } from './format';
import { useHeadingFocus } from './focus';
import { useTrainer } from './store';

/**
 * The trainer area's door. First visit: a passphrase typed twice; afterwards: the passphrase.
 * Deriving takes about half a second on purpose (that is what makes guessing slow), so the
 * button shows it is working and cannot be pressed twice. The passphrase makes the key that
 * encrypts her cohorts: the set-up says plainly that a forgotten one means the data are gone.
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
      // Null when another window set one meanwhile: then this screen gives way to the unlock form.
      const keys = await setPassphrase(db, first, iterations);
      if (keys) unlock(keys);
      else setBusy(false);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel narrow trainer-door">
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('setup.title')}
      </h1>
      <p>{t('setup.intro')}</p>
      <p className="trainer-warning">
        <strong>{t('setup.warningLead')}</strong> {t('setup.warning')}
      </p>
      <form onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor={`${id}-first`}>{t('setup.passphrase')}</label>
          <p id={`${id}-rule`} className="hint">
            {t('setup.rule', { min: PASSPHRASE_MIN_CHARS })}
          </p>
          <input
            ref={firstField}
            id={`${id}-first`}
            type="password"
            autoComplete="new-password"
            value={first}
            disabled={busy}
            aria-invalid={problem === 'too-short' ? true : undefined}
            aria-describedby={problem === 'too-short' ? `${id}-rule ${id}-error` : `${id}-rule`}
            onChange={(e) => {
              setFirst(e.target.value);
              setProblem(null);
            }}
          />
          {problem === 'too-short' && (
            <p id={`${id}-error`} role="alert" className="error">
              {t('setup.tooShort', { min: PASSPHRASE_MIN_CHARS })}
            </p>
          )}
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
            onChange={(e) => {
              setSecond(e.target.value);
              setProblem(null);
            }}
          />
          {problem === 'mismatch' && (
            <p id={`${id}-mismatch`} role="alert" className="error">
              {t('setup.mismatch')}
            </p>
          )}
        </div>
        {failed && (
          <p role="alert" className="error">
            {t('setup.failed')}
          </p>
        )}
        <p role="status" className="hint">
          {busy ? t('setup.busy') : ''}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('setup.submit')}
          </button>
          <BackToProfiles />
        </div>
      </form>
    </section>
  );
}

/**
 * The unlock form. From the third wrong passphrase in a row, the next try waits (30 seconds,
 * doubling up to 15 minutes): the form says how long and until when, and the wait outlives a
 * reload. When the area locked itself for want of activity, it says so here.
 */
export function Unlock({ idleMs }: { idleMs: number }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const { db } = useServices();
  const unlock = useTrainer((s) => s.unlock);
  const lockedBecause = useTrainer((s) => s.lockedBecause);
  const [passphrase, setPassphraseText] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'encrypting' | 'opening' | null>(null);
  /** While set, the form waits: how long it said, and until when. */
  const [waiting, setWaiting] = useState<{ ms: number; until: number } | null>(null);
  const [waited, setWaited] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const closed = busy !== null || waiting !== null;

  // The one thing to do here is to type the passphrase.
  useEffect(() => field.current?.focus(), []);
  // A wait begun before a reload still holds.
  useEffect(() => {
    let live = true;
    void waitBeforeGuess(db).then((ms) => live && ms > 0 && setWaiting({ ms, until: Date.now() + ms }));
    return () => {
      live = false;
    };
  }, [db]);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(
      () => {
        setWaiting(null);
        setWaited(true);
      },
      Math.max(0, waiting.until - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [waiting]);
  // The field is disabled while checking or waiting, so focus goes back to it once it is enabled again.
  useEffect(() => {
    if ((wrong || waited) && !closed) {
      field.current?.focus();
      field.current?.select();
    }
  }, [wrong, waited, closed]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (closed) return;
    setBusy('checking');
    setWrong(false);
    setWaited(false);
    // The modules every dashboard needs load meanwhile (the passphrase is derived off this thread), so her first cohort opens at once.
    void loadTrainerCatalogue();
    let result;
    try {
      result = await unlockTrainer(db, passphrase, { onEncrypting: () => setBusy('encrypting') });
    } catch {
      result = { ok: false as const, reason: 'wrong' as const, waitMs: 0 };
    }
    if (result.ok) {
      // Her cohorts' summaries are opened now, once, so that every dashboard draws at once.
      setBusy('opening');
      await openCurrentCohorts({ db, keys: result.keys }).catch(() => {
        // A cohort that cannot be opened says so on its own screen, with a way out.
      });
      unlock(result.keys);
      return;
    }
    setWrong(result.reason === 'wrong');
    if (result.waitMs > 0) setWaiting({ ms: result.waitMs, until: Date.now() + result.waitMs });
    setBusy(null);
  };

  const status = busy ? t(`unlock.${busy}`) : waited ? t('unlock.again') : lockedBecause === 'idle' ? t('unlock.idle', { time: formatWait(idleMs, lang) }) : '';
  const describedBy = [wrong ? `${id}-error` : '', waiting ? `${id}-wait` : '', `${id}-hint`].filter(Boolean).join(' ');
  return (
    <section aria-labelledby={`${id}-title`} className="panel narrow trainer-door">
      <h1 id={`${id}-title`}>{t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={busy !== null}>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>{t('unlock.passphrase')}</label>
          <input
            ref={field}
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            disabled={closed}
            aria-invalid={wrong ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setPassphraseText(e.target.value);
              setWrong(false);
            }}
          />
          {wrong && (
            <p id={`${id}-error`} role="alert" className="error">
              {t('unlock.wrong')}
            </p>
          )}
          {waiting && (
            <p id={`${id}-wait`} role="alert" className="error">
              {t('unlock.wait', { time: formatWait(waiting.ms, lang), clock: formatClock(waiting.until, lang) })}
            </p>
          )}
          <p id={`${id}-hint`} className="hint">
            {t('unlock.noRecovery')}
          </p>
        </div>
        <p role="status" className="hint">
          {status}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={closed}>
            {t('unlock.submit')}
          </button>
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
    <button
      type="button"
      onClick={() => {
        lock();
        signOut();
      }}
    >
      {t(label)}
    </button>
  );
}
