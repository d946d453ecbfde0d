import { COHORT_USAGE, cohortReportCommand } from './cohort';
import { contentCheck, contentStats, type CommandOutput } from './content';
import { lrsCommand, LRS_USAGE } from './lrs';
import { promptCheck } from './prompt-check';
import { simulate, SIMULATE_USAGE } from './simulate';

/** For scripts/build-cli.mjs, which checks the catalogue once built so that even the first report finds it kept. */
export { catalogueModules } from './cohort';

const USAGE = [
  'usage: carelit <command>',
  '',
  '  content check [DIR]   check every module under DIR (default: modules)',
  '  content stats [--format json] [DIR]',
  '                        blocks by type, words per language and time of each module (json: one object per line)',
  '  prompt-check          check prompts for personal data and missing elements: reads JSON Lines',
  '                        {"id", "lang", "text"} on stdin, writes one {"id", "findings", "score"} line each;',
  '                        with "exercise": "<module>/<block>", scores it as that prompt lab scores a first try',
  '                        and adds "criteria": [{"id", "met", "message", "listed"?}] ("listed": her words',
  '                        that stood only in a list of the lab\'s words) and "copiesExpert" (a later try',
  '                        that copies the expert prompt scores 0)',
  ...COHORT_USAGE,
  ...SIMULATE_USAGE,
  ...LRS_USAGE,
  '',
  'exit codes: 0 done; 1 faults found (content check), a usage error or a failure; 2 an unknown command,',
  'or some files refused (cohort report, lrs push) or some statements refused (lrs push, lrs pull)',
].join('\n');

export function run(args: readonly string[]): CommandOutput {
  const [group, command, ...rest] = args;
  if (group === 'content' && command === 'check' && rest.length <= 1) return contentCheck(rest[0] ?? 'modules');
  if (group === 'content' && command === 'stats') {
    const json = rest[0] === '--format' && rest[1] === 'json';
    const dirs = json ? rest.slice(2) : rest;
    if (dirs.length <= 1 && !dirs[0]?.startsWith('--')) return contentStats(dirs[0] ?? 'modules', { json });
  }
  if (group === undefined || group === 'help' || group === '--help') return { code: 0, stdout: [USAGE], stderr: [] };
  return { code: 2, stdout: [], stderr: [`carelit: unknown command "${args.join(' ')}"`, USAGE] };
}

/** Commands that stream stdin to stdout instead of returning all their output at once. */
function streaming(args: readonly string[]): (() => Promise<number>) | null {
  if (args.length === 1 && args[0] === 'prompt-check') return () => promptCheck(process.stdin, process.stdout);
  return null;
}

/** Commands that read or write files (and digest them): they return their output once done. */
function fileCommand(args: readonly string[]): (() => Promise<CommandOutput>) | null {
  const [group, command, ...rest] = args;
  if (group === 'cohort' && command === 'report') return () => cohortReportCommand(rest);
  if (group === 'simulate') return () => simulate(args.slice(1));
  if (group === 'lrs') return () => lrsCommand(args.slice(1));
  return null;
}

/** A user never sees a stack trace: say what failed in one line. */
function failure(error: unknown): CommandOutput {
  return { code: 1, stdout: [], stderr: [`carelit: ${error instanceof Error ? error.message : String(error)}`] };
}

/** Runs the command named on the command line; scripts/carelit.mjs calls it in its own process. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`${failure(error).stderr[0]}\n`);
    process.exit(1);
  });
  const stream = streaming(args);
  if (stream !== null) {
    try {
      process.exitCode = await stream();
    } catch (error) {
      process.stderr.write(`${failure(error).stderr[0]}\n`);
      process.exitCode = 1;
    }
    return;
  }
  const later = fileCommand(args);
  let out: CommandOutput;
  try {
    out = later ? await later() : run(args);
  } catch (error) {
    out = failure(error);
  }
  for (const line of out.stdout) process.stdout.write(`${line}\n`);
  for (const line of out.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = out.code;
}

if (require.main === module) void main();
