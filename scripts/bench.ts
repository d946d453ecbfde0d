/**
 * `npm run bench [-- name…]`: prints performance figures against their targets. Not a test:
 * a missed target prints OVER and still exits 0; only a benchmark that could not measure
 * exits 1. Each benchmark is a file under bench/; add it to the list below.
 */
import type { Benchmark } from '../bench/benchmark';
import { BenchError } from '../bench/benchmark';
import { buildRendererAndBaseline } from '../bench/builds';
import { bundleSize } from '../bench/bundle-size';
import { cohortImport } from '../bench/cohort-import';
import { cohortReportBench } from '../bench/cohort-report';
import { outputReviewBench } from '../bench/output-review';
import { deviceDataBench } from '../bench/device-data';
import { promptCheck } from '../bench/prompt-check';
import { startup } from '../bench/startup';
import { messageOf, projectRoot } from './project';

const BENCHMARKS: readonly Benchmark[] = [bundleSize, startup, promptCheck, cohortImport, cohortReportBench, outputReviewBench, deviceDataBench];

/** The benchmarks named on the command line, or all of them. */
function selected(names: readonly string[]): Benchmark[] {
  if (names.length === 0) return [...BENCHMARKS];
  const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new BenchError(`Unknown benchmark ${unknown.join(', ')}; there are: ${BENCHMARKS.map((b) => b.name).join(', ')}.`);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

async function bench(): Promise<void> {
  const benchmarks = selected(process.argv.slice(2));
  if (benchmarks.some((b) => b.needsBuilds)) await buildRendererAndBaseline(projectRoot);
  for (const benchmark of benchmarks) await benchmark.run({ root: projectRoot });
}

function fail(error: unknown): never {
  console.error(error instanceof BenchError ? error.message : `The benchmark could not run: ${messageOf(error)}`);
  process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
bench().then(() => process.exit(0), fail);
