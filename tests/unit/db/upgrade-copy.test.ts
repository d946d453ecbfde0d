import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { CareLitDatabase, eraseDatabase } from '../../../renderer/src/db/database';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/db/schema';
import { copyName } from '../../../renderer/src/db/upgrade-check';
import { forgetLearnerInCopy, readUpgradeCopy } from '../../../renderer/src/db/upgrade-copy';

const PREVIOUS = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 2]!.version;
const uniqueName = () => `copy-${Math.random()}`;
const JAN = { id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' };
const LEEN = { id: 'l2', displayName: 'Leen Claes', profession: 'nurse', accountName: 'a2', createdAt: '2026-01-06T10:00:00.000Z' };
const progressOf = (learnerId: string) => ({
  learnerId,
  moduleId: 'ai-basics',
  moduleVersion: 1,
  status: 'in-progress',
  currentBlockId: 'q1',
  doneBlockIds: ['intro'],
  timeSpentMs: 60000,
  startedAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:01:00.000Z',
});

/** A database as the previous version of the app left it, with two learners' rows. */
async function previousVersionDatabase(name: string): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= PREVIOUS)) old.version(v.version).stores(v.stores);
  await old.open();
  await old.table('learners').bulkAdd([JAN, LEEN]);
  await old.table('progress').bulkAdd([progressOf('l1'), progressOf('l2')]);
  await old.table('settings').bulkAdd([
    { key: 'language', value: 'nl' },
    { key: 'reader:l1', value: { textSize: 200, theme: 'dark', motion: 'system', readAloud: false } },
  ]);
  old.close();
}

async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

describe('the copy made before a database upgrade', () => {
  it('keeps every table as the previous version stored it, and says from which version to which', async () => {
    const name = uniqueName();
    await previousVersionDatabase(name);
    const db = new CareLitDatabase(name);
    await db.open();
    const copy = await readUpgradeCopy(name);
    expect(copy?.info).toMatchObject({ fromVersion: PREVIOUS, toVersion: CURRENT_VERSION, madeAt: expect.any(String) });
    expect(copy?.tables.learners).toEqual([JAN, LEEN]);
    expect(copy?.tables.progress).toEqual([progressOf('l1'), progressOf('l2')]);
    expect(copy?.tables.settings).toHaveLength(2);
    // The upgrade itself went on: the database is at the current version with the same learners.
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.learners.count()).toBe(2);
    db.close();
    await eraseDatabase(name);
  });

  it('leaves out the trainer’s cohorts saved in clear: her first unlock seals them, and no copy keeps them readable', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    // Version 5, the last before the trainer's cohorts were sealed.
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('learners').add(JAN);
    await old.table('cohorts').add({ id: 'c1', name: 'Verpleegkunde 2026', createdAt: '2026-01-05T10:00:00.000Z' });
    await old
      .table('cohortLearners')
      .add({ cohortId: 'c1', account: 'a9', learner: { displayName: 'Sara Haddad' }, exportedAt: '2026-01-05T10:00:00.000Z', importedAt: '2026-01-05T10:00:00.000Z', summary: {} });
    old.close();
    const db = new CareLitDatabase(name);
    await db.open();
    const copy = await readUpgradeCopy(name);
    expect(copy?.tables.learners).toEqual([JAN]);
    expect(copy!.tables).not.toHaveProperty('cohorts');
    expect(copy!.tables).not.toHaveProperty('cohortLearners');
    expect(JSON.stringify(copy)).not.toMatch(/Verpleegkunde|Sara Haddad/);
    // They stay in the database itself, for her first unlock to seal.
    expect(await db.cohorts.count()).toBe(1);
    db.close();
    await eraseDatabase(name);
  });

  it('is made too when the first query opens the database, before the upgrade touches it', async () => {
    const name = uniqueName();
    await previousVersionDatabase(name);
    const db = new CareLitDatabase(name);
    expect(await db.learners.count()).toBe(2);
    expect((await readUpgradeCopy(name))?.tables.learners).toEqual([JAN, LEEN]);
    db.close();
    await eraseDatabase(name);
  });

  it('is not made on a first start, nor when the database is already current, and an earlier copy stays as it was', async () => {
    const fresh = uniqueName();
    const first = new CareLitDatabase(fresh);
    await first.open();
    first.close();
    expect(await exists(copyName(fresh))).toBe(false);

    const name = uniqueName();
    await previousVersionDatabase(name);
    const upgraded = new CareLitDatabase(name);
    await upgraded.open();
    upgraded.close();
    const made = (await readUpgradeCopy(name))!.info.madeAt;
    const again = new CareLitDatabase(name);
    await again.open();
    again.close();
    expect((await readUpgradeCopy(name))!.info.madeAt).toBe(made);
    await eraseDatabase(fresh);
    await eraseDatabase(name);
  });

  it('loses a deleted learner’s rows: erasing her data leaves nothing of hers in the copy', async () => {
    const name = uniqueName();
    await previousVersionDatabase(name);
    const db = new CareLitDatabase(name);
    await db.open();
    await forgetLearnerInCopy(name, 'l1');
    const copy = (await readUpgradeCopy(name))!;
    expect(copy.tables.learners).toEqual([LEEN]);
    expect(copy.tables.progress).toEqual([progressOf('l2')]);
    expect(copy.tables.settings).toEqual([{ key: 'language', value: 'nl' }]);
    db.close();
    await eraseDatabase(name);
  });

  it('goes with “erase everything”', async () => {
    const name = uniqueName();
    await previousVersionDatabase(name);
    const db = new CareLitDatabase(name);
    await db.open();
    db.close();
    expect(await exists(copyName(name))).toBe(true);
    await eraseDatabase(name);
    expect(await exists(copyName(name))).toBe(false);
    expect(await readUpgradeCopy(name)).toBeNull();
  });
});
