import type { ChangeEvent } from 'react';

interface FilePickerProps {
  id: string;
  label: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** A folder picker (Chromium and Electron): the files of a folder and its subfolders. */
  directory?: boolean;
}

/**
 * A file input that reads in the interface's language. The browser draws its own button and
 * "No file chosen" in the system's language (English on most machines); here the input stays
 * in the tab order and in the accessibility tree, visually hidden, and its label is what she
 * sees, styled as a button. Space or Enter on the input opens the picker, as before.
 */
export function FilePicker({ id, label, onChange, accept, multiple, disabled, directory }: FilePickerProps) {
  return (
    <span className="file-picker">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        {...(accept ? { accept } : {})}
        multiple={multiple}
        disabled={disabled}
        // Not in React's types.
        ref={directory ? (el) => el?.setAttribute('webkitdirectory', '') : undefined}
        onChange={onChange}
      />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}
