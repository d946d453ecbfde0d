/**
 * Runs in Chromium. The progress files are fetched first (as a trainer's files would already be
 * on her disk), then timed: (1) reading and validating them alone; (2) the app's import, file by
 * file, each validated, summarised, sealed and saved in its own transaction; (3) unlocking as the
 * app does (opening every learner's sealed summary once), then the dashboard's first render;
 * (4) a plain Dexie bulkAdd of one row per statement (the storage before schema version 6) and
 * (5) of exactly the sealed records the import stored, into fresh databases.
 */
import Dexie from 'dexie';
import { createTrainerKey, openTrainerKey, PASSPHRASE_ITERATIONS } from '../../core/cohort/passphrase';
import { readProgressBytes } from '../../core/cohort/read-progress-file';
import { importFiles } from '../../renderer/src/cohort/import-files';
import { createCohort, openCurrentCohorts } from '../../renderer/src/db/cohorts';
import { CareLitDatabase } from '../../renderer/src/db/database';
import { currentStores, SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import type { Vault } from '../../renderer/src/db/vault';
import { renderDashboardOnce } from './dashboard';
import type { ImportBenchResult } from './result';

const PASSPHRASE = 'benchmark passphrase, not a secret';
const TRAINER_TABLES = ['trainerLearners', 'trainerLearnerIds', 'trainerStatements'] as const;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** A fresh database with only these tables, as the current schema declares them (or as version 3 did). */
async function plainDatabase(tables: Record<string, string>): Promise<Dexie> {
  const plain = new Dexie(`bench-plain-${Math.random()}`);
  plain.version(1).stores(tables);
  await plain.open();
  return plain;
}

async function run(names: string[]): Promise<ImportBenchResult> {
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await (await fetch(`files/${name}`)).arrayBuffer()) })));
  const sources = files.map(({ name, bytes }) => ({ name, size: bytes.length, bytes: async () => bytes }));

  const [reads, validateMs] = await timed(() => Promise.all(files.map(({ bytes }) => readProgressBytes(bytes))));
  const [created, unlockMs] = await timed(() => createTrainerKey(PASSPHRASE, PASSPHRASE_ITERATIONS));
  const db = new CareLitDatabase(`bench-${Date.now()}`);
  await db.open();
  const vault: Vault = { db, keys: created.keys };
  const cohort = await createCohort(vault, 'Benchmark');
  const [outcomes, importMs] = await timed(() => importFiles(vault, cohort.id, sources));

  // (3) As an unlock does: keys derived again (nothing opened with them yet: what is opened is kept
  // per key), every current cohort's summaries opened, then the dashboard drawn; after a second
  // for the import's garbage to go, as a trainer's session would not start in the middle of it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const keys = (await openTrainerKey(PASSPHRASE, created.record))!;
  const [, dashboardDataMs] = await timed(() => openCurrentCohorts({ db, keys }));
  const {
    firstMs: dashboardRenderMs,
    firstRows: dashboardFirstRows,
    completeMs: dashboardCompleteMs,
  } = await renderDashboardOnce({ db, keys }, cohort.id, document.getElementById('root')!);

  // (4) One row per statement, as version 3 stored them.
  const version3 = SCHEMA_VERSIONS.find((v) => v.version === 3)!.stores;
  const rows = await plainDatabase({ cohortStatements: version3.cohortStatements! });
  const perFile = reads.flatMap((r) =>
    r.ok ? [r.file.statements.map((statement) => ({ cohortId: cohort.id, id: statement.id, account: r.file.learner.account.name, statement }))] : [],
  );
  const [, bulkAddRowsMs] = await timed(async () => {
    for (const group of perFile) await rows.table('cohortStatements').bulkAdd(group);
  });
  rows.close();

  // (5) The sealed records the import stored, grouped by learner as it wrote them.
  const stores = currentStores();
  const sealed = await plainDatabase(Object.fromEntries(TRAINER_TABLES.map((t) => [t, stores[t]!])));
  const byLearner = new Map<string, Record<(typeof TRAINER_TABLES)[number], unknown[]>>();
  let storedBytes = 0;
  for (const table of TRAINER_TABLES) {
    for (const row of await db.table(table).toArray()) {
      storedBytes += (row.sealed as Uint8Array).length;
      const group = byLearner.get(row.ref) ?? { trainerLearners: [], trainerLearnerIds: [], trainerStatements: [] };
      group[table].push(row);
      byLearner.set(row.ref, group);
    }
  }
  const [, bulkAddSealedMs] = await timed(async () => {
    for (const group of byLearner.values()) {
      await sealed.transaction(
        'rw',
        TRAINER_TABLES.map((t) => sealed.table(t)),
        async () => {
          for (const table of TRAINER_TABLES) await sealed.table(table).bulkAdd(group[table]);
        },
      );
    }
  });
  sealed.close();

  return {
    files: names.length,
    statements: perFile.reduce((n, g) => n + g.length, 0),
    refused: outcomes.filter((o) => !o.ok && 'refusal' in o).length,
    held: outcomes.filter((o) => !o.ok && 'held' in o).length,
    validateMs,
    importMs,
    bulkAddRowsMs,
    bulkAddSealedMs,
    storedBytes,
    unlockMs,
    dashboardDataMs,
    dashboardRenderMs,
    dashboardFirstRows,
    dashboardCompleteMs,
  };
}

(window as unknown as { runImportBench: typeof run }).runImportBench = run;
document.title = 'ready';
