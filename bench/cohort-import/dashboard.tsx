import type { CareLitDatabase } from '../../renderer/src/db/database';

/** Placeholder until the dashboard exists: replaced by a render of the trainer's dashboard. */
export async function renderDashboardOnce(_db: CareLitDatabase, _cohortId: string, _root: HTMLElement): Promise<number> {
  return Number.NaN;
}
