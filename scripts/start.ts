/**
 * `npm start`: build, then open CareLit in Electron — or, where the Electron runtime cannot be
 * downloaded, serve the same build on the loopback address and say so in one line.
 * Every failure ends as one readable line; a user never sees a stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { electronExecutable, nextStep, requestedPort, type FileProbe } from './launch-plan';
import { messageOf, projectRoot } from './project';
import { npmCommand, runQuietly } from './run-quietly';
import { PortProblem, serveOnOnePort, type StaticServer } from './serve';

const ELECTRON_DIR = path.join(projectRoot, 'node_modules', 'electron');
const RENDERER_DIR = path.join(projectRoot, 'dist', 'renderer');
const INSTALL_TIMEOUT_MS = 90_000;

/** Thrown for failures whose message is already the line the user should read. */
class StartError extends Error {}

const disk: FileProbe = {
  readText: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
  exists: existsSync,
};

async function build(): Promise<void> {
  console.log('Building CareLit…');
  const result = await runQuietly(npmCommand(['run', 'build']), { cwd: projectRoot });
  if (result.ok) return;
  process.stderr.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  throw new StartError(`CareLit could not be built: "npm run build" ${result.reason} (its output is above).`);
}

/** One attempt with Electron's own installer; its output is noise unless it succeeds. */
async function tryToObtainElectron(): Promise<void> {
  const installer = path.join(ELECTRON_DIR, 'install.js');
  if (!existsSync(installer)) return;
  await runQuietly({ file: process.execPath, args: [installer] }, { cwd: ELECTRON_DIR, timeoutMs: INSTALL_TIMEOUT_MS });
}

/** Runs `electron .` in the terminal and resolves with the exit code to pass on. */
function runElectron(executable: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['.'], { cwd: projectRoot, stdio: 'inherit' });
    // Ctrl+C reaches Electron directly (same process group); this process only waits for it.
    const ignore = () => undefined;
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', ignore);
    process.on('SIGTERM', forward);
    child.once('error', (error) => reject(new StartError(`Electron could not be started: ${error.message}`)));
    child.once('exit', (code, signal) => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', forward);
      if (code !== null) resolve(code);
      else resolve(signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1);
    });
  });
}

/**
 * Always the same port, PORT's or 4780: the browser keeps her progress per address, so another
 * port would show none of it. When that port cannot be had, one line says why and what to do.
 */
async function serveOnLoopback(): Promise<StaticServer> {
  const asked = requestedPort(process.env);
  if ('error' in asked) throw new StartError(asked.error);
  try {
    return await serveOnOnePort(RENDERER_DIR, asked.port);
  } catch (error) {
    throw error instanceof PortProblem ? new StartError(error.message) : error;
  }
}

function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

async function serveInBrowser(): Promise<number> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new StartError('CareLit could not be served: the build left no dist/renderer/index.html.');
  }
  const server = await serveOnLoopback();
  console.log(`CareLit is running at ${server.url} — open it in your browser (Ctrl+C to stop).`);
  await stopRequested();
  await server.close();
  console.log('\nCareLit stopped.');
  return 0;
}

async function start(): Promise<number> {
  await build();
  let step = nextStep({ executable: electronExecutable(ELECTRON_DIR, disk), installTried: false });
  if (step.kind === 'install') {
    await tryToObtainElectron();
    step = nextStep({ executable: electronExecutable(ELECTRON_DIR, disk), installTried: true });
  }
  if (step.kind === 'electron') return runElectron(step.executable);
  console.log('The Electron runtime could not be downloaded, so the same app is served in your browser instead.');
  return serveInBrowser();
}

function fail(error: unknown): never {
  const line = error instanceof StartError ? error.message : `CareLit could not start: ${messageOf(error)}`;
  console.error(line);
  process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
start().then((code) => process.exit(code), fail);
