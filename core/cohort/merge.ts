import type { ProgressFile, ProgressFileLearner } from './progress-file';
import { summariseLearner, type LearnerSummary } from './summary';

/**
 * Several files of one learner (an export per session, or the same file twice) make one
 * learner: statements are united by id, and what she chose to share comes from her newest
 * export. The app's import applies the same two rules one file at a time.
 */
export function newerLearner(known: { exportedAt: string } | undefined, incoming: { exportedAt: string }): boolean {
  return !known || incoming.exportedAt >= known.exportedAt;
}

export interface MergedLearner {
  learner: ProgressFileLearner;
  exportedAt: string;
  statements: ProgressFile['statements'];
}

export function mergeProgressFiles(files: readonly ProgressFile[]): MergedLearner[] {
  const byAccount = new Map<string, MergedLearner & { ids: Set<string> }>();
  for (const file of files) {
    const account = file.learner.account.name;
    let merged = byAccount.get(account);
    if (!merged) {
      merged = { learner: file.learner, exportedAt: file.exportedAt, statements: [], ids: new Set() };
      byAccount.set(account, merged);
    } else if (newerLearner(merged, file)) {
      merged.learner = file.learner;
      merged.exportedAt = file.exportedAt;
    }
    for (const statement of file.statements) {
      if (merged.ids.has(statement.id)) continue;
      merged.ids.add(statement.id);
      merged.statements.push(statement);
    }
  }
  return [...byAccount.values()].map(({ ids: _ids, ...merged }) => merged);
}

export function summariseMerged(merged: MergedLearner): LearnerSummary {
  const { account, displayName, profession } = merged.learner;
  return summariseLearner({ account: account.name, ...(displayName ? { displayName } : {}), ...(profession ? { profession } : {}) }, merged.statements);
}
