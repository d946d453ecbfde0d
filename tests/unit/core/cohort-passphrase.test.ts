import {
  createTrainerKey,
  openTrainerKey,
  PASSPHRASE_ITERATIONS,
  passphraseProblem,
  verifyLegacyPassphrase,
  waitAfterWrongGuesses,
  type LegacyPassphraseRecord,
} from '../../../core/cohort/passphrase';
import { fromHex, learnerRef, openJson, sealJson, toHex } from '../../../core/cohort/sealed';

const ITERATIONS = 1_000;

describe('the trainer passphrase and the keys it makes', () => {
  it('keeps a salt, the count and a key check, never the passphrase or a key', async () => {
    const { record } = await createTrainerKey('lundi matin à Saint-Pierre');
    expect(record).toMatchObject({ algorithm: 'PBKDF2-SHA-256+HKDF/AES-256-GCM', iterations: 600_000 });
    expect(PASSPHRASE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(record.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(record.check).toMatch(/^[0-9a-f]+$/);
    expect(JSON.stringify(record)).not.toContain('lundi');
  });

  it('opens with the right passphrase and not with another, even one letter off', async () => {
    const { record, keys } = await createTrainerKey('vergadering op dinsdag', ITERATIONS);
    const sealed = await sealJson(keys, 'cohort/1', { name: 'Dinsdaggroep' });
    const again = await openTrainerKey('vergadering op dinsdag', record);
    expect(again).not.toBeNull();
    expect(await openJson(again!, 'cohort/1', sealed)).toEqual({ name: 'Dinsdaggroep' });
    await expect(openTrainerKey('vergadering op Dinsdag', record)).resolves.toBeNull();
    await expect(openTrainerKey('', record)).resolves.toBeNull();
  });

  it('opens nothing when its record is replaced by another passphrase’s: that one opens, her data stay closed', async () => {
    const hers = await createTrainerKey('la salle de garde du 5e', ITERATIONS);
    const sealed = await sealJson(hers.keys, 'cohort/1', { name: 'Urgences' });
    const other = await createTrainerKey('une autre phrase de passe', ITERATIONS);
    const opened = await openTrainerKey('une autre phrase de passe', other.record);
    expect(opened).not.toBeNull();
    expect(await openJson(opened!, 'cohort/1', sealed)).toBeNull();
    // Her own passphrase no longer passes the replaced record's check either.
    await expect(openTrainerKey('la salle de garde du 5e', other.record)).resolves.toBeNull();
  });

  it('salts each record: the same passphrase twice makes different keys', async () => {
    const a = await createTrainerKey('same passphrase here', ITERATIONS);
    const b = await createTrainerKey('same passphrase here', ITERATIONS);
    expect(a.record.salt).not.toBe(b.record.salt);
    expect(await openJson(b.keys, 'x', await sealJson(a.keys, 'x', 1))).toBeNull();
  });

  it('refuses a tampered or implausible record rather than opening', async () => {
    const { record } = await createTrainerKey('une phrase de passe', ITERATIONS);
    await expect(openTrainerKey('une phrase de passe', { ...record, iterations: 0 })).resolves.toBeNull();
    await expect(openTrainerKey('une phrase de passe', { ...record, iterations: 1e12 })).resolves.toBeNull();
    await expect(openTrainerKey('une phrase de passe', { ...record, check: record.check.slice(0, 40) })).resolves.toBeNull();
    await expect(openTrainerKey('une phrase de passe', { ...record, salt: 'zz' })).resolves.toBeNull();
  });

  it('asks for at least ten characters, typed the same twice', () => {
    expect(passphraseProblem('short', 'short')).toBe('too-short');
    expect(passphraseProblem('long enough!', 'long enough?')).toBe('mismatch');
    expect(passphraseProblem('long enough!', 'long enough!')).toBeNull();
  });
});

describe('a sealed record', () => {
  it('opens only where it was sealed, and not once changed', async () => {
    const { keys } = await createTrainerKey('une phrase de passe', ITERATIONS);
    const sealed = await sealJson(keys, 'learner/c1/r1', { score: 0.5 });
    expect(await openJson(keys, 'learner/c1/r1', sealed)).toEqual({ score: 0.5 });
    expect(await openJson(keys, 'learner/c2/r1', sealed)).toBeNull();
    const changed = sealed.slice();
    changed[changed.length - 1]! ^= 1;
    expect(await openJson(keys, 'learner/c1/r1', changed)).toBeNull();
    expect(toHex(sealed)).not.toContain(toHex(new TextEncoder().encode('score')));
  });

  it('names a learner by a keyed hash of cohort and account: found again, never the same in two cohorts, never the account', async () => {
    const { keys } = await createTrainerKey('une phrase de passe', ITERATIONS);
    const account = 'a0000001-acct-4000-8000-000000000000';
    const ref = await learnerRef(keys, 'c1', account);
    expect(ref).toMatch(/^[0-9a-f]{32}$/);
    expect(await learnerRef(keys, 'c1', account)).toBe(ref);
    expect(await learnerRef(keys, 'c2', account)).not.toBe(ref);
    expect(ref).not.toContain('a0000001');
  });
});

describe('a passphrase record from before the data were encrypted', () => {
  it('is still checked, to unlock once and encrypt what was saved then', async () => {
    // What CareLit wrote then: PBKDF2-SHA-256 of the passphrase, 256 bits.
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('vergadering op dinsdag'), 'PBKDF2', false, ['deriveBits']);
    const hash = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, base, 256));
    const legacy: LegacyPassphraseRecord = { algorithm: 'PBKDF2-SHA-256', iterations: ITERATIONS, salt: toHex(salt), hash: toHex(hash) };
    await expect(verifyLegacyPassphrase('vergadering op dinsdag', legacy)).resolves.toBe(true);
    await expect(verifyLegacyPassphrase('vergadering op Dinsdag', legacy)).resolves.toBe(false);
    await expect(verifyLegacyPassphrase('vergadering op dinsdag', { ...legacy, hash: toHex(fromHex(legacy.hash).slice(0, 5)) })).resolves.toBe(false);
  });
});

describe('the wait after wrong passphrases', () => {
  it('is nothing after one or two, 30 seconds after the third, then doubling up to a quarter of an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => waitAfterWrongGuesses(n) / 1000)).toEqual([0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });
});
