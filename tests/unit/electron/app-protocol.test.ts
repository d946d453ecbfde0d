import path from 'node:path';
import { contentTypeOf } from '../../../core/content-types';
import { CONTENT_SECURITY_POLICY } from '../../../core/csp';
import { createAppProtocolHandler, rendererFilePath, serveRenderer, type ReadFile } from '../../../electron/security/app-protocol';

const appRoot = path.resolve('/opt/carelit/app');
const rendererRoot = path.join(appRoot, 'dist', 'renderer');

const FILES = new Map<string, string>([
  [path.join(rendererRoot, 'index.html'), '<!doctype html><title>CareLit</title>'],
  [path.join(rendererRoot, 'assets', 'index-abc.js'), 'console.log(1)'],
  [path.join(rendererRoot, 'assets', 'index-abc.css'), 'body{}'],
  [path.join(appRoot, 'package.json'), '{"name":"carelit"}'],
  [path.resolve('/etc/passwd'), 'root:x:0:0'],
]);

function serve() {
  const reads: string[] = [];
  const read: ReadFile = async (file) => {
    reads.push(file);
    const text = FILES.get(file);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  const handler = createAppProtocolHandler(rendererRoot, read);
  const get = (url: string, method = 'GET') => handler({ url, method });
  return { get, reads };
}

const isInsideRenderer = (file: string) => !path.relative(rendererRoot, file).startsWith('..');

describe('the app: protocol', () => {
  it('serves index.html for / with its type and the app’s CSP', async () => {
    const { get } = serve();
    for (const url of ['app://carelit/', 'app://carelit/index.html', 'app://carelit/index.html?lang=fr#/home']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      await expect(response.text()).resolves.toContain('<title>CareLit</title>');
    }
  });

  it('serves bundled assets with their content types', async () => {
    const { get } = serve();
    const script = await get('app://carelit/assets/index-abc.js');
    const style = await get('app://carelit/assets/index-abc.css');
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect([style.status, style.headers.get('content-type')]).toEqual([200, 'text/css; charset=utf-8']);
  });

  it.each([
    ['x.html', 'text/html; charset=utf-8'],
    ['x.JS', 'text/javascript; charset=utf-8'],
    ['x.json', 'application/json; charset=utf-8'],
    ['x.js.map', 'application/json; charset=utf-8'],
    ['x.svg', 'image/svg+xml'],
    ['x.png', 'image/png'],
    ['x.woff2', 'font/woff2'],
    ['favicon.ico', 'image/x-icon'],
    ['figures/photo.jpg', 'image/jpeg'],
    ['x.unknown', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
    ['.hidden', 'application/octet-stream'],
  ])('gives %s the type %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });

  it.each([
    'app://carelit/../package.json',
    'app://carelit/%2e%2e/package.json',
    'app://carelit/%2E%2E/%2E%2E/package.json',
    'app://carelit/..%2Fpackage.json',
    'app://carelit/assets/..%2F..%2F..%2Fpackage.json',
    'app://carelit/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://carelit/..%5C..%5Cpackage.json',
    'app://carelit//etc/passwd',
    'app://carelit/%2Fetc%2Fpasswd',
    'app://carelit/C:%5CWindows%5Cwin.ini',
    'app://carelit/index.html%00.png',
    'app://carelit/%E0%A4%A',
  ])('refuses the traversal %j with 404 and the CSP, reading nothing outside the renderer', async (url) => {
    const { get, reads } = serve();
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(reads.every(isInsideRenderer)).toBe(true);
    await expect(response.text()).resolves.not.toMatch(/carelit"|root:/);
  });

  it.each([
    'app://evil/index.html',
    'app://carelit.attacker.example/index.html',
    'app://carelit:8080/index.html',
    'app:///index.html',
    'https://carelit/index.html',
    'file:///opt/carelit/app/dist/renderer/index.html',
  ])('refuses the foreign address %s with 404', async (url) => {
    const { get, reads } = serve();
    expect((await get(url)).status).toBe(404);
    expect(reads).toEqual([]);
  });

  it('answers 404 for a file that does not exist or a folder', async () => {
    const { get } = serve();
    expect((await get('app://carelit/missing.js')).status).toBe(404);
    expect((await get('app://carelit/assets/')).status).toBe(404);
    expect((await get('app://carelit/assets')).status).toBe(404);
  });

  it('answers only GET', async () => {
    const { get, reads } = serve();
    expect((await get('app://carelit/index.html', 'POST')).status).toBe(405);
    expect(reads).toEqual([]);
  });

  it.each([
    'app://carelit/..%2Fpackage.json',
    'app://carelit/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://carelit/..%5C..%5Cpackage.json',
    'app://carelit/%2Fetc%2Fpasswd',
    'app://carelit//etc/passwd',
    'app://carelit/C:%5CWindows%5Cwin.ini',
    'app://carelit/index.html%00.png',
  ])('maps the encoded traversal %j to no file at all', (url) => {
    expect(rendererFilePath(rendererRoot, url)).toBeUndefined();
  });

  it('leaves plain dot segments to the URL parser, which resolves them inside the app', () => {
    expect(rendererFilePath(rendererRoot, 'app://carelit/assets/../../package.json')).toBe(path.join(rendererRoot, 'package.json'));
  });

  it('maps a plain path to a file under the renderer folder', () => {
    expect(rendererFilePath(rendererRoot, 'app://carelit/assets/a%20b.png')).toBe(path.join(rendererRoot, 'assets', 'a b.png'));
    expect(rendererFilePath(rendererRoot, 'app://carelit/%2e%2e%2fpackage.json')).toBeUndefined();
  });

  it('is registered for the app scheme', () => {
    const protocol = { handle: jest.fn() };
    serveRenderer(protocol, rendererRoot);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
