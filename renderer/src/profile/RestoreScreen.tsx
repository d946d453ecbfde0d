import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_MAX_BYTES, type BackupFile } from '../../../core/backup/backup-file';
import { readBackupFile, type BackupRefusal } from '../../../core/backup/read-backup-file';
import { localDate } from '../../../core/file-names';
import { FilePicker } from '../components/FilePicker';
import { useServices } from '../context';
import { restoreBackup } from '../db/backup';
import { useLanguage } from '../hooks';
import { formatDate, numberFormat } from '../i18n';
import { readFileText } from '../platform/read-file';
import { useSession } from '../stores/session';
import { addProfileStrings } from './strings';
import './profile.css';

/**
 * "Restore a backup", from the profile choice: a backup file, read as untrusted (its size first,
 * then every member), summed up in words, then restored as a new profile that opens at once.
 * A refusal says why, in words.
 */
export function RestoreScreen() {
  const { i18n } = useTranslation();
  useState(() => addProfileStrings(i18n));
  return <Restore />;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'refused'; refusal: BackupRefusal | { code: 'unreadable' } }
  | { kind: 'ready'; file: BackupFile }
  | { kind: 'restoring'; file: BackupFile }
  | { kind: 'exists'; name: string }
  | { kind: 'not-saved'; file: BackupFile };

function Restore() {
  const { t } = useTranslation('profile');
  const { db } = useServices();
  const [language] = useLanguage();
  const { signIn, signOut } = useSession();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    // Refused before it is read: a huge file never reaches memory.
    if (chosen.size > BACKUP_MAX_BYTES) return setStep({ kind: 'refused', refusal: { code: 'too-large', params: { size: chosen.size, limit: BACKUP_MAX_BYTES } } });
    setStep({ kind: 'reading' });
    let text: string;
    try {
      text = await readFileText(chosen);
    } catch {
      return setStep({ kind: 'refused', refusal: { code: 'unreadable' } });
    }
    const read = await readBackupFile(text);
    setStep(read.ok ? { kind: 'ready', file: read.file } : { kind: 'refused', refusal: read.refusal });
  };

  const restore = async (file: BackupFile) => {
    setStep({ kind: 'restoring', file });
    const result = await restoreBackup(db, file);
    if (result.ok) signIn(result.learner.id);
    else setStep(result.reason === 'profile-exists' ? { kind: 'exists', name: result.existing.displayName } : { kind: 'not-saved', file });
  };

  const megabytes = (bytes: number) => numberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  const refusalText = (refusal: BackupRefusal | { code: 'unreadable' }) => {
    const params = 'params' in refusal ? (refusal.params ?? {}) : {};
    const sizes = refusal.code === 'too-large' ? { size: megabytes(Number(params.size)), limit: megabytes(Number(params.limit)) } : {};
    return t(`restore.refusals.${refusal.code}`, { ...params, ...sizes });
  };
  const file = step.kind === 'ready' || step.kind === 'restoring' || step.kind === 'not-saved' ? step.file : null;

  return (
    <section className="panel narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} tabIndex={-1} ref={title}>
        {t('restore.title')}
      </h1>
      <p>{t('restore.intro')}</p>
      <div className="field">
        {/* In the interface's language, not the browser's "Choose File / No file chosen". */}
        <FilePicker id={`${id}-file`} label={t('restore.file')} accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </div>
      <div role="status" aria-live="polite">
        {step.kind === 'reading' && <p>{t('restore.reading')}</p>}
        {file && (
          <div className="restore-summary">
            <p>
              {t('restore.summary', {
                name: file.profile.displayName,
                profession: t(`common:profiles.professions.${file.profile.profession}`),
                date: formatDate(localDate(new Date(file.savedAt)), language),
              })}
            </p>
            <ul>
              <li>{t('restore.modules', { count: file.progress.length })}</li>
              <li>{t('restore.answers', { count: file.attempts.length })}</li>
              <li>{t('restore.cards', { count: file.cards.length })}</li>
            </ul>
            <p>{t('restore.noPin')}</p>
          </div>
        )}
      </div>
      {(step.kind === 'refused' || step.kind === 'exists' || step.kind === 'not-saved') && (
        <p role="alert" className="error">
          {step.kind === 'refused' ? refusalText(step.refusal) : step.kind === 'exists' ? t('restore.exists', { name: step.name }) : t('restore.notSaved')}
        </p>
      )}
      <div className="actions">
        {file && (
          <button type="button" className="primary" aria-disabled={step.kind === 'restoring'} onClick={() => step.kind !== 'restoring' && void restore(file)}>
            {step.kind === 'restoring' ? t('restore.restoring') : t('restore.restore')}
          </button>
        )}
        <button type="button" onClick={signOut}>
          {t('restore.back')}
        </button>
      </div>
    </section>
  );
}
