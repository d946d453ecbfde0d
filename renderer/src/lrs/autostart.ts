import type { CareLitDatabase } from '../db/database';
import { getLrsConnection } from '../db/settings';
import type { Platform } from '../platform';

/**
 * At start: the outbox is sent only if an organisation configured its LRS. Otherwise nothing
 * more is loaded, nothing runs, and no request is ever made. The sending code loads only when
 * there is somewhere to send.
 */
export async function startLrsSync(db: CareLitDatabase, platform: Platform): Promise<void> {
  if (!(await getLrsConnection(db))) return;
  const { syncRunnerFor } = await import('./sync-runner');
  syncRunnerFor(db, platform).start();
}
