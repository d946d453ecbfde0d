import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_MAX } from '../../../core/learner';

/** What is wrong with the name she typed, as `nameProblem` (db/learners.ts) says it. */
export type NameProblem = 'missing' | 'broken';

/**
 * The name a profile is shown under, with its problem said in words and tied to the field.
 * `hintId` names the text that describes the field while nothing is wrong.
 */
export function NameField({ value, onChange, problem, hintId }: { value: string; onChange(name: string): void; problem: NameProblem | null; hintId?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-name`}>{t('profiles.nameLabel')}</label>
      <input
        id={`${id}-name`}
        type="text"
        value={value}
        maxLength={DISPLAY_NAME_MAX}
        autoComplete="off"
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p id={`${id}-error`} role="alert" className="error">
          {t(problem === 'broken' ? 'profiles.nameBroken' : 'profiles.nameRequired')}
        </p>
      )}
    </div>
  );
}
