import 'fake-indexeddb/auto';
import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { importFiles, type ImportSource } from '../../../renderer/src/cohort/import-files';
import { cohortSummaries, createCohort, importProgressFile, setCohortArchived } from '../../../renderer/src/db/cohorts';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { accountOf, nadiaStatements, progressFile, walkStatements } from '../../fixtures/cohort';

let db: CareLitDatabase;
beforeEach(() => {
  db = new CareLitDatabase(`cohorts-${Math.random()}`);
});
afterEach(() => db.delete());

const nadia = nadiaStatements();

const source = (name: string, text: string): ImportSource => ({ name, size: text.length, text: async () => text });

describe('importing progress files into a cohort', () => {
  it('saves the statements and a summary the dashboard reads without touching them', async () => {
    const cohort = await createCohort(db, '  Formation IA — CHU Saint-Pierre, novembre  ');
    expect(cohort.name).toBe('Formation IA — CHU Saint-Pierre, novembre');
    const outcome = await importProgressFile(db, cohort.id, await progressFile(accountOf(1), nadia, { displayName: 'Nadia', profession: 'nurse' }));
    expect(outcome).toEqual({ ok: true, account: accountOf(1), added: 3, alreadyKnown: 0, newLearner: true });
    expect(await db.cohortStatements.count()).toBe(3);
    const [summary] = await cohortSummaries(db, cohort.id);
    expect(summary).toMatchObject({ account: accountOf(1), displayName: 'Nadia', profession: 'nurse', statementCount: 3 });
    expect(summary!.modules.sample).toMatchObject({ status: 'completed', score: 0.5 });
  });

  it('adds only what is new when a file comes again, or a newer export of the same learner', async () => {
    const cohort = await createCohort(db, 'Groep A');
    const early = await progressFile(accountOf(1), nadia.slice(0, 1), { exportedAt: '2026-11-18T09:01:00.000Z' });
    const later = await progressFile(accountOf(1), nadia, { displayName: 'Nadia B.', exportedAt: '2026-11-18T10:00:00.000Z' });
    expect(await importProgressFile(db, cohort.id, early)).toMatchObject({ added: 1, newLearner: true });
    expect(await importProgressFile(db, cohort.id, later)).toMatchObject({ added: 2, alreadyKnown: 1, newLearner: false });
    expect(await importProgressFile(db, cohort.id, later)).toMatchObject({ added: 0, alreadyKnown: 3 });
    // The older file again changes nothing, not even the name she chose later.
    expect(await importProgressFile(db, cohort.id, early)).toMatchObject({ added: 0 });
    expect(await db.cohortStatements.count()).toBe(3);
    const [summary] = await cohortSummaries(db, cohort.id);
    expect(summary).toMatchObject({ displayName: 'Nadia B.', statementCount: 3 });
    expect(summary!.modules.sample!.status).toBe('completed');
  });

  it('keeps cohorts apart: the same file in two cohorts is a learner in each', async () => {
    const a = await createCohort(db, 'A');
    const b = await createCohort(db, 'B');
    const file = await progressFile(accountOf(1), nadia);
    await importProgressFile(db, a.id, file);
    await importProgressFile(db, b.id, file);
    expect(await cohortSummaries(db, a.id)).toHaveLength(1);
    expect(await cohortSummaries(db, b.id)).toHaveLength(1);
  });

  it('saves nothing of a file whose statement ids belong to another learner of the cohort', async () => {
    const cohort = await createCohort(db, 'A');
    await importProgressFile(db, cohort.id, await progressFile(accountOf(1), nadia));
    const stolen = nadia.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: accountOf(2) } } }));
    expect(await importProgressFile(db, cohort.id, await progressFile(accountOf(2), stolen))).toEqual({ ok: false, code: 'id-clash' });
    expect(await db.cohortStatements.count()).toBe(3);
    expect(await cohortSummaries(db, cohort.id)).toHaveLength(1);
  });

  it('refuses a known learner’s file that carries another learner’s statement ids', async () => {
    const cohort = await createCohort(db, 'A');
    const bram = walkStatements({ account: accountOf(2), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' }] });
    await importProgressFile(db, cohort.id, await progressFile(accountOf(1), nadia));
    await importProgressFile(db, cohort.id, await progressFile(accountOf(2), bram));
    const borrowed = [...bram, ...nadia.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: accountOf(2) } } }))];
    expect(await importProgressFile(db, cohort.id, await progressFile(accountOf(2), borrowed))).toEqual({ ok: false, code: 'id-clash' });
    expect(await db.cohortStatements.where('[cohortId+account]').equals([cohort.id, accountOf(2)]).count()).toBe(1);
  });

  it('imports the good files of a batch and lists each bad one with its reason', async () => {
    const cohort = await createCohort(db, 'A');
    const good = serialiseProgressFile(await progressFile(accountOf(1), nadia));
    const progress: number[] = [];
    const outcomes = await importFiles(
      db,
      cohort.id,
      [source('nadia.json', good), source('cut.json', good.slice(0, 200)), { name: 'huge.json', size: 1024 ** 3, text: () => Promise.reject(new Error('must not be read')) }, source('notes.txt', 'hello')],
      (done) => progress.push(done),
    );
    expect(outcomes).toEqual([
      { name: 'nadia.json', ok: true, account: accountOf(1), added: 3, alreadyKnown: 0, newLearner: true },
      { name: 'cut.json', ok: false, refusal: { code: 'not-json' } },
      { name: 'huge.json', ok: false, refusal: { code: 'too-large', params: { size: 1024 ** 3, limit: 20 * 1024 * 1024 } } },
      { name: 'notes.txt', ok: false, refusal: { code: 'not-json' } },
    ]);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(await cohortSummaries(db, cohort.id)).toHaveLength(1);
  });

  it('archives a cohort and brings it back, keeping its learners', async () => {
    const cohort = await createCohort(db, 'A');
    await importProgressFile(db, cohort.id, await progressFile(accountOf(1), nadia));
    await setCohortArchived(db, cohort.id, true, new Date('2026-12-01T00:00:00Z'));
    expect((await db.cohorts.get(cohort.id))!.archivedAt).toBe('2026-12-01T00:00:00.000Z');
    await setCohortArchived(db, cohort.id, false);
    expect((await db.cohorts.get(cohort.id))!.archivedAt).toBeUndefined();
    expect(await cohortSummaries(db, cohort.id)).toHaveLength(1);
  });
});
