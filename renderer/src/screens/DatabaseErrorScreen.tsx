import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import enDatabase from '../../../locales/en/database.json';
import frDatabase from '../../../locales/fr/database.json';
import nlDatabase from '../../../locales/nl/database.json';
import { isLanguage } from '../../../core/i18n';
import type { DatabaseProblem } from '../db/database';
import { addResources, formatDate } from '../i18n';
import type { SaveTextFileResult } from '../platform';

/** This screen's strings (`database`): they load with it, only when the database cannot open. */
export const DATABASE_RESOURCES = { fr: { database: frDatabase }, nl: { database: nlDatabase }, en: { database: enDatabase } } as const;

const ADVICE: Record<DatabaseProblem, string> = {
  'newer-version': 'adviceNewer',
  unavailable: 'adviceUnavailable',
  corrupted: 'adviceCorrupted',
};

/** The copy of the database made before the last upgrade (db/upgrade-copy.ts), and the way to save it as a file. */
export interface UpgradeCopyOffer {
  /** The day it was made (YYYY-MM-DD). */
  madeOn: string;
  save(): Promise<SaveTextFileResult>;
}

interface Props {
  problem: DatabaseProblem;
  detail: string;
  onRetry(): void;
  onErase(): Promise<void>;
  copy?: UpgradeCopyOffer | null;
}

/**
 * Shown instead of the app when the local database cannot open. It says what happened and
 * what the learner can do; erasing is offered only for damage, and only after confirmation. Where
 * a copy made before the last update exists, it can be saved as a file first.
 */
export function DatabaseErrorScreen(props: Props) {
  const { i18n } = useTranslation();
  useState(() => addResources(i18n, DATABASE_RESOURCES));
  return <DatabaseError {...props} />;
}

function DatabaseError({ problem, detail, onRetry, onErase, copy }: Props) {
  const { t } = useTranslation('database');
  const [confirming, setConfirming] = useState(false);
  return (
    <main id="main" className="panel narrow" aria-labelledby="db-error-title">
      <h1 id="db-error-title">{t('title')}</h1>
      <p role="alert">{t(problem)}</p>
      <h2>{t('whatToDo')}</h2>
      <p>{t(ADVICE[problem])}</p>
      {copy && <SaveCopy copy={copy} />}
      <div className="actions">
        <button type="button" className="primary" onClick={onRetry}>
          {t('retry')}
        </button>
        {problem === 'corrupted' && !confirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('erase')}
          </button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="erase-confirm" className="confirm">
          <p id="erase-confirm">{t('eraseConfirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void onErase()}>
              {t('erase')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </div>
        </div>
      )}
      <details>
        <summary>{t('details')}</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  );
}

function SaveCopy({ copy }: { copy: UpgradeCopyOffer }) {
  const { t, i18n } = useTranslation('database');
  // No services here (the database is what failed): the language is i18next's.
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const [result, setResult] = useState<SaveTextFileResult | null>(null);
  return (
    <div className="panel">
      <p>{t('copyKept', { date: formatDate(copy.madeOn, language) })}</p>
      <button type="button" onClick={() => void copy.save().then(setResult, () => setResult({ saved: false, error: 'write-failed' }))}>
        {t('saveCopy')}
      </button>
      <p role="status">{result?.saved ? t('copySaved') : result && 'error' in result && result.error ? t('copyNotSaved') : ''}</p>
    </div>
  );
}
