import { contentCheck, contentStats, type CommandOutput } from './content';
import { promptCheck } from './prompt-check';

const USAGE = [
  'usage: carelit <command>',
  '',
  '  content check [DIR]   check every module under DIR (default: modules)',
  '  content stats [DIR]   blocks by type, words per language and time of each module',
  '  prompt-check          check prompts for personal data and missing elements: reads JSON Lines',
  '                        {"id", "lang", "text"} on stdin, writes one {"id", "findings", "score"} line each',
].join('\n');

export function run(args: readonly string[]): CommandOutput {
  const [group, command, ...rest] = args;
  if (group === 'content' && command === 'check' && rest.length <= 1) return contentCheck(rest[0] ?? 'modules');
  if (group === 'content' && command === 'stats' && rest.length <= 1) return contentStats(rest[0] ?? 'modules');
  if (group === undefined || group === 'help' || group === '--help') return { code: 0, stdout: [USAGE], stderr: [] };
  return { code: 2, stdout: [], stderr: [`carelit: unknown command "${args.join(' ')}"`, USAGE] };
}

/** Commands that stream stdin to stdout instead of returning all their output at once. */
function streaming(args: readonly string[]): (() => Promise<number>) | null {
  if (args.length === 1 && args[0] === 'prompt-check') return () => promptCheck(process.stdin, process.stdout);
  return null;
}

/** A user never sees a stack trace: say what failed in one line. */
function failure(error: unknown): CommandOutput {
  return { code: 1, stdout: [], stderr: [`carelit: ${error instanceof Error ? error.message : String(error)}`] };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const stream = streaming(args);
  if (stream !== null) {
    // A reader that stops early (`| head`) is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      process.stderr.write(`${failure(error).stderr[0]}\n`);
      process.exit(1);
    });
    try {
      process.exitCode = await stream();
    } catch (error) {
      process.stderr.write(`${failure(error).stderr[0]}\n`);
      process.exitCode = 1;
    }
    return;
  }
  let out: CommandOutput;
  try {
    out = run(args);
  } catch (error) {
    out = failure(error);
  }
  for (const line of out.stdout) process.stdout.write(`${line}\n`);
  for (const line of out.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = out.code;
}

if (require.main === module) void main();
