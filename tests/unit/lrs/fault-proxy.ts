import { createServer, request as forward, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A proxy on 127.0.0.1 in front of the test LRS that fails on a schedule the test sets: the
 * next requests (or the next of one method) get the faults given, in order, and every later
 * one passes. The faults:
 * - 'drop': the connection is closed before the LRS hears of the request;
 * - 'drop-after': the LRS answers (and has stored what it was sent), then the connection is
 *   closed instead of answering: the client never learns it was stored;
 * - 'delay': the LRS's answer is held `delayMs` (longer than the client waits);
 * - a number: that status (503, 500, 429…) is answered without asking the LRS.
 */
export type Fault = 'pass' | 'drop' | 'drop-after' | 'delay' | number;

export interface FaultProxy {
  endpoint: string;
  /** Faults for the next requests, in order, after those still scheduled. */
  schedule(...faults: Fault[]): void;
  /** Faults for the next requests of this method only (POST: the batches), before any of `schedule`'s. */
  scheduleFor(method: 'HEAD' | 'GET' | 'POST', ...faults: Fault[]): void;
  /** Forgets every fault still scheduled. */
  clear(): void;
  /** Every request seen: method, path and what was done to it. */
  readonly log: { method: string; path: string; fault: Fault }[];
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => done(Buffer.concat(chunks)));
    message.on('error', fail);
  });
}

export async function startFaultProxy(target: string, { delayMs }: { delayMs: number }): Promise<FaultProxy> {
  const upstream = new URL(target);
  const planned = new Map<string, Fault[]>([['*', []]]);
  const plannedFor = (method: string) => {
    let faults = planned.get(method);
    if (!faults) planned.set(method, (faults = []));
    return faults;
  };
  const log: FaultProxy['log'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const ask = (incoming: IncomingMessage, body: Buffer) =>
    new Promise<Upstream>((done, fail) => {
      const headers = { ...incoming.headers, host: upstream.host };
      const outgoing = forward({ host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers }, (answer) => {
        readBody(answer).then((answerBody) => done({ status: answer.statusCode ?? 502, headers: answer.headers, body: answerBody }), fail);
      });
      outgoing.on('error', fail);
      outgoing.end(body);
    });

  const answer = (response: ServerResponse, { status, headers, body }: Upstream) => {
    if (response.destroyed) return;
    const { connection: _c, 'keep-alive': _k, 'transfer-encoding': _t, ...kept } = headers;
    response.writeHead(status, { ...kept, 'content-length': body.length });
    response.end(body);
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(incoming);
    const method = incoming.method ?? '';
    const fault = plannedFor(method).shift() ?? plannedFor('*').shift() ?? 'pass';
    log.push({ method, path: incoming.url ?? '', fault });
    if (fault === 'drop') return void incoming.socket.destroy();
    if (typeof fault === 'number') {
      response.writeHead(fault, { 'Content-Type': 'application/json' });
      return void response.end(JSON.stringify({ message: `fault proxy: ${fault}` }));
    }
    const reply = await ask(incoming, body).catch(() => ({ status: 502, headers: {}, body: Buffer.from('{"message":"fault proxy: no LRS"}') }));
    if (fault === 'drop-after') return void incoming.socket.destroy();
    if (fault === 'delay') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer(response, reply);
      }, delayMs);
      timers.add(timer);
      return;
    }
    answer(response, reply);
  };

  const server = createServer((incoming, response) => void handle(incoming, response));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}${upstream.pathname}`,
    schedule: (...faults) => void plannedFor('*').push(...faults),
    scheduleFor: (method, ...faults) => void plannedFor(method).push(...faults),
    clear: () => planned.clear(),
    log,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
