import 'fake-indexeddb/auto';
import { createTrainerKey } from '../../../core/cohort/passphrase';
import { serialiseProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { readProgressBytes } from '../../../core/cohort/read-progress-file';
import { importFiles, type ImportSource } from '../../../renderer/src/cohort/import-files';
import { decideHeld, heldFiles, importProgressFile } from '../../../renderer/src/db/cohort-import';
import { cohortSummaries, createCohort, deleteCohort, listCohorts, openCohort, renameCohort, setCohortArchived } from '../../../renderer/src/db/cohorts';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { openCompressed, place, type Vault } from '../../../renderer/src/db/vault';
import { accountOf, nadiaStatements, progressFile, walkStatements } from '../../fixtures/cohort';
import { HOSTILE_FILES, matching, outcomeOf } from '../../fixtures/hostile-files';

let db: CareLitDatabase;
let vault: Vault;
beforeEach(async () => {
  db = new CareLitDatabase(`cohorts-${Math.random()}`);
  vault = { db, keys: (await createTrainerKey('la salle de garde du 5e', 1000)).keys };
});
afterEach(() => db.delete());

const nadia = nadiaStatements();
const bram = walkStatements({ account: accountOf(2), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' }] });
const utf8 = (text: string) => new TextEncoder().encode(text);
const source = (name: string, content: string | Uint8Array): ImportSource => {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  return { name, size: bytes.length, bytes: async () => bytes };
};
/** Nadia's statements under another account: a copy of her file with the account changed and the digest made right. */
const copyOf = (statements: typeof nadia, account: string) => statements.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: account } } }));

/** Everything the trainer's tables hold, as one string of their bytes and text. */
async function everythingStored(): Promise<string> {
  const tables = [db.trainerCohorts, db.trainerLearners, db.trainerLearnerIds, db.trainerStatements, db.trainerHeld];
  const rows = (await Promise.all(tables.map((t) => t.toArray()))).flat() as unknown as Record<string, unknown>[];
  return rows
    .map((row) =>
      Object.values(row)
        .map((v) => (v instanceof Uint8Array || ArrayBuffer.isView(v) ? Buffer.from(v as Uint8Array).toString('latin1') : String(v)))
        .join('|'),
    )
    .join('\n');
}

describe('importing progress files into a cohort', () => {
  it('saves the learner as a few sealed records, and a summary the dashboard reads without touching the statements', async () => {
    const cohort = await createCohort(vault, '  Formation IA — CHU Saint-Pierre, novembre  ');
    expect(cohort.name).toBe('Formation IA — CHU Saint-Pierre, novembre');
    const outcome = await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia, { displayName: 'Nadia', profession: 'nurse' }), 'nadia.json');
    expect(outcome).toEqual({ ok: true, account: accountOf(1), added: 3, alreadyKnown: 0, newLearner: true });
    // No row per statement: one summary, one list of ids, one row of statements.
    expect([await db.trainerLearners.count(), await db.trainerLearnerIds.count(), await db.trainerStatements.count()]).toEqual([1, 1, 1]);
    const [summary] = await cohortSummaries(vault, cohort.id);
    expect(summary).toMatchObject({ account: accountOf(1), displayName: 'Nadia', profession: 'nurse', statementCount: 3 });
    expect(summary!.modules.sample).toMatchObject({ status: 'completed', attempts: [{ score: 0.5, success: true }] });
  });

  it('adds only what is new when a file comes again, or a newer export of the same learner', async () => {
    const cohort = await createCohort(vault, 'Groep A');
    const early = await progressFile(accountOf(1), nadia.slice(0, 1), { exportedAt: '2026-11-18T09:01:00.000Z' });
    const later = await progressFile(accountOf(1), nadia, { displayName: 'Nadia B.', exportedAt: '2026-11-18T10:00:00.000Z' });
    expect(await importProgressFile(vault, cohort.id, early, 'a.json')).toMatchObject({ added: 1, newLearner: true });
    expect(await importProgressFile(vault, cohort.id, later, 'b.json')).toMatchObject({ added: 2, alreadyKnown: 1, newLearner: false });
    expect(await importProgressFile(vault, cohort.id, later, 'b.json')).toMatchObject({ added: 0, alreadyKnown: 3 });
    // The older file again changes nothing, not even the name she chose later.
    expect(await importProgressFile(vault, cohort.id, early, 'a.json')).toMatchObject({ added: 0 });
    expect(await db.trainerStatements.count()).toBe(2);
    const [summary] = await cohortSummaries(vault, cohort.id);
    expect(summary).toMatchObject({ displayName: 'Nadia B.', statementCount: 3 });
    expect(summary!.modules.sample!.status).toBe('completed');
  });

  it('keeps a file whose every statement is new as the file itself, with or without a byte-order mark, and reads her statements back from it', async () => {
    const cohort = await createCohort(vault, 'Groep B');
    const early = await progressFile(accountOf(1), nadia.slice(0, 1), { exportedAt: '2026-11-18T09:01:00.000Z' });
    const later = serialiseProgressFile(await progressFile(accountOf(1), nadia, { displayName: 'Nadia B.', exportedAt: '2026-11-18T10:00:00.000Z' }));
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(serialiseProgressFile(early))]);
    expect(await importFiles(vault, cohort.id, [source('a.json', withMark)])).toMatchObject([{ ok: true, added: 1, newLearner: true }]);
    expect(await importFiles(vault, cohort.id, [source('b.json', later), source('b.json', later)])).toMatchObject([
      { ok: true, added: 2, alreadyKnown: 1, newLearner: false },
      { ok: true, added: 0, alreadyKnown: 3 },
    ]);
    // Her first file as it came; of the second, the two statements that were new.
    const rows = await db.trainerStatements.toArray();
    const kept = await Promise.all(rows.map((row) => openCompressed<unknown>(vault, place.statements(cohort.id, row.ref, row.id), row.sealed)));
    expect(kept).toEqual(expect.arrayContaining([early, nadia.slice(1)]));
    const [summary] = await cohortSummaries(vault, cohort.id);
    expect(summary).toMatchObject({ displayName: 'Nadia B.', statementCount: 3 });
    expect(summary!.modules.sample!.status).toBe('completed');
  });

  it('takes her name and profession from her most recent export by real date, and refuses an export dated after the import', async () => {
    const cohort = await createCohort(vault, 'Groep A');
    const genuine = await progressFile(accountOf(1), nadia, { displayName: 'Nadia Benali', profession: 'nurse', exportedAt: '2026-11-18T10:00:00.000Z' });
    // Half a second later, written the short way: as text it would sort before the genuine one.
    const renamed = { ...(await progressFile(accountOf(1), nadia, { displayName: 'Nadia B.', profession: 'nurse' })), exportedAt: '2026-11-18T10:00:00.5Z' };
    await importProgressFile(vault, cohort.id, genuine, 'a.json');
    await importProgressFile(vault, cohort.id, renamed, 'b.json');
    expect((await cohortSummaries(vault, cohort.id))[0]).toMatchObject({ displayName: 'Nadia B.' });

    const from2099 = serialiseProgressFile(await progressFile(accountOf(1), nadia, { displayName: 'Mallory', profession: 'physician', exportedAt: '2099-01-01T00:00:00.000Z' }));
    const [outcome] = await importFiles(vault, cohort.id, [source('2099.json', from2099)]);
    expect(outcome).toEqual({ name: '2099.json', ok: false, refusal: { code: 'from-the-future', params: { path: 'exportedAt', date: '2099-01-01T00:00:00.000Z' } } });
    expect((await cohortSummaries(vault, cohort.id))[0]).toMatchObject({ displayName: 'Nadia B.', profession: 'nurse' });
  });

  it('keeps cohorts apart: the same file in two cohorts is a learner in each', async () => {
    const a = await createCohort(vault, 'A');
    const b = await createCohort(vault, 'B');
    const file = await progressFile(accountOf(1), nadia);
    await importProgressFile(vault, a.id, file, 'n.json');
    await importProgressFile(vault, b.id, file, 'n.json');
    expect(await cohortSummaries(vault, a.id)).toHaveLength(1);
    expect(await cohortSummaries(vault, b.id)).toHaveLength(1);
  });

  it('imports the good files of a batch and lists each bad one with its reason', async () => {
    const cohort = await createCohort(vault, 'A');
    const good = serialiseProgressFile(await progressFile(accountOf(1), nadia));
    const progress: number[] = [];
    const outcomes = await importFiles(
      vault,
      cohort.id,
      [
        source('nadia.json', good),
        source('cut.json', good.slice(0, 200)),
        { name: 'huge.json', size: 1024 ** 3, bytes: () => Promise.reject(new Error('must not be read')) },
        source('notes.txt', 'hello'),
      ],
      (done) => progress.push(done),
    );
    expect(outcomes).toEqual([
      { name: 'nadia.json', ok: true, account: accountOf(1), added: 3, alreadyKnown: 0, newLearner: true },
      { name: 'cut.json', ok: false, refusal: { code: 'not-json' } },
      { name: 'huge.json', ok: false, refusal: { code: 'too-large', params: { size: 1024 ** 3, limit: 20 * 1024 * 1024 } } },
      { name: 'notes.txt', ok: false, refusal: { code: 'not-json' } },
    ]);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(await cohortSummaries(vault, cohort.id)).toHaveLength(1);
  });

  it('archives, renames and deletes a cohort; deleting takes everything imported into it', async () => {
    const cohort = await createCohort(vault, 'A');
    await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia), 'n.json');
    await setCohortArchived(vault, cohort.id, true, new Date('2026-12-01T00:00:00Z'));
    await renameCohort(vault, cohort.id, 'B');
    expect(await openCohort(vault, cohort.id)).toMatchObject({ name: 'B', archivedAt: '2026-12-01T00:00:00.000Z' });
    await setCohortArchived(vault, cohort.id, false);
    expect(await openCohort(vault, cohort.id)).not.toHaveProperty('archivedAt');
    expect(await cohortSummaries(vault, cohort.id)).toHaveLength(1);
    await deleteCohort(db, cohort.id);
    expect(await openCohort(vault, cohort.id)).toBe('missing');
    expect([await db.trainerLearners.count(), await db.trainerLearnerIds.count(), await db.trainerStatements.count()]).toEqual([0, 0, 0]);
  });

  it('tells the caller once when a file’s records are on their way to the database, and not for a file held', async () => {
    const cohort = await createCohort(vault, 'A');
    const file = await progressFile(accountOf(1), nadia);
    let told = 0;
    const whileWriting = () => void (told += 1);
    expect(await importProgressFile(vault, cohort.id, file, 'n.json', { whileWriting })).toMatchObject({ added: 3 });
    expect(told).toBe(1);
    // The same file again: no statement, but her record (when it was imported) is written again.
    expect(await importProgressFile(vault, cohort.id, file, 'n.json', { whileWriting })).toMatchObject({ added: 0 });
    expect(told).toBe(2);
    const copy = await progressFile(accountOf(9), copyOf(nadia, accountOf(9)));
    expect(await importProgressFile(vault, cohort.id, copy, 'copy.json', { whileWriting })).toMatchObject({ ok: false });
    expect(told).toBe(2);
  });

  it('loses no file when two windows import into the same cohort at once', async () => {
    const cohort = await createCohort(vault, 'A');
    // A second window: the same database, its own memory of what it opened.
    const other: Vault = { db: new CareLitDatabase(db.name), keys: vault.keys };
    const files = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        progressFile(accountOf(n), walkStatements({ account: accountOf(n), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' }] })),
      ),
    );
    // Each window imports its files one after the other, as the import panel does, both at once.
    const batch = async (window: Vault, mine: ProgressFile[]) => {
      for (const file of mine) await importProgressFile(window, cohort.id, file, 'x.json');
    };
    await Promise.all([
      batch(
        vault,
        files.filter((_, i) => i % 2),
      ),
      batch(
        other,
        files.filter((_, i) => !(i % 2)),
      ),
    ]);
    expect((await cohortSummaries(vault, cohort.id)).map((s) => s.account).sort()).toEqual(files.map((f) => f.learner.account.name).sort());
    expect(await cohortSummaries(other, cohort.id)).toHaveLength(6);
    other.db.close();
  });
});

describe('a window whose memory of the cohort is out of date', () => {
  /** Another window: the same database and passphrase, its own memory of what it opened (held per key). */
  const otherWindow = (): Vault => ({ db: new CareLitDatabase(db.name), keys: { ...vault.keys } });

  it('holds a file on what the database holds: records another window imported since are still found', async () => {
    const cohort = await createCohort(vault, 'A');
    const other = otherWindow();
    await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia, { displayName: 'Nadia' }), 'nadia.json');
    // Bram comes in through the other window; this one has not read the cohort since.
    await importProgressFile(other, cohort.id, await progressFile(accountOf(2), bram, { displayName: 'Bram' }), 'bram.json');
    const copy = await progressFile(accountOf(9), copyOf(bram, accountOf(9)), { displayName: 'Mallory' });
    expect(await importProgressFile(vault, cohort.id, copy, 'copy.json')).toMatchObject({ ok: false, held: { owners: [{ displayName: 'Bram', shared: 1 }] } });
    // Nadia's file again: already known, and the cohort holds her and Bram only.
    expect(await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia, { displayName: 'Nadia' }), 'nadia.json')).toMatchObject({
      ok: true,
      added: 0,
      alreadyKnown: 3,
    });
    expect((await cohortSummaries(vault, cohort.id)).map((s) => s.displayName).sort()).toEqual(['Bram', 'Nadia']);
    other.db.close();
  });

  it('imports a file it would have held, when another window has since taken the shared records away', async () => {
    const cohort = await createCohort(vault, 'A');
    const other = otherWindow();
    const copy = await progressFile(accountOf(9), copyOf(nadia, accountOf(9)), { displayName: 'Mallory' });
    const genuine = await progressFile(accountOf(1), nadia, { displayName: 'Nadia' });
    await importProgressFile(vault, cohort.id, copy, 'copy.json');
    // The other window holds the genuine file and gives it the records: the copy leaves the cohort.
    const held = await importProgressFile(other, cohort.id, genuine, 'nadia.json');
    if (held.ok) throw new Error('not held');
    await decideHeld(other, cohort.id, held.held.id, 'replace');
    // This window still remembers the copy owning them; Nadia's next export is hers alone.
    const next = await progressFile(
      accountOf(1),
      [...nadia, ...walkStatements({ account: accountOf(1), answers: [{ quiz: 'q-multiple', selected: ['bp'], at: '2026-11-19T09:00:00.000Z' }] })],
      { displayName: 'Nadia' },
    );
    expect(await importProgressFile(vault, cohort.id, next, 'nadia-2.json')).toMatchObject({ ok: true, added: 1, alreadyKnown: 3, newLearner: false });
    expect((await cohortSummaries(vault, cohort.id)).map((s) => [s.displayName, s.statementCount])).toEqual([['Nadia', 4]]);
    other.db.close();
  });
});

describe('the cohort data at rest', () => {
  it('are sealed: no name, account, cohort name or answer can be read in the database', async () => {
    const cohort = await createCohort(vault, 'Urgences Saint-Pierre');
    await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia, { displayName: 'Nadia Benali', profession: 'nurse' }), 'n.json');
    const stored = await everythingStored();
    for (const secret of ['Urgences', 'Nadia', accountOf(1), 'nurse', 'q-single', nadia[0]!.id, 'carelit.app']) expect(stored).not.toContain(secret);
  });

  it('stay closed under another passphrase’s keys: the cohort is listed as closed, nothing in it opens', async () => {
    const cohort = await createCohort(vault, 'Urgences');
    await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia), 'n.json');
    const intruder: Vault = { db, keys: (await createTrainerKey('une autre phrase de passe', 1000)).keys };
    expect(await listCohorts(intruder)).toEqual([{ id: cohort.id, createdAt: cohort.createdAt, unreadable: true }]);
    expect(await openCohort(intruder, cohort.id)).toBe('unreadable');
    await expect(cohortSummaries(intruder, cohort.id)).rejects.toMatchObject({ name: 'UnreadableRecord' });
    // And a sealed record moved to another row (by hand: the revision moved too) opens there under no key.
    const [row] = await db.trainerLearners.toArray();
    await db.trainerLearners.put({ ...row!, ref: 'f'.repeat(32) });
    await db.trainerCohorts.update(cohort.id, { rev: 99 });
    await expect(cohortSummaries({ db, keys: vault.keys }, cohort.id)).rejects.toMatchObject({ name: 'UnreadableRecord' });
  });
});

describe('a file whose records already belong to another learner', () => {
  /** The genuine Nadia, and a copy of her file with the account and name changed and its digest recomputed. */
  async function genuineAndCopy() {
    const genuine = await progressFile(accountOf(1), nadia, { displayName: 'Nadia Benali', profession: 'nurse' });
    const copy = await progressFile(accountOf(9), copyOf(nadia, accountOf(9)), { displayName: 'Mallory Copy', profession: 'nurse' });
    return { genuine, copy };
  }

  it('is held for the trainer’s decision with both names, never refusing the genuine one when the copy came first, never crediting the copy', async () => {
    const cohort = await createCohort(vault, 'A');
    const { genuine, copy } = await genuineAndCopy();
    expect(await importProgressFile(vault, cohort.id, copy, 'copy.json')).toMatchObject({ ok: true });
    const held = await importProgressFile(vault, cohort.id, genuine, 'nadia.json');
    expect(held).toEqual({
      ok: false,
      held: {
        id: expect.any(String),
        fileName: 'nadia.json',
        heldAt: expect.any(String),
        learner: { account: accountOf(1), displayName: 'Nadia Benali', profession: 'nurse' },
        owners: [{ account: accountOf(9), displayName: 'Mallory Copy', profession: 'nurse', shared: 3 }],
        ownRecords: 0,
        records: 3,
      },
    });
    // Held once, whatever how often the same file comes again.
    expect(await importProgressFile(vault, cohort.id, genuine, 'nadia.json')).toMatchObject({ ok: false, held: { id: held.ok ? '' : held.held.id } });
    expect(await heldFiles(vault, cohort.id)).toHaveLength(1);
    expect((await cohortSummaries(vault, cohort.id)).map((s) => s.account)).toEqual([accountOf(9)]);
  });

  it('replaces the copy with the genuine file when the trainer says so: the copy leaves the cohort', async () => {
    const cohort = await createCohort(vault, 'A');
    const { genuine, copy } = await genuineAndCopy();
    await importProgressFile(vault, cohort.id, copy, 'copy.json');
    const held = await importProgressFile(vault, cohort.id, genuine, 'nadia.json');
    if (held.ok) throw new Error('not held');
    await decideHeld(vault, cohort.id, held.held.id, 'replace');
    const summaries = await cohortSummaries(vault, cohort.id);
    expect(summaries.map((s) => [s.displayName, s.statementCount])).toEqual([['Nadia Benali', 3]]);
    expect(summaries[0]!.modules.sample).toMatchObject({ status: 'completed', attempts: [{ score: 0.5, success: true }] });
    expect(await heldFiles(vault, cohort.id)).toEqual([]);
    expect([await db.trainerLearners.count(), await db.trainerStatements.count()]).toEqual([1, 1]);
    // The copy, imported again, is now the one held.
    expect(await importProgressFile(vault, cohort.id, copy, 'copy.json')).toMatchObject({
      ok: false,
      held: { learner: { account: accountOf(9) }, owners: [{ account: accountOf(1) }] },
    });
  });

  it('keeps the first when the trainer says so: the shared records stay hers, the file’s own records go to the learner it names', async () => {
    const cohort = await createCohort(vault, 'A');
    await importProgressFile(vault, cohort.id, await progressFile(accountOf(1), nadia, { displayName: 'Nadia' }), 'nadia.json');
    await importProgressFile(vault, cohort.id, await progressFile(accountOf(2), bram, { displayName: 'Bram' }), 'bram.json');
    // Bram's next export, with Nadia's records borrowed into it.
    const borrowed = await progressFile(
      accountOf(2),
      [...bram, ...copyOf(nadia, accountOf(2)), ...walkStatements({ account: accountOf(2), answers: [{ quiz: 'q-multiple', selected: ['bp'], at: '2026-11-19T09:00:00.000Z' }] })],
      { displayName: 'Bram' },
    );
    const held = await importProgressFile(vault, cohort.id, borrowed, 'bram-2.json');
    if (held.ok) throw new Error('not held');
    expect(held.held).toMatchObject({ owners: [{ displayName: 'Nadia', shared: 3 }], ownRecords: 2, records: 5 });
    await decideHeld(vault, cohort.id, held.held.id, 'keep-first');
    const byName = Object.fromEntries((await cohortSummaries(vault, cohort.id)).map((s) => [s.displayName, s.statementCount]));
    expect(byName).toEqual({ Nadia: 3, Bram: 2 });
  });

  it('is dropped, and nothing else changes, when the trainer discards it', async () => {
    const cohort = await createCohort(vault, 'A');
    const { genuine, copy } = await genuineAndCopy();
    await importProgressFile(vault, cohort.id, genuine, 'nadia.json');
    const held = await importProgressFile(vault, cohort.id, copy, 'copy.json');
    if (held.ok) throw new Error('not held');
    await decideHeld(vault, cohort.id, held.held.id, 'discard');
    expect(await heldFiles(vault, cohort.id)).toEqual([]);
    expect((await cohortSummaries(vault, cohort.id)).map((s) => s.displayName)).toEqual(['Nadia Benali']);
    expect(await db.trainerHeld.count()).toBe(0);
  });

  it('is listed as held in a batch, between the imported and the refused', async () => {
    const cohort = await createCohort(vault, 'A');
    const { genuine, copy } = await genuineAndCopy();
    const outcomes = await importFiles(vault, cohort.id, [source('copy.json', serialiseProgressFile(copy)), source('nadia.json', serialiseProgressFile(genuine))]);
    expect(outcomes.map((o) => (o.ok ? 'imported' : 'held' in o ? 'held' : 'refused'))).toEqual(['imported', 'held']);
    // The copy was kept as the file it came in: replacing it reads its statements from there, and it leaves the cohort.
    const [held] = await heldFiles(vault, cohort.id);
    await decideHeld(vault, cohort.id, held!.id, 'replace');
    expect((await cohortSummaries(vault, cohort.id)).map((s) => [s.displayName, s.statementCount])).toEqual([['Nadia Benali', 3]]);
  });
});

describe('the hostile-file corpus, imported by the app', () => {
  it('gives each file the same answer as core and the CLI, and saves nothing of a refused one', async () => {
    const cohort = await createCohort(vault, 'Corpus');
    for (const hostile of HOSTILE_FILES) {
      const bytes = await hostile.bytes();
      const [outcome] = await importFiles(vault, cohort.id, [source(`${hostile.name}.json`, bytes)]);
      const expected = outcomeOf(await readProgressBytes(bytes));
      expect({ hostile: hostile.name, outcome: expected }).toEqual({ hostile: hostile.name, outcome: matching(hostile.expected) });
      if ('refused' in expected)
        expect({ hostile: hostile.name, outcome }).toEqual({
          hostile: hostile.name,
          outcome: expect.objectContaining({ ok: false, refusal: expect.objectContaining({ code: expected.refused }) }),
        });
      else expect({ hostile: hostile.name, ok: outcome!.ok || 'held' in outcome! }).toEqual({ hostile: hostile.name, ok: true });
    }
    // Every accepted case is Nadia's file: one learner, named by the last of them read.
    expect(await cohortSummaries(vault, cohort.id)).toHaveLength(1);
  });
});
