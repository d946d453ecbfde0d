import { denyNewWindows, externalLinkTarget, openExternalLink } from '../../../electron/security/external-links';

const NEVER_OPENED = [
  'file:///etc/passwd',
  'file://server/share/evil.exe',
  'javascript:alert(1)',
  'app://carelit/index.html',
  'app://other/',
  'data:text/html,<h1>hi</h1>',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'vbscript:msgbox(1)',
  'ftp://example.com/',
  'chrome://settings',
  'https://hospital.example@attacker.example/',
  '//example.com/relative',
  'not a url',
  '',
];

describe('a request for a new window', () => {
  it.each(['https://www.ehealth.fgov.be/', 'http://example.com/page', 'mailto:referent@hospital.example'])('is denied, and %s is handed to the opener', (url) => {
    const open = jest.fn(async () => undefined);
    expect(denyNewWindows(open)({ url })).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(new URL(url).href);
  });

  it.each(NEVER_OPENED)('is denied, and %s is never opened', (url) => {
    const open = jest.fn(async () => undefined);
    expect(denyNewWindows(open)({ url })).toEqual({ action: 'deny' });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('the link opener', () => {
  it('hands the opener the normalised URL', () => {
    expect(externalLinkTarget('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
  });

  it('tells whether it opened the link', () => {
    const open = jest.fn(async () => undefined);
    expect(openExternalLink('https://example.com/', open)).toBe(true);
    expect(openExternalLink('file:///etc/passwd', open)).toBe(false);
  });

  it('swallows an opener failure: a missing browser must not crash the app', async () => {
    const open = jest.fn(() => Promise.reject(new Error('no browser')));
    expect(openExternalLink('https://example.com/', open)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
  });
});
