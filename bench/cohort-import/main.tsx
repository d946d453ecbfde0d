/**
 * Runs in Chromium. The progress files are fetched first (as a trainer's files would already be
 * on her disk), then timed: (1) the app's import, file by file, each validated and saved in its
 * own transaction; (2) a plain Dexie bulkAdd of exactly the rows the import stored, one
 * transaction per file, into a fresh database; (3) the dashboard's data (summaries through the
 * index, the report) and its first render.
 */
import Dexie from 'dexie';
import { readProgressFile } from '../../core/cohort/read-progress-file';
import { importFiles } from '../../renderer/src/cohort/import-files';
import { cohortSummaries, createCohort } from '../../renderer/src/db/cohorts';
import { CareLitDatabase } from '../../renderer/src/db/database';
import type { CohortStatementRow } from '../../renderer/src/db/rows';
import { currentStores } from '../../renderer/src/db/schema';
import { renderDashboardOnce } from './dashboard';
import type { ImportBenchResult } from './result';


async function run(names: string[]): Promise<ImportBenchResult> {
  const texts = await Promise.all(names.map(async (name) => ({ name, text: await (await fetch(`files/${name}`)).text() })));
  const sources = texts.map(({ name, text }) => ({ name, size: text.length, text: async () => text }));

  const t0 = performance.now();
  for (const { text } of texts) await readProgressFile(text);
  const validateMs = performance.now() - t0;

  const db = new CareLitDatabase(`bench-${Date.now()}`);
  await db.open();
  const cohort = await createCohort(db, 'Benchmark');
  let start = performance.now();
  const outcomes = await importFiles(db, cohort.id, sources);
  const importMs = performance.now() - start;

  // The same rows, grouped as the import grouped them.
  const rows = await db.cohortStatements.toArray();
  const byAccount = new Map<string, CohortStatementRow[]>();
  for (const row of rows) {
    const group = byAccount.get(row.account);
    if (group) group.push(row);
    else byAccount.set(row.account, [row]);
  }
  const plain = new Dexie(`bench-plain-${Date.now()}`);
  plain.version(1).stores({ cohortStatements: currentStores().cohortStatements! });
  await plain.open();
  start = performance.now();
  for (const group of byAccount.values()) await plain.table('cohortStatements').bulkAdd(group);
  const bulkAddMs = performance.now() - start;
  plain.close();

  start = performance.now();
  await cohortSummaries(db, cohort.id);
  const dashboardDataMs = performance.now() - start;
  const dashboardRenderMs = await renderDashboardOnce(db, cohort.id, document.getElementById('root')!);

  return {
    files: names.length,
    statements: rows.length,
    refused: outcomes.filter((o) => !o.ok).length,
    importMs,
    validateMs,
    bulkAddMs,
    dashboardDataMs,
    dashboardRenderMs,
  };
}

(window as unknown as { runImportBench: typeof run }).runImportBench = run;
document.title = 'ready';
