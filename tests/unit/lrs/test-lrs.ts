import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real LRS for tests: Learning Locker's statements service (tools/test-lrs), in memory, on
 * 127.0.0.1, with a port the system picks. Its credentials are really checked: the LRS asks a
 * stub of Learning Locker's client service, here, about each request's Basic credentials; the
 * stub knows one key and secret (200 and the client) and no other (404, so the LRS answers 401).
 */
const TOOL_DIR = resolve(__dirname, '..', '..', '..', 'tools', 'test-lrs');
const SERVICE = join(TOOL_DIR, 'node_modules', '@learninglocker', 'xapi-statements', 'dist', 'index.js');
const PRELOAD = join(TOOL_DIR, 'bind-loopback.cjs');
export const INSTALL_COMMAND = 'cd tools/test-lrs && npm ci';

const READY_WITHIN_MS = 30_000;
const STOPPED_WITHIN_MS = 5_000;

export interface TestLrs {
  /** The xAPI endpoint, "http://127.0.0.1:PORT/xAPI/". */
  endpoint: string;
  key: string;
  secret: string;
  /** Ends the LRS and the stub; waits until the LRS process is gone. */
  stop(): Promise<void>;
}

/** The client record Learning Locker's client service gives for a known key (every field the LRS reads). */
const CLIENT = {
  _id: '5f0000000000000000000001',
  title: 'CareLit tests',
  authority: { objectType: 'Agent', name: 'CareLit tests', mbox: 'mailto:tests@carelit.invalid' },
  isTrusted: true,
  lrs_id: '5f0000000000000000000002',
  organisation: '5f0000000000000000000003',
  scopes: ['all'],
};

function startClientStub(key: string, secret: string): Promise<Server> {
  const expected = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  const server = createServer((request, response) => {
    const known = request.headers.authorization === expected;
    response.writeHead(known ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(known ? JSON.stringify(CLIENT) : '{"message":"No client"}');
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

const closeServer = (server: Server) => new Promise<void>((done) => server.close(() => done()));

/** The last lines the LRS wrote, to explain a start that failed. */
function tail(lines: string[], chunk: string): void {
  lines.push(...chunk.split('\n').filter((l) => l.trim()));
  lines.splice(0, Math.max(0, lines.length - 8));
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const gone = await Promise.race([exited(child).then(() => true), new Promise<boolean>((done) => (timer = setTimeout(() => done(false), STOPPED_WITHIN_MS)))]);
  clearTimeout(timer);
  if (!gone) {
    child.kill('SIGKILL');
    await exited(child);
  }
}

/** Waits for the LRS's port (from the preload) and its "ready" (after it listens), or says why it did not come. */
function readyPort(child: ChildProcess, output: string[]): Promise<number> {
  return new Promise((done, fail) => {
    let port: number | null = null;
    const timer = setTimeout(() => finish(new Error(`the test LRS did not start within ${READY_WITHIN_MS / 1000} s: ${output.join(' | ')}`)), READY_WITHIN_MS);
    const finish = (error: Error | null) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error || port === null) fail(error ?? new Error('the test LRS gave no port'));
      else done(port);
    };
    const onMessage = (message: unknown) => {
      if (message && typeof message === 'object' && 'testLrsPort' in message) port = Number((message as { testLrsPort: number }).testLrsPort);
      else if (message === 'ready') finish(null);
    };
    const onExit = (code: number | null) => finish(new Error(`the test LRS stopped at start (exit ${code}): ${output.join(' | ')}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startTestLrs({ key = 'carelit-test-key', secret = 'carelit-test-secret' } = {}): Promise<TestLrs> {
  if (!existsSync(SERVICE)) throw new Error(`the test LRS is not installed: run "${INSTALL_COMMAND}"`);
  const stub = await startClientStub(key, secret);
  const dir = mkdtempSync(join(tmpdir(), 'carelit-test-lrs-'));
  const env = {
    PATH: process.env.PATH ?? '',
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'local',
    FS_LOCAL_STORAGE_DIR: join(dir, 'storage'),
    EXPRESS_MORGAN_DIRECTORY: join(dir, 'access-logs'),
    EVENTS_REPO: 'test',
    AUTH_REPO: 'fetch',
    LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/auth/client`,
    SERVICE_AWAIT_UPDATES: 'true',
    EXPRESS_PORT: '0',
    // It tries Mongo at start whatever its repositories: a port where nothing listens fails at once.
    MONGO_URL: 'mongodb://127.0.0.1:1/none',
    WINSTON_CONSOLE_LEVEL: 'warn',
  };
  // Its own folder as working directory: it reads a .env file there, and must find none of ours.
  const child = fork(SERVICE, [], { cwd: dir, env, execArgv: ['--require', PRELOAD], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => tail(output, chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => tail(output, chunk));
  const stop = async () => {
    await stopChild(child);
    await closeServer(stub);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await readyPort(child, output);
    return { endpoint: `http://127.0.0.1:${port}/xAPI/`, key, secret, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
