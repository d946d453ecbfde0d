import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_NAME_MAX } from '../db/cohorts';

export interface CohortName {
  name: string;
  error: boolean;
  change(name: string): void;
  /** Whether the name can be saved; an empty one shows the error instead. */
  valid(): boolean;
}

/** A cohort's name as typed in a form (creating or renaming): never empty. */
export function useCohortName(initial: string): CohortName {
  const [name, setName] = useState(initial);
  const [error, setError] = useState(false);
  return {
    name,
    error,
    change: (value) => {
      setName(value);
      setError(false);
    },
    valid: () => {
      const ok = name.trim() !== '';
      setError(!ok);
      return ok;
    },
  };
}

export function CohortNameField({ id, label, hint, state, autoFocus = false }: { id: string; label: string; hint?: string; state: CohortName; autoFocus?: boolean }) {
  const { t } = useTranslation('trainer');
  const describedBy = [hint ? `${id}-hint` : '', state.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={`${id}-name`}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        id={`${id}-name`}
        type="text"
        value={state.name}
        maxLength={COHORT_NAME_MAX}
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => state.change(e.target.value)}
      />
      {state.error && (
        <p id={`${id}-error`} role="alert" className="error">
          {t('cohorts.nameRequired')}
        </p>
      )}
    </div>
  );
}
