import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../components/FilePicker';
import { MomentPicture } from '../home/MomentPicture';
import { importFiles, type FileOutcome, type ImportSource } from '../cohort/import-files';
import { sourcesFromDrop, sourcesFromInput } from './files';
import { learnerName } from './format';
import { nameContent } from './names';
import { useVault } from './store';

type Progress = { done: number; total: number };

/** Up to this many imported files are listed open; more are listed collapsed. */
const IMPORTED_SHOWN_OPEN = 5;

/**
 * Importing learners' progress files: picked one by one, a whole folder, or dropped (files or
 * folders). Every file goes through the same import; a refused file never stops the others.
 * In an empty cohort it is the page's main content; beside results (`compact`) it is a section
 * she opens with "Add progress files", which stays open while she imports and reads what came of it.
 */
export function ImportPanel({ cohortId, onBusy, compact = false }: { cohortId: string; onBusy?(busy: boolean): void; compact?: boolean }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [open, setOpen] = useState(!compact);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // A ref, not the state: a second drop in the same tick must not start a second import.
  const running = useRef(false);
  const id = useId();
  const busy = progress !== null;

  useEffect(() => {
    if (outcomes) resultsHeading.current?.focus();
  }, [outcomes]);

  const run = async (sources: Promise<ImportSource[]> | ImportSource[]) => {
    if (running.current) return;
    running.current = true;
    setOutcomes(null);
    setFailed(false);
    setProgress({ done: 0, total: 0 });
    onBusy?.(true);
    try {
      const list = await sources;
      setProgress({ done: 0, total: list.length });
      const result = await importFiles(vault, cohortId, list, (done, total) => setProgress({ done, total }));
      setOutcomes(result);
    } catch {
      // Only listing a dropped folder can fail here (it moved, or access was refused), before any
      // file is imported: importFiles itself reports each file's fate instead of throwing.
      setFailed(true);
    } finally {
      running.current = false;
      setProgress(null);
      onBusy?.(false);
    }
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>, fromFolder: boolean) => {
    const input = event.currentTarget;
    const sources = input.files ? sourcesFromInput(input.files, fromFolder) : [];
    // Emptied, so that picking the same files again (after a fix) imports them again.
    input.value = '';
    if (sources.length) void run(sources);
    else if (fromFolder) setOutcomes([]);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    // Taken now: the browser empties the drop's data once this handler returns.
    if (!running.current) void run(sourcesFromDrop(event.dataTransfer));
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel import-panel" data-compact={compact || undefined}>
      {compact ? (
        <h2 id={`${id}-title`} className="import-toggle">
          <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
            {t('import.add')}
          </button>
        </h2>
      ) : (
        <div className="import-start">
          <div>
            <h2 id={`${id}-title`}>{t('import.title')}</h2>
            <p>{t('import.intro')}</p>
          </div>
          <MomentPicture moment="empty-cohort" />
        </div>
      )}
      <div id={`${id}-body`} className="import-body" hidden={!open}>
        {compact && <p>{t('import.intro')}</p>}
        <div className="import-inputs">
          <FilePicker id={`${id}-files`} label={t('import.files')} multiple accept=".json,application/json" disabled={busy} onChange={(event) => onPick(event, false)} />
          <FilePicker id={`${id}-folder`} label={t('import.folder')} multiple directory disabled={busy} onChange={(event) => onPick(event, true)} />
        </div>
        {/* A second way for mouse users; the two pickers above do the same by keyboard. */}
        <div
          className="drop-zone"
          data-dragging={dragging || undefined}
          onDragEnter={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          {t('import.drop')}
        </div>
      </div>
      <div role="status" aria-live="polite" className="import-progress">
        {progress && (
          <>
            <p>{progress.total ? t('import.progress', { done: progress.done, total: progress.total }) : t('import.reading')}</p>
            {progress.total > 0 && <progress value={progress.done} max={progress.total} aria-label={t('import.progressLabel')} />}
          </>
        )}
      </div>
      {failed && (
        <p role="alert" className="error">
          {t('import.failed')}
        </p>
      )}
      {outcomes && <ImportResults outcomes={outcomes} headingRef={resultsHeading} />}
    </section>
  );
}

type Imported = Extract<FileOutcome, { ok: true }>;
type Refused = Extract<FileOutcome, { refusal: unknown }>;
type Held = Extract<FileOutcome, { held: unknown }>;

/** A file of a learner already in the cohort that brought no record she did not have. */
const isUnchanged = (o: Imported) => o.added === 0 && !o.newLearner;

function ImportResults({ outcomes, headingRef }: { outcomes: FileOutcome[]; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation('trainer');
  const good = outcomes.filter((o): o is Imported => o.ok);
  const refused = outcomes.filter((o): o is Refused => 'refusal' in o);
  const held = outcomes.filter((o): o is Held => 'held' in o);
  // Files that brought nothing new are said apart: "imported" would tell her something changed.
  const unchanged = good.filter(isUnchanged).length;
  const parts = [
    t('import.importedCount', { count: good.length - unchanged }),
    ...(unchanged ? [t('import.unchangedCount', { count: unchanged })] : []),
    t('import.refusedCount', { count: refused.length }),
    ...(held.length ? [t('import.heldCount', { count: held.length })] : []),
  ];
  return (
    <div className="import-results">
      <h3 ref={headingRef} tabIndex={-1}>
        {outcomes.length ? t('import.summary', { count: outcomes.length, parts: parts.join(', ') }) : t('import.noFiles')}
      </h3>
      {held.length > 0 && (
        <>
          <h4>{t('import.heldTitle', { count: held.length })}</h4>
          <ul className="outcome-list">
            {held.map((o, i) => (
              <li key={`${i}-${o.name}`} className="outcome held">
                <span className="outcome-mark">{t('import.heldMark')}</span> <span className="file-name">{o.name}</span>
                <p className="outcome-reason">
                  {t('import.heldReason', { name: learnerName(o.held.learner, t), first: o.held.owners.map((owner) => learnerName(owner, t)).join(', ') })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {refused.length > 0 && (
        <>
          <h4>{t('import.refusedTitle', { count: refused.length })}</h4>
          <ul className="outcome-list">
            {refused.map((o, i) => (
              <li key={`${i}-${o.name}`} className="outcome refused">
                <span className="outcome-mark">{t('import.refusedMark')}</span> <span className="file-name">{o.name}</span>
                <p className="outcome-reason">{t(`cohort:refusal.${o.refusal.code}`, { ...o.refusal.params })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {good.length > 0 && (
        // Collapsed when long: the refusals above are what needs her attention, and the
        // dashboard below should not end up screens away.
        <details className="imported-files" open={good.length <= IMPORTED_SHOWN_OPEN}>
          <summary>{t('import.importedTitle', { count: good.length })}</summary>
          <ul className="outcome-list">
            {good.map((o, i) => (
              <li key={`${i}-${o.name}`} className="outcome imported">
                <span className="outcome-mark">{t('import.importedMark')}</span> <span className="file-name">{o.name}</span>
                <p className="outcome-reason">
                  {nameContent(o, t)}
                  {' · '}
                  {isUnchanged(o) ? t('import.alreadyImported') : t('import.added', { count: o.added })}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
