import { useEffect, useRef } from 'react';

/**
 * A view's heading, focused when the view opens: after a move inside the trainer area, the
 * keyboard and the screen reader start at the top of what is now shown. The heading needs
 * tabIndex={-1}.
 */
export function useHeadingFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
