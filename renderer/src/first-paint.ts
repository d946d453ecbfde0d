import { useEffect, useState } from 'react';

let painted: Promise<void> | undefined;

/**
 * Resolves once the first screen has been painted (the frame after the first call, then a task),
 * the same promise for every caller. Work the first screen does not need waits for it: opening
 * the database on a first start, the reader settings' first read, warming the next screen.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return painted;
}

/** False until the first screen has been painted, then true. */
export function usePainted(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}
