import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { createLrsHandlers, type LrsHandlerServices } from '../../../electron/lrs/handlers';
import { lrsRequests, type LrsSession } from '../../../electron/lrs/requests';
import { createSecretFile, SECRET_FILE_NAME } from '../../../electron/lrs/secret-file';
import type { LrsFetch } from '../../../core/lrs/transport';
import { FAKE_ENDPOINT, fakeLrs, KEY, SECRET, type FakeLrs } from '../lrs/fake-lrs';
import { learnerStatements } from '../lrs/statements';
import { fakeLrsSession, fakeSafeStorage, type FakeSafeStorage } from './fakes';

/**
 * The main process's side of the organisation's LRS, with Electron's safeStorage and session
 * stood in for: where the secret is kept and how well, that it goes to the endpoint it was
 * saved for and nowhere else, and that the window never gets it back.
 */
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'carelit-lrs-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const CONNECTION = { endpoint: FAKE_ENDPOINT, key: KEY };
const caller = {} as IpcMainInvokeEvent;

/** The fake LRS behind Chromium's fetch as a session makes it. */
function sessionTo(lrs: FakeLrs) {
  return fakeLrsSession(async (url, init) => {
    const response = await lrs.fetch({ method: init.method as 'GET', url, headers: init.headers, ...(init.body === undefined ? {} : { body: init.body }), timeoutMs: 0 });
    return { status: response.status, headers: { get: (name) => response.header(name) }, text: () => response.text() };
  });
}

function setUp({ safeStorage = fakeSafeStorage(), platform = 'linux' }: { safeStorage?: FakeSafeStorage; platform?: string } = {}) {
  const lrs = fakeLrs();
  const session = sessionTo(lrs);
  const secrets = createSecretFile({ safeStorage, platform, folder });
  const services: LrsHandlerServices = { secrets, requests: lrsRequests(session as unknown as LrsSession), sleep: async () => undefined, retry: { attempts: 2 } };
  return { lrs, session, secrets, safeStorage, handlers: createLrsHandlers(services) };
}

describe('where the main process keeps the LRS secret', () => {
  it('keeps it encrypted in one file of the user-data folder, readable by this user only', async () => {
    const { secrets } = setUp();
    await secrets.save(CONNECTION, SECRET);
    const file = path.join(folder, SECRET_FILE_NAME);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(Buffer.from(SECRET).toString('base64'));
    expect(JSON.parse(text)).toMatchObject({ endpoint: FAKE_ENDPOINT, key: KEY });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual([SECRET_FILE_NAME]); // no temporary file left behind
    expect(await secrets.read(CONNECTION)).toEqual({ kind: 'found', connection: CONNECTION, secret: SECRET });
  });

  it('gives it only for the endpoint and key it was saved with', async () => {
    const { secrets } = setUp();
    await secrets.save(CONNECTION, SECRET);
    expect(await secrets.read({ ...CONNECTION, endpoint: 'https://attacker.example/xAPI/' })).toEqual({ kind: 'none' });
    expect(await secrets.read({ ...CONNECTION, key: 'another-key' })).toEqual({ kind: 'none' });
    expect(await secrets.savedFor()).toEqual(CONNECTION);
  });

  it('says when it cannot be decrypted any more, and forgets it on request', async () => {
    const safeStorage = fakeSafeStorage();
    const { secrets } = setUp({ safeStorage });
    await secrets.save(CONNECTION, SECRET);
    safeStorage.decryptStringAsync.mockRejectedValueOnce(new Error('the keyring is locked'));
    expect(await secrets.read(CONNECTION)).toEqual({ kind: 'unreadable', connection: CONNECTION, detail: 'the keyring is locked' });
    await secrets.forget();
    expect(await readdir(folder)).toEqual([]);
    expect(await secrets.savedFor()).toBeNull();
    await expect(secrets.forget()).resolves.toBeUndefined();
  });

  it('keeps it again under a rotated key when the system asks', async () => {
    const safeStorage = fakeSafeStorage();
    const { secrets } = setUp({ safeStorage });
    await secrets.save(CONNECTION, SECRET);
    safeStorage.decryptStringAsync.mockResolvedValueOnce({ result: SECRET, shouldReEncrypt: true });
    expect(await secrets.read(CONNECTION)).toMatchObject({ kind: 'found', secret: SECRET });
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('ignores a file that is not its own', async () => {
    const { secrets } = setUp();
    await writeFile(path.join(folder, SECRET_FILE_NAME), '{"endpoint": 1}');
    expect(await secrets.savedFor()).toBeNull();
    expect(await secrets.read(CONNECTION)).toEqual({ kind: 'none' });
  });

  it.each<[string, { platform: string; backend: string; available?: boolean }, string]>([
    ['a keyring on Linux', { platform: 'linux', backend: 'gnome_libsecret' }, 'os'],
    ['KWallet', { platform: 'linux', backend: 'kwallet6' }, 'os'],
    ['Linux without a keyring (basic_text)', { platform: 'linux', backend: 'basic_text' }, 'weak'],
    ['Linux asked before ready', { platform: 'linux', backend: 'unknown' }, 'weak'],
    ['Windows (DPAPI)', { platform: 'win32', backend: 'unknown' }, 'os'],
    ['macOS (Keychain)', { platform: 'darwin', backend: 'unknown' }, 'os'],
    ['no encryption at all', { platform: 'linux', backend: 'gnome_libsecret', available: false }, 'unavailable'],
  ])('says how well it is kept with %s', async (_where, { platform, backend, available }, keeping) => {
    const { handlers } = setUp({ safeStorage: fakeSafeStorage({ backend, ...(available === undefined ? {} : { available }) }), platform });
    await expect(Promise.resolve(handlers['lrs:secret-state'](undefined, caller))).resolves.toEqual({ keeping, savedFor: null });
  });
});

describe('the LRS channels of the main process', () => {
  it('saves a secret for a connection and says where, but never gives it back', async () => {
    const { handlers } = setUp({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }) });
    const saved = await handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller);
    expect(saved).toEqual({ saved: true, keeping: 'weak' });
    const state = await handlers['lrs:secret-state'](undefined, caller);
    expect(state).toEqual({ keeping: 'weak', savedFor: CONNECTION });
    expect(JSON.stringify([saved, state])).not.toContain(SECRET);
  });

  it.each([
    ['plain http to another machine', 'http://lrs.example.org/data/xAPI/'],
    ['an endpoint not in the app’s normal form', 'HTTPS://lrs.example.org/data/xAPI'],
    ['an address with credentials in it', 'https://key:secret@lrs.example.org/xAPI/'],
  ])('refuses to keep a secret for %s', async (_why, endpoint) => {
    const { handlers } = setUp();
    await expect(Promise.resolve(handlers['lrs:save-secret']({ endpoint, key: KEY, secret: SECRET }, caller))).resolves.toEqual({ saved: false, problem: 'invalid-request' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps no secret where the system offers no encryption', async () => {
    const { handlers } = setUp({ safeStorage: fakeSafeStorage({ available: false }) });
    await expect(Promise.resolve(handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller))).resolves.toEqual({ saved: false, problem: 'encryption-unavailable' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('says a write that failed', async () => {
    const safeStorage = fakeSafeStorage();
    safeStorage.encryptStringAsync.mockRejectedValueOnce(new Error('Encryption failed'));
    const { handlers } = setUp({ safeStorage });
    await expect(Promise.resolve(handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller))).resolves.toEqual({ saved: false, problem: 'write-failed' });
  });

  it('sends a batch with the kept secret, to the endpoint it was kept for', async () => {
    const { handlers, lrs, session } = setUp();
    await handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller);
    const statements = learnerStatements(1, 6);
    const result = await handlers['lrs:send']({ ...CONNECTION, statements }, caller);
    expect(result).toEqual({ sent: statements.map((s) => s.id), alreadyThere: [], refused: [], unsent: [], error: null });
    expect(lrs.stored.size).toBe(6);
    expect(new Set(lrs.requests.map((r) => r.headers.Authorization))).toEqual(new Set([`Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`]));
    expect(session.filtered.every((f) => !f.cancelled && f.url.startsWith(FAKE_ENDPOINT))).toBe(true);
  });

  it('sends nothing for a connection whose secret it does not keep, and says why', async () => {
    const { handlers, lrs } = setUp();
    await handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller);
    const statements = learnerStatements(1, 3);
    const elsewhere = { endpoint: 'https://attacker.example/xAPI/', key: KEY };
    expect(await handlers['lrs:send']({ ...elsewhere, statements }, caller)).toEqual({
      sent: [],
      alreadyThere: [],
      refused: [],
      unsent: statements.map((s) => s.id),
      error: { code: 'secret-missing' },
    });
    expect(await handlers['lrs:test'](elsewhere, caller)).toMatchObject({ reachable: false, error: { code: 'secret-missing' } });
    expect(lrs.requests).toEqual([]);
  });

  it('says a kept secret that cannot be decrypted, and sends nothing', async () => {
    const safeStorage = fakeSafeStorage();
    const { handlers, lrs } = setUp({ safeStorage });
    await handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller);
    safeStorage.decryptStringAsync.mockRejectedValueOnce(new Error('the keyring is locked'));
    const result = await handlers['lrs:send']({ ...CONNECTION, statements: learnerStatements(1, 1) }, caller);
    expect(result.error).toEqual({ code: 'secret-unreadable' });
    expect(lrs.requests).toEqual([]);
  });

  it('tests with a secret typed in the form, and keeps it nowhere', async () => {
    const { handlers } = setUp();
    const report = await handlers['lrs:test']({ ...CONNECTION, secret: SECRET }, caller);
    expect(report).toEqual({ reachable: true, versions: ['1.0.3', '1.0.2'], compatible: true, credentials: 'accepted', error: null });
    expect(await readdir(folder)).toEqual([]);
    expect(await handlers['lrs:test'](CONNECTION, caller)).toMatchObject({ error: { code: 'secret-missing' } });
  });

  it('tests with the kept secret, and tells a refused one apart', async () => {
    const { handlers } = setUp();
    await handlers['lrs:save-secret']({ ...CONNECTION, secret: 'not-the-secret' }, caller);
    expect(await handlers['lrs:test'](CONNECTION, caller)).toMatchObject({ reachable: true, credentials: 'refused', error: { code: 'credentials', params: { status: 401 } } });
  });

  it('forgets the secret: nothing can be sent with it afterwards', async () => {
    const { handlers, lrs } = setUp();
    await handlers['lrs:save-secret']({ ...CONNECTION, secret: SECRET }, caller);
    await handlers['lrs:forget-secret'](undefined, caller);
    expect(await handlers['lrs:secret-state'](undefined, caller)).toEqual({ keeping: 'os', savedFor: null });
    expect((await handlers['lrs:send']({ ...CONNECTION, statements: learnerStatements(1, 1) }, caller)).error).toEqual({ code: 'secret-missing' });
    expect(lrs.requests).toEqual([]);
  });
});

describe('the LRS requests’ own session', () => {
  const answer = async () => ({ status: 204, headers: { get: () => null }, text: async () => '' });
  const request = (url: string): Parameters<LrsFetch>[0] => ({ method: 'GET', url, headers: {}, timeoutMs: 1000 });

  it('lets through the origin of a request under way, and nothing before or after', async () => {
    const session = fakeLrsSession(answer);
    const requests = lrsRequests(session as unknown as LrsSession);
    await requests.fetchFor('https://lrs.example.org')(request('https://lrs.example.org/xAPI/about'));
    expect(session.filtered).toEqual([{ url: 'https://lrs.example.org/xAPI/about', cancelled: false }]);
    // Something else reaching the session (not through fetchFor) finds the door shut.
    await expect(session.fetch('https://lrs.example.org/xAPI/about', { method: 'GET', headers: {} })).rejects.toThrow('ERR_BLOCKED_BY_CLIENT');
  });

  it('refuses a request to another origin before it leaves', async () => {
    const session = fakeLrsSession(answer);
    const requests = lrsRequests(session as unknown as LrsSession);
    await expect(requests.fetchFor('https://lrs.example.org')(request('https://attacker.example/xAPI/about'))).rejects.toThrow('refused');
    await expect(requests.fetchFor('https://lrs.example.org')(request('http://lrs.example.org/xAPI/about'))).rejects.toThrow('refused');
    expect(session.fetch).not.toHaveBeenCalled();
  });

  it('compares origins as URLs do: a default port written out is the same origin', async () => {
    const session = fakeLrsSession(answer);
    const requests = lrsRequests(session as unknown as LrsSession);
    await expect(requests.fetchFor('https://lrs.example.org:443')(request('https://lrs.example.org:443/xAPI/about'))).resolves.toMatchObject({ status: 204 });
    expect(session.filtered).toEqual([{ url: 'https://lrs.example.org:443/xAPI/about', cancelled: false }]);
  });

  it('answers a redirect it did not follow as status 0, which core calls "redirected"', async () => {
    const session = fakeLrsSession(async () => {
      throw new Error('Redirect was cancelled');
    });
    const requests = lrsRequests(session as unknown as LrsSession);
    await expect(requests.fetchFor('https://lrs.example.org')(request('https://lrs.example.org/xAPI/about'))).resolves.toMatchObject({ status: 0 });
  });

  it('sends with Chromium’s fetch without following redirects or caching', async () => {
    const session = fakeLrsSession(answer);
    await lrsRequests(session as unknown as LrsSession).fetchFor('https://lrs.example.org')(request('https://lrs.example.org/xAPI/about'));
    expect(session.fetch).toHaveBeenCalledWith('https://lrs.example.org/xAPI/about', expect.objectContaining({ redirect: 'manual', cache: 'no-store' }));
  });
});
