import { createPassphraseRecord, PASSPHRASE_ITERATIONS, passphraseProblem, verifyPassphrase } from '../../../core/cohort/passphrase';

describe('the trainer passphrase', () => {
  it('is kept as a PBKDF2-SHA-256 hash with a random salt and the recommended iterations, never in clear', async () => {
    const record = await createPassphraseRecord('lundi matin à Saint-Pierre');
    expect(record).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(PASSPHRASE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(record.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain('lundi');
  });

  it('opens with the right passphrase and refuses a wrong one, even one letter off', async () => {
    const record = await createPassphraseRecord('vergadering op dinsdag', 2_000);
    await expect(verifyPassphrase('vergadering op dinsdag', record)).resolves.toBe(true);
    await expect(verifyPassphrase('vergadering op Dinsdag', record)).resolves.toBe(false);
    await expect(verifyPassphrase('', record)).resolves.toBe(false);
  });

  it('salts each record: the same passphrase twice gives two different hashes', async () => {
    const a = await createPassphraseRecord('same passphrase here', 1_000);
    const b = await createPassphraseRecord('same passphrase here', 1_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses a tampered record rather than opening', async () => {
    const record = await createPassphraseRecord('une phrase de passe', 1_000);
    await expect(verifyPassphrase('une phrase de passe', { ...record, iterations: 0 })).resolves.toBe(false);
    await expect(verifyPassphrase('une phrase de passe', { ...record, hash: record.hash.slice(0, 10) })).resolves.toBe(false);
  });

  it('asks for at least ten characters, typed the same twice', () => {
    expect(passphraseProblem('short', 'short')).toBe('too-short');
    expect(passphraseProblem('long enough!', 'long enough?')).toBe('mismatch');
    expect(passphraseProblem('long enough!', 'long enough!')).toBeNull();
  });
});
