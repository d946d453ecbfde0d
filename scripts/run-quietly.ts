/**
 * Runs a child process with its output held back: users see one line while it works and the
 * full output only when it fails.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface QuietResult {
  ok: boolean;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  /** Why it failed, to follow the command's name: "exited with code 2", "timed out after 90 s". */
  reason: string;
}

export interface Command {
  file: string;
  args: string[];
  /** Only for Windows' npm.cmd, which Node no longer spawns without a shell. */
  shell?: boolean;
}

/**
 * npm itself, run by the same Node when npm started us (`npm_execpath`), so that nothing
 * depends on PATH or on Windows' npm.cmd.
 */
export function npmCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Command {
  const npmCli = env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return { file: process.execPath, args: [npmCli, ...args] };
  return process.platform === 'win32' ? { file: 'npm.cmd', args, shell: true } : { file: 'npm', args };
}

/** The local Vite CLI, run by this Node (no npx: no registry lookup, no shell). */
export function viteCommand(projectRoot: string, args: string[]): Command {
  return { file: process.execPath, args: [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), ...args] };
}

export function runQuietly(command: Command, options: { cwd: string; timeoutMs?: number }): Promise<QuietResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command.file, command.args, {
      cwd: options.cwd,
      shell: command.shell ?? false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const output = () => Buffer.concat(chunks).toString('utf8');
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: output(), reason: `could not be started (${error.message})` });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, output: output(), reason: `timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)} s` });
      else if (code === 0) resolve({ ok: true, output: output(), reason: '' });
      else resolve({ ok: false, output: output(), reason: code === null ? `stopped by ${signal}` : `exited with code ${code}` });
    });
  });
}
