/**
 * `carelit cohort report` end to end, as a trainer runs it: 200 learners × 500 statements
 * (100,000), written by `carelit simulate`, then the report command run as a child process on
 * their folder (Node start-up, reading, validation with the digest, merging, report,
 * output), the median of three runs against the 3 s target. Also printed: the files' total
 * size, the simulation's own time, and the command's start-up alone (`carelit help`), so the
 * figure can be read.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CohortReport } from '../core/cohort/report';
import { runQuietly, type Command } from '../scripts/run-quietly';
import { BenchError, type Benchmark } from './benchmark';
import { countFromEnv, machineLoad, median, verdict } from './figures';

const REPORT_TARGET_MS = 3000;
const RUNS = 3;
const SEED = 2026;
const TIMEOUT_MS = 120_000;

/** The carelit command as `npm run carelit` runs it (scripts/carelit.mjs), started by this Node: no npm, no shell. */
function carelit(root: string, args: string[]): Command {
  return { file: process.execPath, args: [path.join(root, 'scripts', 'carelit.mjs'), ...args] };
}

async function timed(root: string, args: string[]): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const result = await runQuietly(carelit(root, args), { cwd: root, timeoutMs: TIMEOUT_MS });
  const ms = performance.now() - started;
  if (!result.ok) {
    process.stderr.write(result.output);
    throw new BenchError(`carelit ${args.slice(0, 2).join(' ')} ${result.reason}.`);
  }
  return { ms, output: result.output };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export const cohortReportBench: Benchmark = {
  name: 'cohort-report',
  needsBuilds: false,
  run: async ({ root }) => {
    const learners = countFromEnv('CARELIT_BENCH_LEARNERS', 200);
    const statements = countFromEnv('CARELIT_BENCH_STATEMENTS', 500);
    const dir = mkdtempSync(path.join(tmpdir(), 'carelit-bench-cohort-'));
    try {
      const simulated = await timed(root, ['simulate', '--learners', String(learners), '--statements', String(statements), '--seed', String(SEED), '--out', dir]);
      const names = readdirSync(dir);
      const bytes = names.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
      console.log(
        `cohort report: ${names.length} progress files, ${(learners * statements).toLocaleString('en')} statements, ` +
          `${bytes.toLocaleString('en')} bytes (${(bytes / 1048576).toFixed(1)} MB), written by carelit simulate in ${seconds(simulated.ms)}`,
      );

      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const { ms, output } = await timed(root, ['cohort', 'report', dir]);
        const report = JSON.parse(output) as CohortReport;
        if (report.learners.length !== learners) throw new BenchError(`the report holds ${report.learners.length} learners, not ${learners}: some simulated files were refused.`);
        times.push(ms);
      }
      const startUps: number[] = [];
      for (let run = 0; run < RUNS; run += 1) startUps.push((await timed(root, ['help'])).ms);
      const time = median(times);
      console.log(
        `  end to end, median of ${RUNS} runs (${times.map(seconds).join(', ')}): ${seconds(time)} — target < ${seconds(REPORT_TARGET_MS)}: ${verdict(time < REPORT_TARGET_MS)}`,
      );
      console.log(`  of which starting the command (carelit help, median): ${seconds(median(startUps))}; ${machineLoad()}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
