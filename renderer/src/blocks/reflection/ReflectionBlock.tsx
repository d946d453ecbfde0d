import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReflectionBlock as ReflectionBlockData } from '../../../../core/content/schema';
import { useServices } from '../../context';
import { getNote, NOTE_MAX_LENGTH, saveNote, type NoteKey } from '../../db/notes';
import { useLocalized } from '../../hooks';
import type { BlockProps } from '../types';
import './reflection.css';

/** Long enough not to write on every keystroke, short enough that little is lost on a crash. */
const AUTOSAVE_DELAY_MS = 600;

/**
 * A private note. With a learner it is saved on this computer as she types (and when she
 * leaves the field or the block); in the authors' preview it lives only in the component.
 */
export function ReflectionBlock({ block, module, learnerId }: BlockProps<ReflectionBlockData>) {
  const { t } = useTranslation('blocks');
  const localized = useLocalized();
  const uid = useId();
  const hintId = block.hint ? `${uid}-hint` : undefined;
  const field = { id: `${uid}-text`, describedBy: [hintId, `${uid}-private`].filter(Boolean).join(' ') };
  return (
    <div className="reflection">
      <label htmlFor={field.id} className="reflection-prompt">{localized(block.prompt)}</label>
      {block.hint && <p id={hintId} className="hint">{localized(block.hint)}</p>}
      <p id={`${uid}-private`} className="reflection-private">
        <LockIcon />
        {t('reflection.private')}
      </p>
      {learnerId === null ? (
        <PreviewNote field={field} />
      ) : (
        <SavedNote field={field} noteKey={{ learnerId, moduleId: module.id, blockId: block.id }} />
      )}
    </div>
  );
}

interface FieldIds {
  id: string;
  describedBy: string;
}

function SavedNote({ field, noteKey }: { field: FieldIds; noteKey: NoteKey }) {
  const { t } = useTranslation('blocks');
  const { db } = useServices();
  const { learnerId, moduleId, blockId } = noteKey;
  const saved = useLiveQuery(
    async () => (await getNote(db, { learnerId, moduleId, blockId }))?.text ?? '',
    [db, learnerId, moduleId, blockId],
  );
  // What she typed in this visit wins over the saved text, which the live query re-reads after each save.
  const [draft, setDraft] = useState<string | null>(null);
  const save = useCallback((text: string) => saveNote(db, { learnerId, moduleId, blockId }, text), [db, learnerId, moduleId, blockId]);
  const autosave = useAutosave(save);
  const change = (text: string) => {
    setDraft(text);
    autosave.schedule(text);
  };
  return (
    <>
      <NoteField field={field} value={draft ?? saved ?? ''} loading={saved === undefined} onChange={change} onBlur={() => void autosave.flush()} />
      <p role="status" className="reflection-status">
        {autosave.status === 'saving' ? t('reflection.saving') : autosave.status === 'saved' ? t('reflection.saved') : ''}
      </p>
      {autosave.status === 'failed' && <p role="alert" className="error">{t('reflection.saveFailed')}</p>}
    </>
  );
}

function PreviewNote({ field }: { field: FieldIds }) {
  const { t } = useTranslation('blocks');
  const [text, setText] = useState('');
  return (
    <>
      <p className="reflection-preview">{t('reflection.previewNotice')}</p>
      <NoteField field={field} value={text} loading={false} onChange={setText} />
    </>
  );
}

function NoteField({ field, value, loading, onChange, onBlur }: {
  field: FieldIds;
  value: string;
  /** Read-only until the saved note is read, so nothing typed is replaced by it. */
  loading: boolean;
  onChange(text: string): void;
  onBlur?(): void;
}) {
  const { t } = useTranslation('blocks');
  const countId = `${field.id}-count`;
  return (
    <>
      <textarea
        id={field.id}
        className="reflection-text"
        rows={6}
        maxLength={NOTE_MAX_LENGTH}
        value={value}
        readOnly={loading}
        aria-busy={loading || undefined}
        aria-describedby={`${field.describedBy} ${countId}`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <p id={countId} className="reflection-count">{t('reflection.count', { count: value.length, max: NOTE_MAX_LENGTH })}</p>
    </>
  );
}

type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Saves the latest text once typing pauses, at once on flush, and when the block goes away. */
function useAutosave(save: (text: string) => Promise<void>) {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      await save(text);
      if (pending.current === null) setStatus('saved');
    } catch {
      // Kept for the next try (the next keystroke or leaving the field), unless newer text came.
      pending.current ??= text;
      setStatus('failed');
    }
  }, [save]);

  const schedule = useCallback(
    (text: string) => {
      pending.current = text;
      setStatus('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // "Continue" pressed within the delay still saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  return { status, schedule, flush };
}

function LockIcon() {
  return (
    <svg className="reflection-lock" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <rect x="5" y="10.5" width="14" height="10" rx="1.5" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </svg>
  );
}
