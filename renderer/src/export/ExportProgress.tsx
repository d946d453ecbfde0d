import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalCode } from '../../../core/cohort/read-progress-file';
import { useServices } from '../context';
import type { CareLitDatabase } from '../db/database';
import type { ShareChoices } from '../db/progress-export';
import type { LearnerRow } from '../db/rows';
import type { SaveFileFailure } from '../platform';
import { useSession } from '../stores/session';
import './export.css';

/** What the status line says after a save; a cancelled save says nothing. */
type Outcome = { kind: 'saved' } | { kind: 'failed'; reason: SaveFileFailure } | { kind: 'not-readable'; code: RefusalCode } | { kind: 'unexpected' };

/** Nothing beyond the pseudonymous account unless she ticks it: the account is a code, not a person. */
const NO_SHARING: ShareChoices = { shareName: false, shareProfession: false };

/**
 * How many statements an export would hold. Counted here rather than through db/progress-export,
 * which brings the file's schema (zod): the catalogue does not load it before a save.
 */
const exportableCount = (db: CareLitDatabase, learnerId: string) => db.outbox.where('learnerId').equals(learnerId).count();

/** "Export my progress": a button on the catalogue that opens the export dialog. */
export function ExportProgress({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // The application menu's "Export my progress" opens it too, until it is closed.
  const asked = useSession((s) => s.request === 'export-progress');
  const closed = useCallback(() => {
    setOpen(false);
    useSession.getState().takeRequest('export-progress');
    // Back where she was, whatever closed the dialog (its button or Escape).
    opener.current?.focus();
  }, []);
  return (
    <div className="export-entry">
      <button type="button" ref={opener} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {(open || asked) && <ExportDialog learnerId={learnerId} onClosed={closed} />}
    </div>
  );
}

function ExportDialog({ learnerId, onClosed }: { learnerId: string; onClosed: () => void }) {
  const { t } = useTranslation('export');
  const { db } = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), what: useId() };
  const data = useLiveQuery(async () => ({ learner: await db.learners.get(learnerId), count: await exportableCount(db, learnerId) }), [db, learnerId]);
  const ready = data !== undefined;
  // Closing goes through the dialog itself, like Escape, so both end in its close event.
  const closeButton = (
    <button type="button" onClick={() => dialog.current?.close()}>
      {t('close')}
    </button>
  );

  useEffect(() => {
    // Opened once its content is known, so the browser's focus lands on the first real control.
    if (ready && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [ready]);

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={ids.title} aria-describedby={ids.what} onClose={onClosed}>
      <h2 id={ids.title}>{t('title')}</h2>
      <p id={ids.what}>{t('what')}</p>
      {data &&
        (data.count === 0 || !data.learner ? (
          <>
            <p className="export-nothing">{t('nothingYet')}</p>
            <div className="export-actions">{closeButton}</div>
          </>
        ) : (
          <ExportForm learnerId={learnerId} count={data.count} learner={data.learner} closeButton={closeButton} />
        ))}
    </dialog>
  );
}

interface ExportFormProps {
  learnerId: string;
  count: number;
  learner: Pick<LearnerRow, 'displayName' | 'profession'>;
  closeButton: ReactNode;
}

function ExportForm({ learnerId, count, learner, closeButton }: ExportFormProps) {
  const { t } = useTranslation('export');
  const { db, platform } = useServices();
  const [choices, setChoices] = useState<ShareChoices>(NO_SHARING);
  const [busy, setBusy] = useState(false);
  // Also a ref: two quick presses land before the re-render that marks the button busy.
  const saving = useRef(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hintId = useId();

  const choose = (key: keyof ShareChoices) => (event: ChangeEvent<HTMLInputElement>) => {
    setChoices((current) => ({ ...current, [key]: event.target.checked }));
    // A message about the previous file would now describe another one.
    setOutcome(null);
  };

  async function save() {
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      const [{ prepareExport }, info] = await Promise.all([import('./prepare-export'), platform.getAppInfo()]);
      const prepared = await prepareExport(db, learnerId, choices, info.version);
      if (!prepared.ok) {
        setOutcome({ kind: 'not-readable', code: prepared.refusal });
        return;
      }
      const result = await platform.saveTextFile({ suggestedName: prepared.suggestedName, text: prepared.text, kind: 'progress' });
      if (result.saved) setOutcome({ kind: 'saved' });
      else if (result.error) setOutcome({ kind: 'failed', reason: result.error });
    } catch {
      setOutcome({ kind: 'unexpected' });
    } finally {
      saving.current = false;
      setBusy(false);
    }
  }

  const message = (() => {
    if (!outcome) return '';
    switch (outcome.kind) {
      case 'saved':
        return platform.kind === 'browser' ? t('savedBrowser') : t('saved');
      case 'failed':
        return t(`failure.${outcome.reason}`);
      case 'not-readable':
        return t('notReadable', { code: outcome.code });
      case 'unexpected':
        return t('unexpected');
    }
  })();

  return (
    <>
      <p className="export-count">{t('count', { count })}</p>
      <fieldset className="export-choices" aria-describedby={hintId}>
        <legend>{t('shareLegend')}</legend>
        <p id={hintId} className="export-hint">
          {t('shareHint')}
        </p>
        <label className="choice">
          <input type="checkbox" checked={choices.shareName} onChange={choose('shareName')} />
          {t('includeName', { name: learner.displayName })}
        </label>
        <label className="choice">
          <input type="checkbox" checked={choices.shareProfession} onChange={choose('shareProfession')} />
          {t('includeProfession', { profession: t(`common:profiles.professions.${learner.profession}`) })}
        </label>
      </fieldset>
      <p role="status" className="export-result" data-outcome={outcome?.kind ?? 'none'}>
        {message}
      </p>
      <div className="export-actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" className="primary" aria-disabled={busy} onClick={() => void save()}>
          {busy ? t('saving') : t('save')}
        </button>
        {closeButton}
      </div>
    </>
  );
}
