import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { isLegacyRecord, type LegacyPassphraseRecord } from '../../../core/cohort/passphrase';
import { toHex } from '../../../core/cohort/sealed';
import { importProgressFile } from '../../../renderer/src/db/cohort-import';
import { cohortSummaries, createCohort, listCohorts, openCohort } from '../../../renderer/src/db/cohorts';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/schema';
import { getPassphraseRecord, setPassphrase, unlockTrainer, waitBeforeGuess } from '../../../renderer/src/db/trainer';
import { accountOf, imported, nadiaStatements, progressFile } from '../../fixtures/cohort';

const ITERATIONS = 1000;
const PASSPHRASE = 'la salle de garde du 5e';
let db: CareLitDatabase;
beforeEach(() => {
  db = new CareLitDatabase(`trainer-${Math.random()}`);
});
afterEach(() => db.delete());

/** A cohort with Nadia in it, set up and imported under `passphrase`. */
async function cohortUnder(passphrase = PASSPHRASE) {
  const keys = await setPassphrase(db, passphrase, ITERATIONS);
  if (!keys) throw new Error('not set');
  const cohort = await createCohort({ db, keys }, 'Urgences');
  await importProgressFile({ db, keys }, cohort.id, await progressFile(accountOf(1), nadiaStatements(), { displayName: 'Nadia' }), 'n.json');
  return cohort;
}

describe('the trainer passphrase in the database', () => {
  it('is set once: a second set-up replaces nothing', async () => {
    expect(await setPassphrase(db, PASSPHRASE, ITERATIONS)).not.toBeNull();
    const before = await getPassphraseRecord(db);
    expect(await setPassphrase(db, 'une autre phrase de passe', ITERATIONS)).toBeNull();
    expect(await getPassphraseRecord(db)).toEqual(before);
  });

  it('unlocks with the right passphrase, whose keys open her cohorts', async () => {
    const cohort = await cohortUnder();
    const unlocked = await unlockTrainer(db, PASSPHRASE);
    if (!unlocked.ok) throw new Error('refused');
    expect((await cohortSummaries({ db, keys: unlocked.keys }, cohort.id))[0]).toMatchObject({ displayName: 'Nadia' });
  });

  it('makes her wait after three wrong passphrases in a row, longer each time, across a reload, until the right one', async () => {
    await cohortUnder();
    const t0 = new Date('2026-12-01T10:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    expect(await unlockTrainer(db, 'wrong one', { now: at(0) })).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await unlockTrainer(db, 'wrong two', { now: at(1) })).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await unlockTrainer(db, 'wrong three', { now: at(2) })).toEqual({ ok: false, reason: 'wrong', waitMs: 30_000 });
    // Even the right passphrase waits: nothing is derived before the time is up.
    expect(await unlockTrainer(db, PASSPHRASE, { now: at(12) })).toEqual({ ok: false, reason: 'waiting', waitMs: 20_000 });
    // The wait is kept in the database: another page (a reload) sees it.
    const reloaded = new CareLitDatabase(db.name);
    expect(await waitBeforeGuess(reloaded, at(12))).toBe(20_000);
    reloaded.close();
    expect(await unlockTrainer(db, 'wrong four', { now: at(32) })).toEqual({ ok: false, reason: 'wrong', waitMs: 60_000 });
    expect((await unlockTrainer(db, PASSPHRASE, { now: at(92) })).ok).toBe(true);
    expect(await waitBeforeGuess(db, at(93))).toBe(0);
  });

  it('opens nothing when its record is replaced by another passphrase’s: that one unlocks, her cohorts stay closed', async () => {
    const cohort = await cohortUnder();
    const other = new CareLitDatabase(`other-${Math.random()}`);
    await setPassphrase(other, 'une autre phrase de passe', ITERATIONS);
    await db.settings.put({ key: 'trainer-passphrase', value: (await getPassphraseRecord(other))! });
    await other.delete();

    expect(await unlockTrainer(db, PASSPHRASE)).toMatchObject({ ok: false });
    const intruder = await unlockTrainer(db, 'une autre phrase de passe');
    if (!intruder.ok) throw new Error('the other record did not open');
    expect(await listCohorts({ db, keys: intruder.keys })).toEqual([{ id: cohort.id, createdAt: cohort.createdAt, unreadable: true }]);
    await expect(cohortSummaries({ db, keys: intruder.keys }, cohort.id)).rejects.toMatchObject({ name: 'UnreadableRecord' });
  });

  it('opens nothing either when its record is deleted and a new passphrase set up', async () => {
    const cohort = await cohortUnder();
    await db.settings.delete('trainer-passphrase');
    const keys = await setPassphrase(db, 'une nouvelle phrase de passe', ITERATIONS);
    expect(await openCohort({ db, keys: keys! }, cohort.id)).toBe('unreadable');
  });
});

/** A database as version 4 left it: a passphrase kept as a PBKDF2 hash, and a cohort in clear, a row per statement. */
async function legacyDatabase(name: string, passphrase: string | null) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(v.version).stores(v.stores);
  await old.open();
  if (passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
    const hash = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, base, 256));
    const record: LegacyPassphraseRecord = { algorithm: 'PBKDF2-SHA-256', iterations: ITERATIONS, salt: toHex(salt), hash: toHex(hash) };
    await old.table('settings').add({ key: 'trainer-passphrase', value: record });
  }
  const statements = imported(nadiaStatements());
  await old.table('cohorts').add({ id: 'c1', name: 'Opleiding AI — UZ Brussel', createdAt: '2026-03-01T08:00:00.000Z', archivedAt: '2026-06-01T08:00:00.000Z' });
  await old.table('cohortLearners').add({
    cohortId: 'c1',
    account: accountOf(1),
    learner: { account: { homePage: 'https://carelit.app', name: accountOf(1) }, displayName: 'Nadia\u202e Benali', profession: 'nurse' },
    exportedAt: '2026-11-20T16:00:00.000Z',
    importedAt: '2026-11-21T08:00:00.000Z',
    summary: { account: accountOf(1), statementCount: 3, modules: {}, items: {} },
  });
  await old.table('cohortStatements').bulkAdd(statements.map((statement) => ({ cohortId: 'c1', id: statement.id, account: accountOf(1), statement })));
  old.close();
}

describe('cohorts saved in clear before version 6', () => {
  it('are kept as they were by the upgrade, then sealed at the first unlock, in place of the tables in clear', async () => {
    await legacyDatabase(db.name, 'vergadering op dinsdag');
    expect(await db.cohortStatements.count()).toBe(3);
    const unlocked = await unlockTrainer(db, 'vergadering op dinsdag');
    if (!unlocked.ok) throw new Error('refused');
    const vault = { db, keys: unlocked.keys };
    expect(await openCohort(vault, 'c1')).toMatchObject({ name: 'Opleiding AI — UZ Brussel', archivedAt: '2026-06-01T08:00:00.000Z' });
    const [summary] = await cohortSummaries(vault, 'c1');
    // Summarised again from her statements, her name cleaned as every name now is.
    expect(summary).toMatchObject({ account: accountOf(1), displayName: 'Nadia Benali', profession: 'nurse', statementCount: 3 });
    expect(summary!.modules.sample).toMatchObject({ status: 'completed', attempts: [{ score: 0.5, success: true }] });
    expect([await db.cohorts.count(), await db.cohortLearners.count(), await db.cohortStatements.count()]).toEqual([0, 0, 0]);
    // The old hash is gone; the record now only checks the key.
    expect(isLegacyRecord((await getPassphraseRecord(db))!)).toBe(false);
    // And the next unlock opens the same cohort.
    const again = await unlockTrainer(db, 'vergadering op dinsdag');
    expect(again.ok && (await cohortSummaries({ db, keys: again.keys }, 'c1'))).toHaveLength(1);
  });

  it('stay as they were after a wrong passphrase', async () => {
    await legacyDatabase(db.name, 'vergadering op dinsdag');
    expect(await unlockTrainer(db, 'vergadering op woensdag')).toMatchObject({ ok: false });
    expect([await db.cohorts.count(), await db.cohortStatements.count(), await db.trainerCohorts.count()]).toEqual([1, 3, 0]);
    expect(isLegacyRecord((await getPassphraseRecord(db))!)).toBe(true);
  });

  it('are erased, not shown, when a new passphrase is set up without their record (deleted: nothing can tell they are hers)', async () => {
    await legacyDatabase(db.name, null);
    const keys = await setPassphrase(db, 'une nouvelle phrase de passe', ITERATIONS);
    expect([await db.cohorts.count(), await db.cohortLearners.count(), await db.cohortStatements.count()]).toEqual([0, 0, 0]);
    expect(await listCohorts({ db, keys: keys! })).toEqual([]);
  });
});
