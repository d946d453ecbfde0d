/**
 * What `npm start` does next, as pure functions: scripts/start.ts does the I/O, these decide.
 * Kept apart so the fallback rules are unit-tested without Electron, a network or a build.
 */
import path from 'node:path';

export const DEFAULT_PORT = 4780;

/** The two file-system questions asked about the Electron package, injectable for tests. */
export interface FileProbe {
  readText(file: string): string | undefined;
  exists(file: string): boolean;
}

export type Step = { kind: 'electron'; executable: string } | { kind: 'install' } | { kind: 'browser' };

/**
 * The Electron executable if its runtime is already on disk. Requiring the `electron` package
 * would download it on first use (and throw here), so read what its installer leaves behind:
 * `path.txt` names the executable inside `dist/`.
 */
export function electronExecutable(electronDir: string, files: FileProbe): string | undefined {
  const relative = files.readText(path.join(electronDir, 'path.txt'))?.trim();
  if (!relative) return undefined;
  const executable = path.join(electronDir, 'dist', relative);
  return files.exists(executable) ? executable : undefined;
}

/** Electron when present; one attempt to obtain it; the browser after that attempt failed. */
export function nextStep(state: { executable: string | undefined; installTried: boolean }): Step {
  if (state.executable !== undefined) return { kind: 'electron', executable: state.executable };
  return state.installTried ? { kind: 'browser' } : { kind: 'install' };
}

/** The port asked for in `PORT`, or the default; a readable message when it is not a port. */
export function requestedPort(env: { PORT?: string | undefined }): { port: number } | { error: string } {
  const raw = env.PORT?.trim();
  if (raw === undefined || raw === '') return { port: DEFAULT_PORT };
  const port = Number(raw);
  if (/^\d+$/.test(raw) && port >= 1 && port <= 65535) return { port };
  return { error: `PORT must be a whole number from 1 to 65535, not "${raw}".` };
}

export const loopbackUrl = (port: number) => `http://127.0.0.1:${port}/`;

/**
 * What `npm start` says when the port for the browser cannot be had, or null for any other
 * error. It never moves to another port: the browser keeps a learner's progress (IndexedDB)
 * per origin, and a page served on another port is another origin, where her progress would
 * look lost. `carelitThere`: whether what answers on that port is CareLit itself.
 */
export function portProblem(port: number, errorCode: string | undefined, carelitThere: boolean): string | null {
  const url = loopbackUrl(port);
  const perAddress = `Your browser keeps your progress for the address ${url}: served at another address, CareLit would look empty.`;
  if (errorCode === 'EADDRINUSE' && carelitThere) {
    return `CareLit is already running at ${url}: open that address in your browser. To start this copy instead, first stop the other one (Ctrl+C in the terminal where it runs).`;
  }
  if (errorCode === 'EADDRINUSE') {
    return `Port ${port} is used by another program, so CareLit cannot be served at ${url}. ${perAddress} Close the program that uses port ${port} and run npm start again (or choose another port with PORT=<number>, knowing that the progress saved at ${url} will not show there).`;
  }
  if (errorCode === 'EACCES') {
    return `This account may not use port ${port} (ports below 1024 need special rights). Choose another with PORT=<number>. ${perAddress}`;
  }
  return null;
}
