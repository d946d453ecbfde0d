import type { Statement } from '../../../core/xapi/statements';
import { accountOf, walkStatements } from '../../fixtures/cohort';

/**
 * `count` statements of one learner on the sample module, made by the app's builders, a
 * minute apart: enough to fill several batches.
 */
export function learnerStatements(learner: number, count: number): Statement[] {
  const start = Date.UTC(2026, 10, 2, 8) + learner * 86_400_000;
  const answers = Array.from({ length: count }, (_, i) => ({
    quiz: i % 2 ? ('q-multiple' as const) : ('q-single' as const),
    // Right two times in three, each answer one the quiz can have.
    selected: i % 2 ? (i % 3 ? ['diagnosis', 'bp'] : ['weather']) : i % 3 ? ['pro'] : ['tool'],
    at: new Date(start + i * 60_000).toISOString(),
  }));
  return walkStatements({ account: accountOf(learner), answers });
}

/** The same statement with other content: what an LRS must refuse under the same id. */
export function altered(statement: Statement): Statement {
  return { ...statement, timestamp: new Date(Date.parse(statement.timestamp) + 1000).toISOString() };
}
