import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Score } from '../../../../core/scoring/quiz';
import { useServices } from '../../context';

/** What the block shows of one try. */
export interface Try {
  id: string;
  answeredAt: string;
  score: Score;
}

/**
 * Every try at a block, oldest first: the learner's saved attempts, plus the attempts this
 * block received while on screen (the only ones in the authors' preview, which saves
 * nothing). Undefined while the saved ones are read, so "Try 1" never flashes before "Try 3".
 */
export function useTries(learnerId: string | null, moduleId: string, blockId: string, latest: Try | undefined): Try[] | undefined {
  const { db } = useServices();
  const saved = useLiveQuery(
    async (): Promise<Try[]> =>
      learnerId === null ? [] : db.attempts.where('[learnerId+moduleId+blockId]').equals([learnerId, moduleId, blockId]).sortBy('answeredAt'),
    [db, learnerId, moduleId, blockId],
  );
  const [seen, setSeen] = useState<Try[]>([]);
  // Recorded while rendering (React's pattern for keeping something from earlier renders), not in an effect, so the new try counts at once.
  if (latest && !seen.some((t) => t.id === latest.id)) setSeen([...seen, { id: latest.id, answeredAt: latest.answeredAt, score: latest.score }]);
  return saved === undefined ? undefined : mergeTries(saved, latest && !seen.some((t) => t.id === latest.id) ? [...seen, latest] : seen);
}

/** Saved and seen tries, each once, in the order they were made. */
export function mergeTries(saved: readonly Try[], seen: readonly Try[]): Try[] {
  const byId = new Map<string, Try>();
  for (const t of [...saved, ...seen]) if (!byId.has(t.id)) byId.set(t.id, t);
  // A stable sort: tries made within the same millisecond keep the order they came in.
  return [...byId.values()].sort((a, b) => (a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : 0));
}
