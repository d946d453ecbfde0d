import type { ReactNode } from 'react';

/**
 * A line icon on a 24-unit grid, drawn in the text's colour. Decorative: the words beside it say
 * the same, so it is hidden from screen readers.
 */
export function LineIcon({ className, size, children }: { className: string; size: number; children: ReactNode }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
