import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../core/csp';
import { portProblem } from '../../../scripts/launch-plan';
import { carelitAnswers, PortProblem, serveOnOnePort, serveStatic, type StaticServer } from '../../../scripts/serve';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: node:http sends the path exactly as given, where fetch would normalise `..`. */
function send(base: string, rawPath: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000, () => socket.destroy());
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

function externalIPv4(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;
}

const SECRET = 'do-not-serve-me';
let sandbox: string;
let server: StaticServer;

beforeAll(async () => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'carelit-serve-'));
  const root = path.join(sandbox, 'site');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CareLit</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("hi");');
  writeFileSync(path.join(sandbox, 'secret.txt'), SECRET);
  symlinkSync(path.join(sandbox, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  server = await serveStatic(root);
});

afterAll(async () => {
  await server.close();
  rmSync(sandbox, { recursive: true, force: true });
});

describe('serving the built renderer', () => {
  it('serves a file with its content type and the app CSP and hardening headers', async () => {
    const reply = await send(server.url, '/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('console.log("hi");');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('serves index.html for / and ignores the query string', async () => {
    const reply = await send(server.url, '/?lang=fr');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('<title>CareLit</title>');
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await send(server.url, '/index.html', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String('<!doctype html><title>CareLit</title>'.length));
    expect(reply.body).toBe('');
  });

  it('answers 404 in plain text, with the CSP, for a file that does not exist', async () => {
    const reply = await send(server.url, '/assets/missing.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405 and says what is allowed', async (method) => {
    const reply = await send(server.url, '/index.html', method);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('staying inside the served folder', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/index.html%00.js',
    '/%00',
    '/%E0%A4%A',
    'http://127.0.0.1/../secret.txt',
  ])('refuses %s', async (target) => {
    const reply = await send(server.url, target);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('does not follow a link that points outside', async () => {
    const reply = await send(server.url, '/assets/link.txt');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
  });
});

describe('listening', () => {
  it('binds to 127.0.0.1 and gives its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  const external = externalIPv4();
  (external ? it : it.skip)('cannot be reached on the machine’s network address', async () => {
    const port = Number(new URL(server.url).port);
    expect(await connects('127.0.0.1', port)).toBe(true);
    expect(await connects(external as string, port)).toBe(false);
  });

  it('takes the port it is given and refuses one that is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(serveStatic(path.join(sandbox, 'site'), { port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('serves npm start’s fallback on one port only: taken by another CareLit or another program, it says which and moves nowhere', async () => {
    const port = Number(new URL(server.url).port);
    const site = path.join(sandbox, 'site');
    await expect(serveOnOnePort(site, port)).rejects.toThrow(new PortProblem(portProblem(port, 'EADDRINUSE', true)!));
    await expect(serveOnOnePort(site, port)).rejects.toThrow(`CareLit is already running at ${server.url}`);

    const other = createServer((_req, res) => res.end('<title>Something else</title>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as AddressInfo).port;
    try {
      await expect(serveOnOnePort(site, otherPort)).rejects.toThrow(`Port ${otherPort} is used by another program`);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
    // Free, it is served there, at that address and no other.
    const free = await serveOnOnePort(site, otherPort);
    expect(free.url).toBe(`http://127.0.0.1:${otherPort}/`);
    await free.close();
    // Nothing there at all: no answer, quickly.
    expect(await carelitAnswers('http://127.0.0.1:9/', 500)).toBe(false);
  });
});
