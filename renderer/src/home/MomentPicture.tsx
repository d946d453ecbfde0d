import { lazy, Suspense } from 'react';
import type { Moment } from './MomentArt';

// The drawings come just after the words, in their own chunk: the first screen stays within its budget.
const MomentArt = lazy(() => import('./MomentArt').then((m) => ({ default: m.MomentArt })));

/** A key moment's picture (home/MomentArt.tsx), holding its place until it has loaded. */
export function MomentPicture({ moment }: { moment: Moment }) {
  return (
    <Suspense fallback={<svg className="moment-art" viewBox="0 0 240 160" aria-hidden="true" focusable="false" />}>
      <MomentArt moment={moment} />
    </Suspense>
  );
}
