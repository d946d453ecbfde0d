import type { ProgressFile, ProgressFileLearner } from './progress-file';
import { summariseLearner, type LearnerSummary } from './summary';

/**
 * Several files of one learner (an export per session, or the same file twice) make one
 * learner: statements are united by id, and what she chose to share comes from her newest
 * export, by real date (as text, "…:00Z" would come after "…:00.5Z"; an export dated after its
 * import is refused when read). The app's import applies the same two rules one file at a time.
 */
export function newerLearner(known: { exportedAt: string } | undefined, incoming: { exportedAt: string }): boolean {
  return !known || Date.parse(incoming.exportedAt) >= Date.parse(known.exportedAt);
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

/**
 * Files whose records belong to more than one learner. A statement's id is made once, by the
 * learner's own app: the same id under two accounts means one file is a copy of the other with
 * the account changed (finding its owner needs the trainer: the copy may have come first). Such
 * files are held for a decision, and neither learner is counted until then — never the one
 * that happened to be read first.
 *
 * `files` in the order read; each clash names the file and the earlier files of other learners
 * that hold some of its records, and how many.
 */
export interface IdentityClash {
  index: number;
  with: { index: number; shared: number }[];
}

export function identityClashes(files: readonly { account: string; ids: readonly string[] }[]): { clashes: IdentityClash[]; accounts: Set<string> } {
  const owners = new Map<string, { account: string; index: number }>();
  const clashes: IdentityClash[] = [];
  const accounts = new Set<string>();
  files.forEach((file, index) => {
    const shared = new Map<number, number>();
    for (const id of file.ids) {
      const owner = owners.get(id);
      if (owner === undefined) owners.set(id, { account: file.account, index });
      else if (owner.account !== file.account) shared.set(owner.index, (shared.get(owner.index) ?? 0) + 1);
    }
    if (!shared.size) return;
    const others = [...shared].map(([other, count]) => ({ index: other, shared: count }));
    clashes.push({ index, with: others });
    accounts.add(file.account);
    for (const other of others) accounts.add(files[other.index]!.account);
  });
  return { clashes, accounts };
}
