/**
 * A trainer's import in Chromium: 200 learners × 500 statements (100,000), simulated by the
 * same code as `carelit simulate`, imported by the app's own code (validation, summaries, sealed
 * records, one transaction per file) and set side by side, in the same run, with reading and
 * validating the same files alone, and with a plain Dexie bulkAdd of one row per statement (the
 * storage before schema version 6) and of the sealed records the import stored; then the
 * dashboard's first render after unlocking, every learner's summary opened on the way: its first
 * frame (the target), and the frame where every learner and every section is there.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROGRESS_FILE_MAX_BYTES, serialiseProgressFile } from '../core/cohort/progress-file';
import { simulateCohort } from '../core/cohort/simulate';
import { parseModuleSource } from '../core/content/parse';
import type { LearningModule } from '../core/content/schema';
import { readModuleFiles } from '../cli/content';
import { runQuietly, viteCommand } from '../scripts/run-quietly';
import { launchChromium } from '../scripts/chromium';
import { serveStatic } from '../scripts/serve';
import { BenchError, type Benchmark } from './benchmark';
import { countFromEnv, verdict } from './figures';
import type { ImportBenchResult } from './cohort-import/result';

/** The import may take at most twice the time of reading and validating the same files. */
const IMPORT_TO_VALIDATE_TARGET = 2;
const DASHBOARD_TARGET_MS = 100;
const SEED = 2026;

export function shippedModules(root: string): LearningModule[] {
  return readModuleFiles(path.join(root, 'modules'), root).map(({ file, text }) => {
    const parsed = parseModuleSource(text, file);
    if (!parsed.ok) throw new BenchError(`${file} is not a valid module; run \`carelit content check\`.`);
    return parsed.module;
  });
}

async function writeFiles(root: string, dir: string, learners: number, statements: number): Promise<{ names: string[]; bytes: number }> {
  const files = await simulateCohort({ learners, seed: SEED, statementsPerLearner: statements, appVersion: '0.1.0' }, shippedModules(root));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const names = files.map((file, i) => {
    const name = `learner-${String(i + 1).padStart(3, '0')}.json`;
    const text = serialiseProgressFile(file);
    if (text.length > PROGRESS_FILE_MAX_BYTES) throw new BenchError(`${name} is over the progress file size limit`);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, name), text);
    return name;
  });
  return { names, bytes };
}

export const cohortImport: Benchmark = {
  name: 'cohort-import',
  needsBuilds: false,
  run: async ({ root }) => {
    const learners = countFromEnv('CARELIT_BENCH_LEARNERS', 200);
    const statements = countFromEnv('CARELIT_BENCH_STATEMENTS', 500);
    console.log('Building the import benchmark page…');
    const built = await runQuietly(viteCommand(root, ['build', '--config', path.join('bench', 'cohort-import', 'vite.config.ts')]), { cwd: root });
    if (!built.ok) {
      process.stderr.write(built.output);
      throw new BenchError(`Could not build the import benchmark page: vite ${built.reason}.`);
    }
    const dist = path.join(root, 'dist', 'bench', 'cohort-import');
    const { names, bytes } = await writeFiles(root, path.join(dist, 'files'), learners, statements);
    // The browser first: when it cannot start, no server is left open.
    const browser = await launchChromium();
    const server = await serveStatic(dist);
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(server.url);
      await page.waitForFunction('document.title === "ready"');
      const result = (await page.evaluate(`window.runImportBench(${JSON.stringify(names)})`)) as ImportBenchResult;
      if (result.refused || result.held) throw new BenchError(`${result.refused + result.held} simulated files were refused or held: the simulation and the import disagree.`);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const perSecond = (ms: number) => `${Math.round(result.statements / (ms / 1000)).toLocaleString('en')} statements/s`;
      const ratio = result.importMs / result.validateMs;
      console.log(`cohort import: ${result.files} files, ${result.statements.toLocaleString('en')} statements, ${(bytes / 1048576).toFixed(1)} MB`);
      console.log(`  reading and validating the files alone (no saving): ${seconds(result.validateMs)} (${perSecond(result.validateMs)})`);
      console.log(`  app import (validation, summaries, sealed records, one transaction per file): ${seconds(result.importMs)} (${perSecond(result.importMs)})`);
      console.log(`  import / read-and-validate: ${ratio.toFixed(2)} — target ≤ ${IMPORT_TO_VALIDATE_TARGET}: ${verdict(ratio <= IMPORT_TO_VALIDATE_TARGET)}`);
      console.log(
        `  plain bulkAdd, one row per statement (the storage before version 6): ${seconds(result.bulkAddRowsMs)}; of the import's ${(result.storedBytes / 1048576).toFixed(1)} MB of sealed records: ${seconds(result.bulkAddSealedMs)}`,
      );
      console.log(`  unlocking (PBKDF2-SHA-256, 600,000 iterations, then HKDF): ${Math.round(result.unlockMs)} ms`);
      const ms = (value: number) => (Number.isNaN(value) ? 'not measured' : `${Math.round(value)} ms`);
      console.log(`  then opening the ${result.files} sealed summaries, once: ${Math.round(result.dashboardDataMs)} ms`);
      console.log(
        `  dashboard's first render after unlocking (data, the learners' report, React; its first frame: totals and the matrix's first ${result.dashboardFirstRows} learners): ${ms(result.dashboardRenderMs)} — target < ${DASHBOARD_TARGET_MS} ms: ${verdict(result.dashboardRenderMs < DASHBOARD_TARGET_MS)}`,
      );
      console.log(`  then every learner and every section drawn, in the background: ${ms(result.dashboardCompleteMs)} after the render call`);
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
