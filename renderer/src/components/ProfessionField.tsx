import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFESSIONS, type Profession } from '../../../core/professions';

/**
 * Her profession, as a group of radios that may start with none chosen: a profile is never given
 * a profession she did not pick. A missing choice is said in words, tied to the group.
 */
export function ProfessionField({
  value,
  onChange,
  missing,
  firstRef,
}: {
  value: Profession | null;
  onChange(profession: Profession): void;
  /** True once she tried to go on without choosing. */
  missing: boolean;
  /** The first radio, to move focus to when the choice is missing. */
  firstRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="choice-list" aria-describedby={missing ? `${id}-error ${id}-hint` : `${id}-hint`}>
      <legend>{t('profiles.professionLabel')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('profiles.professionHint')}
      </p>
      {PROFESSIONS.map((p, i) => (
        <label key={p} className="choice">
          <input
            type="radio"
            name={`${id}-profession`}
            value={p}
            checked={value === p}
            required
            aria-invalid={missing ? true : undefined}
            ref={i === 0 ? firstRef : undefined}
            onChange={() => onChange(p)}
          />
          {t(`profiles.professions.${p}`)}
        </label>
      ))}
      {missing && (
        <p id={`${id}-error`} role="alert" className="error">
          {t('profiles.professionRequired')}
        </p>
      )}
    </fieldset>
  );
}
