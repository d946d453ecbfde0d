import 'fake-indexeddb/auto';
import { createPinRecord } from '../../../core/learner-pin';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { deleteLearner, learnerData, pinWaitLeftMs, removePin, setPin, tryPin, updateProfile } from '../../../renderer/src/db/profiles';
import type { LearnerRow } from '../../../renderer/src/db/rows';
import { getReaderSettings } from '../../../renderer/src/db/settings';
import { study } from '../../fixtures/learner-work';

/** Cheap PINs for tests: deriving at full strength takes a while, and the scheme is the same. */
const FAST = 1000;

let db: CareLitDatabase;
let amina: LearnerRow;
let bram: LearnerRow;

beforeEach(async () => {
  db = new CareLitDatabase(`profiles-${Math.random()}`);
  amina = await createLearner(db, 'Amina Benali', 'nurse');
  bram = await createLearner(db, 'Bram Peeters', 'physician');
});
afterEach(() => db.delete());

describe('a profile on a shared computer', () => {
  it('is renamed, or given another profession, keeping her account and so her records', async () => {
    await updateProfile(db, amina.id, { displayName: '  Amina Benali-Haddad ', profession: 'physician' });
    expect(await db.learners.get(amina.id)).toMatchObject({ displayName: 'Amina Benali-Haddad', profession: 'physician', accountName: amina.accountName });
  });

  it('is deleted with everything of hers, in every table, and nothing of anyone else', async () => {
    await study(db, amina);
    await study(db, bram);
    const hers = await learnerData(db, amina.id);
    expect(hers).toEqual({ attempts: 2, progress: 1, outbox: 3, blockStates: 1, cards: 2, settings: 1 });
    const before = await learnerData(db, bram.id);

    expect(await deleteLearner(db, amina.id)).toEqual(hers);
    expect(await db.learners.get(amina.id)).toBeUndefined();
    expect(await learnerData(db, amina.id)).toEqual({ attempts: 0, progress: 0, outbox: 0, blockStates: 0, cards: 0, settings: 0 });
    expect(await learnerData(db, bram.id)).toEqual(before);
    expect(await getReaderSettings(db, bram.id)).toMatchObject({ theme: 'dark' });
  });

  it('is deleted all at once or not at all', async () => {
    await study(db, amina);
    jest.spyOn(db.cards, 'where').mockImplementationOnce(() => {
      throw new Error('disk failure');
    });
    await expect(deleteLearner(db, amina.id)).rejects.toThrow('disk failure');
    expect(await learnerData(db, amina.id)).toMatchObject({ attempts: 2, outbox: 3 });
    expect(await db.learners.get(amina.id)).toBeDefined();
  });
});

describe('a profile’s PIN', () => {
  it('is kept as a salted hash, never as the PIN', async () => {
    await setPin(db, amina.id, await createPinRecord('4821', FAST));
    const row = (await db.learners.get(amina.id))!;
    expect(row.pin).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: FAST });
    expect(JSON.stringify(row)).not.toContain('4821');
  });

  it('opens the profile when right, and the same PIN pasted with spaces or full-width digits counts', async () => {
    await setPin(db, amina.id, await createPinRecord('4821', FAST));
    expect(await tryPin(db, amina.id, '4821')).toEqual({ ok: true });
    expect(await tryPin(db, amina.id, ' 48 21\n')).toEqual({ ok: true });
    expect(await tryPin(db, amina.id, '４８２１')).toEqual({ ok: true });
  });

  it('makes wrong tries wait, counted in her row, and checks nothing while the wait runs', async () => {
    await setPin(db, amina.id, await createPinRecord('4821', FAST));
    const at = new Date('2026-12-01T10:00:00.000Z');
    expect(await tryPin(db, amina.id, '0000', at)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await tryPin(db, amina.id, '1111', at)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await tryPin(db, amina.id, '2222', at)).toEqual({ ok: false, reason: 'wrong', waitMs: 30_000 });
    // Even the right PIN is not checked before the wait is over.
    expect(await tryPin(db, amina.id, '4821', new Date(at.getTime() + 10_000))).toEqual({ ok: false, reason: 'wait', waitMs: 20_000 });
    expect(pinWaitLeftMs((await db.learners.get(amina.id))!, new Date(at.getTime() + 10_000))).toBe(20_000);
    expect(await tryPin(db, amina.id, '3333', new Date(at.getTime() + 30_000))).toEqual({ ok: false, reason: 'wrong', waitMs: 60_000 });
    expect(await tryPin(db, amina.id, '4821', new Date(at.getTime() + 90_000))).toEqual({ ok: true });
    // A right PIN starts the count afresh.
    expect((await db.learners.get(amina.id))!).not.toHaveProperty('pinFailures');
  });

  it('is changed or removed, and a new PIN forgets the wrong tries', async () => {
    await setPin(db, amina.id, await createPinRecord('4821', FAST));
    await tryPin(db, amina.id, '0000');
    await setPin(db, amina.id, await createPinRecord('135790', FAST));
    expect(await db.learners.get(amina.id)).not.toHaveProperty('pinFailures');
    expect(await tryPin(db, amina.id, '4821')).toMatchObject({ ok: false });
    expect(await tryPin(db, amina.id, '135790')).toEqual({ ok: true });
    await removePin(db, amina.id);
    expect(await db.learners.get(amina.id)).not.toHaveProperty('pin');
    expect(await tryPin(db, amina.id, 'anything')).toEqual({ ok: true });
  });
});
