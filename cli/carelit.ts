import { contentCheck, contentStats, type CommandOutput } from './content';

const USAGE = [
  'usage: carelit <command>',
  '',
  '  content check [DIR]   check every module under DIR (default: modules)',
  '  content stats [DIR]   blocks by type, words per language and time of each module',
].join('\n');

export function run(args: readonly string[]): CommandOutput {
  const [group, command, ...rest] = args;
  if (group === 'content' && command === 'check' && rest.length <= 1) return contentCheck(rest[0] ?? 'modules');
  if (group === 'content' && command === 'stats' && rest.length <= 1) return contentStats(rest[0] ?? 'modules');
  if (group === undefined || group === 'help' || group === '--help') return { code: 0, stdout: [USAGE], stderr: [] };
  return { code: 2, stdout: [], stderr: [`carelit: unknown command "${args.join(' ')}"`, USAGE] };
}

function main(): void {
  let out: CommandOutput;
  try {
    out = run(process.argv.slice(2));
  } catch (error) {
    // A user never sees a stack trace: say what failed in one line.
    out = { code: 1, stdout: [], stderr: [`carelit: ${error instanceof Error ? error.message : String(error)}`] };
  }
  for (const line of out.stdout) process.stdout.write(`${line}\n`);
  for (const line of out.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = out.code;
}

if (require.main === module) main();
