import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { serialiseProgressFile } from '../core/cohort/progress-file';
import { simulateLearner, StatementMaker, type SimulateOptions } from '../core/cohort/simulate';
import pkg from '../package.json';
import { catalogueModules, MODULES_DIR } from './cohort';
import type { CommandOutput } from './content';

export const SIMULATE_USAGE = [
  '  simulate --learners N --out DIR [--seed S] [--statements M]',
  '                        write the progress files of N made-up learners (learner-001.json…) to DIR:',
  '                        the same bytes for the same seed S (a whole number, default 1); --statements:',
  '                        exactly M statements each (prompt-lab retries and retakes), for benchmarks',
];

export const MAX_LEARNERS = 10_000;
/** About 2 KB a statement: more would pass the 20 MB that cohort report and the app accept. */
export const MAX_STATEMENTS = 5_000;
const MAX_SEED = 0xffff_ffff;

export interface SimulateArgs {
  learners: number;
  seed: number;
  out: string;
  statements?: number;
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | string {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    return `${name} takes a whole number from ${min} to ${max}${value === undefined ? '' : `, not "${value}"`}`;
  }
  return Number(value);
}

/** Reads `--name value` and `--name=value`. */
export function parseSimulateArgs(args: readonly string[]): SimulateArgs | { error: string } {
  const found: Partial<SimulateArgs> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) return { error: `unexpected argument "${arg}"` };
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    let number: number | string;
    switch (name) {
      case '--learners':
        number = wholeNumber(name, value, 1, MAX_LEARNERS);
        if (typeof number === 'string') return { error: number };
        found.learners = number;
        break;
      case '--seed':
        number = wholeNumber(name, value, 0, MAX_SEED);
        if (typeof number === 'string') return { error: number };
        found.seed = number;
        break;
      case '--statements':
        number = wholeNumber(name, value, 1, MAX_STATEMENTS);
        if (typeof number === 'string') return { error: number };
        found.statements = number;
        break;
      case '--out':
        if (!value) return { error: '--out takes a folder' };
        found.out = value;
        break;
      default:
        return { error: `unknown option "${name}"` };
    }
  }
  if (found.learners === undefined) return { error: 'missing --learners N' };
  if (found.out === undefined) return { error: 'missing --out DIR' };
  return { learners: found.learners, seed: found.seed ?? 1, out: found.out, ...(found.statements ? { statements: found.statements } : {}) };
}

/** learner-001.json …: numbered from 1, as wide as the number of learners, so names sort in order. */
export function learnerFileName(index: number, learners: number): string {
  return `learner-${String(index + 1).padStart(String(learners).length, '0')}.json`;
}

/**
 * mkdir -p, one folder at a time. Node's own recursive mkdir never returns where mkdir answers
 * ENOENT under an existing parent (under /proc, for one); this walk is bounded by the path.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info?.isDirectory()) break;
    if (info) throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR' });
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) await mkdir(folder);
}

function usageError(message: string): CommandOutput {
  return { code: 1, stdout: [], stderr: [`carelit simulate: ${message}`, 'usage:', ...SIMULATE_USAGE] };
}

/**
 * `carelit simulate`: writes one learner's file at a time, so a benchmark cohort never sits
 * whole in memory. Exit 0, or 1 for a usage error or a folder it cannot write to.
 */
export async function simulate(args: readonly string[], modulesDir = MODULES_DIR): Promise<CommandOutput> {
  if (args.includes('--help')) return { code: 0, stdout: ['usage:', ...SIMULATE_USAGE], stderr: [] };
  const parsed = parseSimulateArgs(args);
  if ('error' in parsed) return usageError(parsed.error);
  const catalogue = catalogueModules(modulesDir);
  if (!catalogue.ok) return { code: 1, stdout: [], stderr: [`carelit simulate: ${catalogue.message}`] };

  const options: SimulateOptions = {
    learners: parsed.learners,
    seed: parsed.seed,
    appVersion: pkg.version,
    ...(parsed.statements ? { statementsPerLearner: parsed.statements } : {}),
  };
  const maker = new StatementMaker();
  try {
    await makeFolder(parsed.out);
    for (let i = 0; i < parsed.learners; i += 1) {
      const file = await simulateLearner(options, catalogue.modules, i, maker);
      await writeFile(join(parsed.out, learnerFileName(i, parsed.learners)), serialiseProgressFile(file));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return { code: 1, stdout: [], stderr: [`carelit simulate: cannot write to ${parsed.out} (${code})`] };
  }
  return { code: 0, stdout: [`wrote ${parsed.learners} progress ${parsed.learners === 1 ? 'file' : 'files'} to ${parsed.out}`], stderr: [] };
}
