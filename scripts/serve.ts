/**
 * A small static file server for the built renderer: `npm start` uses it when the Electron
 * runtime is missing, tests and benchmarks use it because module scripts do not run from
 * file://. It binds to the loopback address only and sends the app's own CSP, so a page served
 * here is held to the same rules as inside Electron.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { contentTypeOf } from '../core/content-types';
import { loopbackUrl, portProblem } from './launch-plan';

export const LOOPBACK_HOST = '127.0.0.1';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:4780/`. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: OutgoingHttpHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The app is rebuilt between runs under the same URL; a cached index.html would point at
  // chunks that no longer exist.
  'Cache-Control': 'no-cache',
};

type Resolved = { file: string } | { status: 400 | 404 };

/**
 * Maps a request target to a path inside `root`, or to the status that refuses it. Any `..`
 * segment is refused outright rather than normalised away: nothing the app requests needs one,
 * and a request carrying one (even encoded, or with backslashes) is probing.
 */
export function resolveRequestPath(root: string, target: string): Resolved {
  if (!target.startsWith('/')) return { status: 400 };
  const rawPath = target.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const segments = decoded.split(/[/\\]+/).filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.includes(':'))) return { status: 404 };
  const file = path.resolve(root, ...segments);
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 404 };
  return { file };
}

/** The file to send, following `index.html` for directories and refusing links that leave root. */
async function existingFile(realRoot: string, file: string): Promise<string | undefined> {
  try {
    let real = await realpath(file);
    if ((await stat(real)).isDirectory()) real = await realpath(path.join(real, 'index.html'));
    const inside = real.startsWith(realRoot + path.sep);
    return inside && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function sendText(res: ServerResponse, status: number, text: string, extra: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(res.req.method === 'HEAD' ? undefined : `${text}\n`);
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  const { size } = await stat(file);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Content-Length': size });
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function handle(realRoot: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveRequestPath(realRoot, req.url ?? '');
  if ('status' in resolved) {
    sendText(res, resolved.status, resolved.status === 400 ? 'Bad request' : 'Not found');
    return;
  }
  const file = await existingFile(realRoot, resolved.file);
  if (file === undefined) sendText(res, 404, 'Not found');
  else await sendFile(res, file);
}

/** Serves `root` on 127.0.0.1; `port` 0 (the default) takes any free port. */
export async function serveStatic(root: string, options: { port?: number } = {}): Promise<StaticServer> {
  const realRoot = await realpath(path.resolve(root));
  const server = createServer((req, res) => {
    handle(realRoot, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK_HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps connections alive; without this, close() waits for it to let go.
        server.closeAllConnections();
      }),
  };
}

/** A port that cannot be had, said in the words `npm start` prints. */
export class PortProblem extends Error {}

/**
 * Serves `root` on that port and no other (what `npm start` does when Electron is missing): the
 * browser keeps a learner's progress per address, so another port would show none of it. When
 * the port cannot be had, a PortProblem says why and what to do (scripts/launch-plan.ts).
 */
export async function serveOnOnePort(root: string, port: number): Promise<StaticServer> {
  try {
    return await serveStatic(root, { port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = portProblem(port, code, code === 'EADDRINUSE' && (await carelitAnswers(loopbackUrl(port))));
    throw problem ? new PortProblem(problem) : error;
  }
}

/** Whether CareLit answers at that address (another `npm start`, most likely): its page is titled so. */
export async function carelitAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return (await response.text()).includes('<title>CareLit</title>');
  } catch {
    return false;
  }
}
