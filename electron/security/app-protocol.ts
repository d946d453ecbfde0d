import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { APP_HOST, APP_PROTOCOL, APP_SCHEME, parseUrl } from '../app-origin';
import { contentTypeOf } from '../../core/content-types';

/**
 * Serves the built renderer on `app://carelit/` (security checklist 18: a custom protocol rather
 * than file://), with the app's Content-Security-Policy on every response (checklist 7, "Define a
 * Content-Security-Policy"). Only files under the renderer folder can ever be served.
 */

/** Reads a whole file; the disk in production, a map in tests. Rejects when there is no file. */
export type ReadFile = (absolutePath: string) => Promise<Uint8Array<ArrayBuffer>>;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * A segment that names one file or folder and nothing else: no `.`/`..`, no separator of any
 * platform (an encoded `%2F` or `%5C` decodes to one), no drive letter or stream name, no NUL.
 */
function isPlainSegment(segment: string | undefined): segment is string {
  return segment !== undefined && segment !== '' && segment !== '.' && segment !== '..' && !/[/\\:\0]/.test(segment);
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The file a request asks for, or undefined when it is not ours to serve: another scheme or
 * host, or a path that is not a plain walk down from the renderer folder. `/` is index.html.
 */
export function rendererFilePath(rendererRoot: string, requestUrl: string): string | undefined {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== APP_PROTOCOL || url.host !== APP_HOST) return undefined;
  const segments = url.pathname === '/' ? ['index.html'] : url.pathname.slice(1).split('/').map(decodeSegment);
  if (!segments.every(isPlainSegment)) return undefined;
  const file = path.join(rendererRoot, ...segments);
  return isInside(rendererRoot, file) ? file : undefined;
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
}

function methodNotAllowed(): Response {
  return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The `app:` protocol handler, with the file reading injected. */
export function createAppProtocolHandler(rendererRoot: string, read: ReadFile = readFile): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  const root = path.resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET') return methodNotAllowed();
    const file = rendererFilePath(root, request.url);
    if (file === undefined) return notFound();
    try {
      const body = await read(file);
      return new Response(body, { status: 200, headers: securityHeaders(contentTypeOf(file)) });
    } catch {
      // No such file, or a folder: the same answer, whatever the reason.
      return notFound();
    }
  };
}

/** Call once the app is ready. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererRoot: string, read?: ReadFile): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, read));
}
