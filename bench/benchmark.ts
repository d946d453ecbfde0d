/**
 * What a benchmark is, for scripts/bench.ts: a file under bench/ exporting one of these.
 * Adding one (prompt checker speed, cohort import…) is a new file plus one line in the list
 * in scripts/bench.ts.
 */
export interface BenchContext {
  /** The project folder. */
  root: string;
}

export interface Benchmark {
  /** What `npm run bench -- <name>` selects it by. */
  name: string;
  /** Whether it measures the built renderer and the bare React page, which bench.ts builds first. */
  needsBuilds: boolean;
  /** Prints its figures; rejects only when it could not measure (not when a target is missed). */
  run(context: BenchContext): Promise<void>;
}

/** Failures whose message is the one line to print. */
export class BenchError extends Error {}
