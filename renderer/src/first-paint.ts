let committed!: () => void;
const firstCommit = new Promise<void>((resolve) => (committed = resolve));
let painted: Promise<void> | undefined;

/**
 * Called by the app's root once its first screen is committed, and that screen's own effects
 * have run (a parent's effects run after its children's): the first screen is there.
 */
export function firstScreenCommitted(): void {
  committed();
}

/**
 * Resolves once the first screen has been committed and then painted (the next frame, then a
 * task), the same promise for every caller. Work the first screen does not need waits for it:
 * opening the database on a first start, the reader settings' first read, warming the next
 * screen. A frame alone is not enough: the browser may paint before the app's first render.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= firstCommit.then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return painted;
}

let marked = false;
/** Marks the moment the first screen can be used; the startup benchmark reads this mark. */
export function markInteractive(): void {
  if (marked) return;
  marked = true;
  performance.mark?.('carelit:interactive');
}
