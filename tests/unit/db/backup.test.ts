import 'fake-indexeddb/auto';
import { backupFileName, BACKUP_MAX_BYTES, type BackupFile } from '../../../core/backup/backup-file';
import { readBackupFile } from '../../../core/backup/read-backup-file';
import { sha256Hex } from '../../../core/digest';
import { createPinRecord } from '../../../core/learner-pin';
import { backupOf, restoreBackup } from '../../../renderer/src/db/backup';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { dexieOutbox, newOutboxRow } from '../../../renderer/src/db/outbox';
import { deleteLearner, learnerData, setPin } from '../../../renderer/src/db/profiles';
import { NoSuchLearnerError } from '../../../renderer/src/db/progress-export';
import type { LearnerRow } from '../../../renderer/src/db/rows';
import { getReaderSettings } from '../../../renderer/src/db/settings';
import { study } from '../../fixtures/learner-work';

const NOW = new Date('2026-12-06T15:00:00.000Z');
let db: CareLitDatabase;
let amina: LearnerRow;

beforeEach(async () => {
  db = new CareLitDatabase(`backup-${Math.random()}`);
  amina = await createLearner(db, 'Amina Benali', 'nurse');
  await study(db, amina);
});
afterEach(() => db.delete());

/** Her rows in a table, without what a restore changes (her learner id), in a stable order. */
async function hersIn(database: CareLitDatabase, learnerId: string) {
  const strip = <T extends { learnerId: string }>(rows: T[]) => rows.map(({ learnerId: _l, ...rest }) => rest).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    progress: strip(await database.progress.where('learnerId').equals(learnerId).toArray()),
    attempts: strip(await database.attempts.filter((a) => a.learnerId === learnerId).toArray()),
    outbox: strip(await database.outbox.where('learnerId').equals(learnerId).toArray()),
    blockStates: strip(await database.blockStates.where('learnerId').equals(learnerId).toArray()),
    cards: strip(await database.cards.where('learnerId').equals(learnerId).toArray()),
    settings: await getReaderSettings(database, learnerId),
  };
}

const read = async (text: string): Promise<BackupFile> => {
  const result = await readBackupFile(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.file;
};

describe('a profile’s backup', () => {
  it('holds everything of hers, and restored into a fresh profile elsewhere gives back the same', async () => {
    const { text } = await backupOf(db, amina.id, '0.1.0', NOW);
    const elsewhere = new CareLitDatabase(`other-computer-${Math.random()}`);
    try {
      const restored = await restoreBackup(elsewhere, await read(text));
      if (!restored.ok) throw new Error(restored.reason);
      expect(restored.learner).toMatchObject({ displayName: 'Amina Benali', profession: 'nurse', accountName: amina.accountName });
      expect(restored.learner.id).not.toBe(amina.id);
      expect(await hersIn(elsewhere, restored.learner.id)).toEqual(await hersIn(db, amina.id));
      // Her records keep their ids: a trainer or an LRS that has some counts each once.
      expect((await elsewhere.outbox.toArray()).map((r) => r.id).sort()).toEqual((await db.outbox.toArray()).map((r) => r.id).sort());
    } finally {
      await elsewhere.delete();
    }
  });

  it('comes back on the same computer once the profile it came from is deleted, and never next to it', async () => {
    const file = await read((await backupOf(db, amina.id, '0.1.0', NOW)).text);
    const clash = await restoreBackup(db, file);
    expect(clash).toMatchObject({ ok: false, reason: 'profile-exists', existing: { id: amina.id } });
    expect(await db.learners.count()).toBe(1);

    const before = await hersIn(db, amina.id);
    await deleteLearner(db, amina.id);
    const restored = await restoreBackup(db, file);
    if (!restored.ok) throw new Error(restored.reason);
    expect(await hersIn(db, restored.learner.id)).toEqual(before);
  });

  it('holds her records, not where they stand with this computer’s LRS: restored, each waits for the LRS there', async () => {
    const outbox = dexieOutbox(db);
    const [sent, refused] = await db.outbox.where('learnerId').equals(amina.id).primaryKeys();
    await outbox.markSent([sent!], '2026-12-06T14:00:00.000Z');
    await outbox.markRefused(refused!, { code: 'invalid', params: { status: 400, message: 'Invalid statement' } }, '2026-12-06T14:00:00.000Z');
    const { text } = await backupOf(db, amina.id, '0.1.0', NOW);
    expect(text).not.toMatch(/"sync"|"sentAt"|"refus/);
    const elsewhere = new CareLitDatabase(`other-computer-${Math.random()}`);
    try {
      const restored = await restoreBackup(elsewhere, await read(text));
      if (!restored.ok) throw new Error(restored.reason);
      const rows = await elsewhere.outbox.toArray();
      expect(rows.map((r) => r.id).sort()).toEqual((await db.outbox.toArray()).map((r) => r.id).sort());
      expect(new Set(rows.map((r) => r.sync))).toEqual(new Set(['waiting']));
      expect(await dexieOutbox(elsewhere).pending(100)).toHaveLength(rows.length);
    } finally {
      await elsewhere.delete();
    }
  });

  it('never holds her PIN, and the restored profile has none', async () => {
    await setPin(db, amina.id, await createPinRecord('4821', 1000));
    const { text } = await backupOf(db, amina.id, '0.1.0', NOW);
    const salt = (await db.learners.get(amina.id))!.pin!.salt;
    expect(text).not.toContain(salt);
    expect(text).not.toMatch(/"pin/);
    await deleteLearner(db, amina.id);
    const restored = await restoreBackup(db, await read(text));
    expect(restored.ok && restored.learner.pin).toBe(undefined);
  });

  it('restores all or nothing: a row that clashes leaves the computer as it was', async () => {
    const file = await read((await backupOf(db, amina.id, '0.1.0', NOW)).text);
    await deleteLearner(db, amina.id);
    // Someone else's row already holds one of her records' ids.
    const bram = await createLearner(db, 'Bram Peeters', 'physician');
    await db.outbox.add(newOutboxRow(file.outbox[0]!.statement, bram.id, file.outbox[0]!.createdAt));
    expect(await restoreBackup(db, file)).toEqual({ ok: false, reason: 'not-saved' });
    expect((await db.learners.toArray()).map((l) => l.displayName)).toEqual(['Bram Peeters']);
    expect(await db.attempts.count()).toBe(0);
  });

  it('is named after her and the day it was saved', async () => {
    const { file } = await backupOf(db, amina.id, '0.1.0', NOW);
    expect(backupFileName(file)).toMatch(/^carelit-backup-amina-benali-2026-12-0[67]\.json$/);
  });

  it('is not made for a profile that does not exist', async () => {
    await expect(backupOf(db, 'nobody', '0.1.0', NOW)).rejects.toBeInstanceOf(NoSuchLearnerError);
  });

  it('keeps a development build’s files readable (its version is not a release number)', async () => {
    const { text } = await backupOf(db, amina.id, 'dev', NOW);
    expect((await read(text)).appVersion).toBe('0.0.0-dev');
  });

  it('keeps each of her tables in the count', async () => {
    const { file } = await backupOf(db, amina.id, '0.1.0', NOW);
    const counts = await learnerData(db, amina.id);
    expect([file.attempts.length, file.progress.length, file.outbox.length, file.blockStates.length, file.cards.length]).toEqual([
      counts.attempts,
      counts.progress,
      counts.outbox,
      counts.blockStates,
      counts.cards,
    ]);
  });
});

describe('reading a backup, as untrusted as any file', () => {
  let text: string;
  let file: BackupFile;
  beforeEach(async () => {
    ({ text, file } = await backupOf(db, amina.id, '0.1.0', NOW));
  });
  /** A changed copy of the file, with a digest that matches, so that the check at fault is the one tested. */
  const remade = async (change: (f: BackupFile) => void) => {
    const { digest: _d, ...copy } = JSON.parse(text) as BackupFile;
    change(copy as BackupFile);
    const body = JSON.stringify(copy);
    return `${body.slice(0, -1)},"digest":{"algorithm":"SHA-256","value":"${await sha256Hex(body)}"}}`;
  };
  const refusalOf = async (t: string) => {
    const result = await readBackupFile(t);
    return result.ok ? null : result.refusal;
  };

  it('reads the file as the app wrote it', async () => {
    expect(await read(text)).toEqual(JSON.parse(JSON.stringify(file)));
  });

  it('refuses what is not a backup, saying which kind of wrong it is', async () => {
    expect(await refusalOf('')).toEqual({ code: 'empty' });
    expect(await refusalOf('{"format":')).toEqual({ code: 'not-json' });
    expect(await refusalOf('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]')).toMatchObject({ code: 'too-deep' });
    expect(await refusalOf('{"format":"carelit-progress","formatVersion":1}')).toEqual({ code: 'not-a-backup' });
    expect(await refusalOf(text.replace('"formatVersion":1', '"formatVersion":2'))).toMatchObject({ code: 'newer-format', params: { version: 2 } });
    expect(await readBackupFile(text, { limit: 100 })).toMatchObject({ ok: false, refusal: { code: 'too-large' } });
    expect(BACKUP_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it('refuses a file changed after it was saved', async () => {
    expect(await refusalOf(text.replace('Amina Benali', 'Amina Benaly'))).toEqual({ code: 'digest-mismatch' });
    // Reformatted by an editor: no longer the file as saved.
    expect(await refusalOf(JSON.stringify(JSON.parse(text), null, 2))).toEqual({ code: 'digest-mismatch' });
  });

  it('checks every member strictly, and says where the fault is', async () => {
    expect(await refusalOf(await remade((f) => ((f.profile as { profession: string }).profession = 'surgeon')))).toMatchObject({
      code: 'invalid',
      params: { path: 'profile.profession' },
    });
    expect(await refusalOf(await remade((f) => ((f.progress[0] as { score?: number }).score = 7)))).toMatchObject({ code: 'invalid', params: { path: 'progress[0].score' } });
    expect(await refusalOf(await remade((f) => ((f as unknown as Record<string, unknown>).extra = 1)))).toMatchObject({ code: 'invalid', params: { path: 'extra' } });
    expect(await refusalOf(await remade((f) => (f.attempts[0]!.answer = JSON.parse('{"__proto__":{"polluted":true}}'))))).toMatchObject({
      code: 'invalid',
      params: { path: 'attempts[0].answer.__proto__' },
    });
    expect(await refusalOf(await remade((f) => (f.cards[0]!.moduleId = 'constructor')))).toMatchObject({ code: 'invalid', params: { path: 'cards[0].moduleId' } });
    expect(await refusalOf(await remade((f) => (f.profile.displayName = 'Amina\nBenali')))).toMatchObject({ code: 'invalid', params: { path: 'profile.displayName' } });
  });

  it('refuses records that are not hers, or the same record twice', async () => {
    expect(await refusalOf(await remade((f) => (f.outbox[1]!.statement.actor.account.name = '0f2f7f55-5bd2-4b53-9d6a-7e1e0c6e9b11')))).toEqual({
      code: 'foreign-statement',
      params: { index: 1 },
    });
    expect(await refusalOf(await remade((f) => (f.outbox[1]!.id = f.outbox[0]!.id)))).toEqual({ code: 'foreign-statement', params: { index: 1 } });
    expect(await refusalOf(await remade((f) => f.cards.push(f.cards[0]!)))).toMatchObject({ code: 'duplicate', params: { what: expect.stringMatching(/^cards: sample\//) } });
  });

  it('tells a newer version’s settings from damage', async () => {
    expect(await refusalOf(await remade((f) => ((f.settings as unknown as Record<string, unknown>).lineSpacing = 2)))).toMatchObject({
      code: 'newer-app',
      params: { path: 'settings.lineSpacing' },
    });
  });
});
