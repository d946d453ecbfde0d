import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../db/database';

const ADVICE: Record<DatabaseProblem, string> = {
  'newer-version': 'database.adviceNewer',
  unavailable: 'database.adviceUnavailable',
  corrupted: 'database.adviceCorrupted',
};

/**
 * Shown instead of the app when the local database cannot open. It says what happened and
 * what the learner can do; erasing is offered only for damage, and only after confirmation.
 */
export function DatabaseErrorScreen({ problem, detail, onRetry, onErase }: { problem: DatabaseProblem; detail: string; onRetry(): void; onErase(): Promise<void> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <main id="main" className="panel narrow" aria-labelledby="db-error-title">
      <h1 id="db-error-title">{t('database.title')}</h1>
      <p role="alert">{t(`database.${problem}`)}</p>
      <h2>{t('database.whatToDo')}</h2>
      <p>{t(ADVICE[problem])}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onRetry}>{t('database.retry')}</button>
        {problem === 'corrupted' && !confirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>{t('database.erase')}</button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="erase-confirm" className="confirm">
          <p id="erase-confirm">{t('database.eraseConfirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void onErase()}>{t('database.erase')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('database.keep')}</button>
          </div>
        </div>
      )}
      <details>
        <summary>{t('database.details')}</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  );
}
