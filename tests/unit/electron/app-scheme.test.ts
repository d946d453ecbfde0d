import { registerAppSchemeAsPrivileged } from '../../../electron/security/app-scheme';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, isAppUrl } from '../../../electron/app-origin';

describe('the app:// scheme', () => {
  it('is registered as standard, secure, fetchable and code-cached, and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: jest.fn() };
    registerAppSchemeAsPrivileged(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('keeps the origin the learners’ data depends on: app://carelit', () => {
    expect([APP_SCHEME, APP_HOST, APP_ENTRY_URL]).toEqual(['app', 'carelit', 'app://carelit/index.html']);
  });

  it('recognises its own URLs by protocol and host, since their WHATWG origin is "null"', () => {
    expect(new URL('app://carelit/x').origin).toBe('null');
    expect(isAppUrl('app://carelit/index.html#/module/prompting')).toBe(true);
    expect(isAppUrl('app://carelit.attacker.example/index.html')).toBe(false);
    expect(isAppUrl('app://carelit:8080/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://carelit/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
