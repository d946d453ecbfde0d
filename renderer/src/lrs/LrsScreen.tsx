import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../core/i18n';
import type { LrsError } from '../../../core/lrs/client';
import type { ConnectionReport } from '../../../core/lrs/connection';
import { parseAppEndpoint } from '../../../core/lrs/endpoint';
import { sameConnection, type LrsConnection, type LrsSecretState } from '../../../core/lrs/ipc';
import type { SyncStatus } from '../../../core/lrs/sync';
import { useServices } from '../context';
import { dexieOutbox, getSyncRecord, latestRefusal, rowsIn } from '../db/outbox';
import { getLrsConnection, removeLrsConnection, saveLrsConnection } from '../db/settings';
import { syncRunnerFor, type SyncRunner } from './sync-runner';
import './lrs.css';

/**
 * The organisation's LRS, set up from the trainer area: its endpoint, key and secret, a test of
 * the connection that says what it found, and how sending goes. The statements of every
 * learner profile on this computer are sent (each under a pseudonymous account only). The
 * secret is typed here but never shown back; the platform says where it is kept.
 */
export function LrsScreen({ onBack }: { onBack(): void }) {
  const { t } = useTranslation('lrs');
  const { db, platform } = useServices();
  const runner = useMemo(() => syncRunnerFor(db, platform), [db, platform]);
  const saved = useLiveQuery(async () => ({ connection: await getLrsConnection(db) }), [db]);
  const [secretState, refreshSecretState] = useSecretState();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => heading.current?.focus(), []);

  const ready = saved?.connection && secretState ? sameConnection(secretState.savedFor, saved.connection) : false;
  return (
    <article aria-labelledby={`${id}-title`} className="lrs-settings">
      <p className="trainer-back">
        <button type="button" className="link-button" onClick={onBack}>
          {t('settings.back')}
        </button>
      </p>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <p>{t('settings.intro')}</p>
      <p>{t('settings.whose')}</p>
      {platform.kind === 'browser' && <p className="lrs-note">{t('settings.browserPolicy')}</p>}
      {saved && secretState ? (
        <>
          <SendingStatus runner={runner} connection={saved.connection} ready={ready} />
          <ConnectionForm connection={saved.connection} secretState={secretState} runner={runner} onSecretChange={refreshSecretState} />
        </>
      ) : (
        <p role="status">{t('settings.loading')}</p>
      )}
    </article>
  );
}

/** Where the platform keeps a secret, and for which connection; asked again after each change. */
function useSecretState(): [LrsSecretState | null, () => Promise<void>] {
  const { platform } = useServices();
  const [state, setState] = useState<LrsSecretState | null>(null);
  const refresh = useCallback(async () => setState(await platform.lrs.secretState()), [platform]);
  useEffect(() => {
    let current = true;
    void platform.lrs.secretState().then((found) => current && setState(found));
    return () => {
      current = false;
    };
  }, [platform]);
  return [state, refresh];
}

const errorWords = (t: TFunction<'lrs'>, error: LrsError) => t(`error.${error.code}`, { ...error.params });

function useDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}

// ---------------------------------------------------------------------------------------------
// Sending

function SendingStatus({ runner, connection, ready }: { runner: SyncRunner; connection: LrsConnection | null; ready: boolean }) {
  const { t } = useTranslation('lrs');
  const { db } = useServices();
  const when = useDateTime();
  const id = useId();
  const waiting = useLiveQuery(() => rowsIn(db, 'waiting').count(), [db]);
  const refused = useLiveQuery(() => rowsIn(db, 'refused').count(), [db]);
  const refusal = useLiveQuery(() => latestRefusal(db), [db]);
  const record = useLiveQuery(() => getSyncRecord(db), [db]);
  const running = useSyncExternalStore(runner.subscribe, runner.isRunning);
  const [said, setSaid] = useState('');

  const sendNow = async () => {
    setSaid('');
    const status = await runner.sendNow();
    if (status) setSaid(resultWords(t, status));
  };
  const resend = async () => {
    await dexieOutbox(db).requeueRefused();
    setSaid(t('status.resent'));
    void runner.sendNow();
  };

  return (
    <section aria-labelledby={`${id}-title`} className="lrs-status panel">
      <h2 id={`${id}-title`}>{t('status.title')}</h2>
      {!connection && <p>{t('status.notConfigured')}</p>}
      {connection && !ready && <p className="lrs-warning">{t('status.needsSecret')}</p>}
      {waiting !== undefined && <p>{t('status.waiting', { count: waiting })}</p>}
      {record && <p>{record.lastSentAt ? t('status.lastSent', { time: when(record.lastSentAt) }) : t('status.neverSent')}</p>}
      {record?.lastRunAt && (
        <p className={record.lastError ? 'lrs-problem' : undefined}>
          {record.lastError
            ? t('status.lastError', { time: when(record.lastRunAt), message: errorWords(t, record.lastError) })
            : t('status.lastOk', { time: when(record.lastRunAt) })}
        </p>
      )}
      {!!refused && (
        <div className="lrs-refused">
          <p>{t('status.refused', { count: refused })}</p>
          {refusal && <p>{t('status.lastRefusal', { message: t(`refusal.${refusal.code}`, { ...refusal.params }) })}</p>}
          <button type="button" onClick={() => void resend()} disabled={!connection || running}>
            {t('status.resendRefused')}
          </button>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void sendNow()} disabled={!connection || running}>
          {t(running ? 'status.sending' : 'status.sendNow')}
        </button>
      </div>
      <p role="status" className="lrs-said">
        {running ? t('status.sending') : said}
      </p>
    </section>
  );
}

const resultWords = (t: TFunction<'lrs'>, status: SyncStatus) => {
  const counts = t('status.result', { sent: status.sent, alreadyThere: status.alreadyThere, refused: status.refused });
  return status.error ? `${counts} ${errorWords(t, status.error)}` : counts;
};

// ---------------------------------------------------------------------------------------------
// The connection

type Field = 'endpoint' | 'key' | 'secret';
type Busy = 'saving' | 'testing' | 'removing' | null;
type Checked = { ok: true; connection: LrsConnection; secret: string | undefined } | { ok: false; field: Field; message: string };

function ConnectionForm({
  connection,
  secretState,
  runner,
  onSecretChange,
}: {
  connection: LrsConnection | null;
  secretState: LrsSecretState;
  runner: SyncRunner;
  onSecretChange(): Promise<void>;
}) {
  const { t } = useTranslation('lrs');
  const { db, platform } = useServices();
  const id = useId();
  const [endpoint, setEndpoint] = useState(connection?.endpoint ?? '');
  const [key, setKey] = useState(connection?.key ?? '');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<{ field: Field | null; message: string } | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [said, setSaid] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fields = { endpoint: useRef<HTMLInputElement>(null), key: useRef<HTMLInputElement>(null), secret: useRef<HTMLInputElement>(null) };
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (problem?.field) fields[problem.field].current?.focus();
    // Only when a new problem is found; the refs never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  /** The form as a connection, or the first field at fault. A kept secret for the same connection may stay unsaid. */
  const check = (): Checked => {
    if (!endpoint.trim()) return { ok: false, field: 'endpoint', message: t('form.missing.endpoint') };
    const parsed = parseAppEndpoint(endpoint);
    if (!parsed.ok) return { ok: false, field: 'endpoint', message: t(`endpoint.${parsed.problem}`) };
    if (!key.trim()) return { ok: false, field: 'key', message: t('form.missing.key') };
    const wanted = { endpoint: parsed.endpoint.base, key: key.trim() };
    if (!secret && !sameConnection(secretState.savedFor, wanted)) return { ok: false, field: 'secret', message: t('form.missing.secret') };
    return { ok: true, connection: wanted, secret: secret || undefined };
  };

  const begin = (what: Busy): Checked | null => {
    setSaid('');
    setReport(null);
    const checked = check();
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      return null;
    }
    setProblem(null);
    setBusy(what);
    return checked;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = begin('saving');
    if (!checked?.ok) return;
    try {
      if (checked.secret !== undefined) {
        const result = await platform.lrs.saveSecret({ ...checked.connection, secret: checked.secret });
        await onSecretChange();
        if (!result.saved) {
          setProblem({ field: null, message: t(`form.saveProblem.${result.problem}`) });
          return;
        }
      }
      await saveLrsConnection(db, checked.connection);
      setEndpoint(checked.connection.endpoint);
      setKey(checked.connection.key);
      setSecret('');
      setSaid(t('form.saved'));
      void runner.sendNow();
    } finally {
      setBusy(null);
    }
  };

  const onTest = async () => {
    if (busy) return;
    const checked = begin('testing');
    if (!checked?.ok) return;
    try {
      setReport(await platform.lrs.test({ ...checked.connection, ...(checked.secret === undefined ? {} : { secret: checked.secret }) }));
    } finally {
      setBusy(null);
    }
  };

  const onRemove = async () => {
    setBusy('removing');
    try {
      runner.stop();
      await platform.lrs.forgetSecret();
      await removeLrsConnection(db);
      await onSecretChange();
      setEndpoint('');
      setKey('');
      setSecret('');
      setReport(null);
      setConfirming(false);
      setSaid(t('form.removed'));
      fields.endpoint.current?.focus();
    } finally {
      setBusy(null);
    }
  };

  const kept = connection !== null && sameConnection(secretState.savedFor, connection);
  const keepingClass = secretState.keeping === 'weak' || secretState.keeping === 'unavailable' ? 'lrs-warning' : 'hint';
  const described = (field: Field, hint?: string) => [hint, problem?.field === field ? `${id}-problem` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldProps = (field: Field) => ({
    id: `${id}-${field}`,
    ref: fields[field],
    disabled: busy !== null,
    'aria-invalid': problem?.field === field ? true : undefined,
  });

  return (
    <section aria-labelledby={`${id}-title`} className="lrs-connection panel">
      <h2 id={`${id}-title`}>{t('form.title')}</h2>
      <form onSubmit={onSave} noValidate aria-busy={busy !== null}>
        <div className="field">
          <label htmlFor={`${id}-endpoint`}>{t('form.endpoint')}</label>
          <p id={`${id}-endpoint-hint`} className="hint">
            {t('form.endpointHint')}
          </p>
          <input
            {...fieldProps('endpoint')}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={endpoint}
            aria-describedby={described('endpoint', `${id}-endpoint-hint`)}
            onChange={(e) => {
              setEndpoint(e.target.value);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('form.key')}</label>
          <input
            {...fieldProps('key')}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={key}
            aria-describedby={described('key')}
            onChange={(e) => {
              setKey(e.target.value);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('form.secret')}</label>
          <p id={`${id}-secret-hint`} className="hint">
            {t(kept ? 'form.secretKept' : 'form.secretHint')}
          </p>
          <input
            {...fieldProps('secret')}
            type="password"
            autoComplete="new-password"
            value={secret}
            aria-describedby={described('secret', `${id}-secret-hint ${id}-keeping`)}
            onChange={(e) => {
              setSecret(e.target.value);
              setProblem(null);
            }}
          />
          <p id={`${id}-keeping`} className={keepingClass}>
            {t(`settings.keeping.${secretState.keeping}`)}
          </p>
        </div>
        {problem && (
          <p id={`${id}-problem`} role="alert" className="error">
            {problem.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy !== null || secretState.keeping === 'unavailable'}>
            {t('form.save')}
          </button>
          <button type="button" onClick={() => void onTest()} disabled={busy !== null}>
            {t('form.test')}
          </button>
          {connection && !confirming && (
            <button type="button" ref={removeButton} onClick={() => setConfirming(true)} disabled={busy !== null}>
              {t('form.remove')}
            </button>
          )}
        </div>
        {confirming && (
          <div className="confirm">
            <p id={`${id}-confirm`}>{t('form.removeConfirm')}</p>
            <div className="actions">
              <button type="button" ref={confirmButton} className="danger" aria-describedby={`${id}-confirm`} onClick={() => void onRemove()} disabled={busy !== null}>
                {t('form.removeYes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => removeButton.current?.focus());
                }}
              >
                {t('form.cancel')}
              </button>
            </div>
          </div>
        )}
        <p role="status" className="lrs-said">
          {busy === 'saving' ? t('form.saving') : busy === 'testing' ? t('form.testing') : said}
        </p>
      </form>
      {report && <TestReport report={report} />}
    </section>
  );
}

/** What "Test connection" found, in words: each finding on its own line, never by colour alone. */
function TestReport({ report }: { report: ConnectionReport }) {
  const { t } = useTranslation('lrs');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <section aria-labelledby={`${id}-title`} className="lrs-report">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('report.title')}
      </h3>
      <ul>
        <li>{t(report.reachable ? 'report.reachable' : 'report.unreachable')}</li>
        {report.versions.length > 0 && (
          <li>
            {t('report.versions', { versions: report.versions.join(', ') })} {t(report.compatible ? 'report.compatible' : 'report.incompatible')}
          </li>
        )}
        {report.reachable && <li>{t(`report.credentials.${report.credentials}`)}</li>}
        {report.error && <li className="lrs-problem">{t('report.problem', { message: errorWords(t, report.error) })}</li>}
      </ul>
    </section>
  );
}
