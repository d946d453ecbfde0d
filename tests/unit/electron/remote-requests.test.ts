import type { Session } from 'electron';
import { blockRemoteRequests, isRequestAllowed } from '../../../electron/security/remote-requests';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function filterOf(allowRemote?: (url: URL) => boolean): (url: string) => boolean {
  let listener: BeforeRequest | undefined;
  const session = { webRequest: { onBeforeRequest: (l: BeforeRequest) => (listener = l) } };
  blockRemoteRequests(session as unknown as Session, allowRemote);
  return (url) => {
    let cancelled = true;
    listener?.({ url }, ({ cancel }) => (cancelled = cancel));
    return cancelled;
  };
}

describe('requests', () => {
  it.each([
    'https://fonts.googleapis.com/css',
    'http://example.com/',
    'wss://example.com/socket',
    'ws://localhost:9229/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://other/index.html',
    'not a url',
  ])('to %s are cancelled', (url) => {
    expect(filterOf()(url)).toBe(true);
  });

  it.each([
    'app://carelit/index.html',
    'app://carelit/assets/index-abc.js',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://carelit/3f1c5ad2-0000-4000-8000-000000000000',
  ])('to %s go through', (url) => {
    expect(filterOf()(url)).toBe(false);
  });

  it('to a configured remote store pass only over https, and only where the predicate says', () => {
    const lrs = (url: URL) => url.origin === 'https://lrs.hospital.example';
    expect(isRequestAllowed('https://lrs.hospital.example/xAPI/statements', lrs)).toBe(true);
    expect(isRequestAllowed('http://lrs.hospital.example/xAPI/statements', lrs)).toBe(false);
    expect(isRequestAllowed('https://example.com/', lrs)).toBe(false);
    expect(filterOf(lrs)('https://lrs.hospital.example/xAPI/statements')).toBe(false);
    expect(isRequestAllowed('http://lrs.hospital.example/', () => true)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', () => true)).toBe(false);
  });

  it('to plain http pass only on this computer itself, which no network carries, and only where the predicate says', () => {
    const everything = () => true;
    expect(isRequestAllowed('http://127.0.0.1:8080/xAPI/about', everything)).toBe(true);
    expect(isRequestAllowed('http://localhost:8080/xAPI/about', everything)).toBe(true);
    expect(isRequestAllowed('http://[::1]:8080/xAPI/about', everything)).toBe(true);
    expect(isRequestAllowed('http://127.0.0.1:8080/xAPI/about')).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1.nip.io/xAPI/about', everything)).toBe(false);
    expect(isRequestAllowed('http://localhost.example.org/', everything)).toBe(false);
    expect(isRequestAllowed('http://10.0.0.5/xAPI/', everything)).toBe(false);
  });
});
