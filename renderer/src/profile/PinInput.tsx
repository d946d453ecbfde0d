import type { Ref } from 'react';

/**
 * A PIN field that is no cognitive test (WCAG 2.2, 3.3.8): paste and password managers work (no
 * length cap, no blocked events; spaces and full-width digits are tolerated by the check), and
 * the number pad comes up on a touch screen.
 */
export function PinInput({
  id,
  value,
  onChange,
  purpose,
  invalid,
  describedBy,
  inputRef,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  /** `current-password` to open a profile, `new-password` to set a PIN. */
  purpose: 'current-password' | 'new-password';
  invalid: boolean;
  describedBy: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <input
      id={id}
      ref={inputRef}
      className="pin-input"
      type="password"
      inputMode="numeric"
      autoComplete={purpose}
      spellCheck={false}
      value={value}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
