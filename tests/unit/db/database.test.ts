import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { CareLitDatabase, classifyOpenError, eraseDatabase, openDatabase } from '../../../renderer/src/db/database';
import { rowsIn } from '../../../renderer/src/db/outbox';
import { CURRENT_VERSION, SCHEMA_VERSIONS, currentStores } from '../../../renderer/src/db/schema';

/**
 * Rows as each schema version stored them. Adding a schema version means adding its rows here,
 * and the upgrade test below then proves the current version still reads them.
 */
/** A statement in the outbox as every version before 5 stored it: no sync state. */
const OUTBOX_ROW = {
  id: '3f1c5ad2-0000-4000-8000-000000000001',
  learnerId: 'l1',
  createdAt: '2026-01-05T10:01:00.000Z',
  statement: { id: '3f1c5ad2-0000-4000-8000-000000000001', actor: { objectType: 'Agent', account: { homePage: 'https://carelit.app', name: 'a1' } } },
};

/** A module completed below its passing score, as every version before 7 kept it: its one completion on the row. */
const COMPLETED_BEFORE_7 = {
  learnerId: 'l1',
  moduleId: 'prompting',
  moduleVersion: 1,
  status: 'completed',
  currentBlockId: 'end',
  doneBlockIds: ['intro', 'end'],
  timeSpentMs: 1_800_000,
  startedAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-06T11:00:00.000Z',
  completedAt: '2026-01-06T11:00:00.000Z',
  score: 0.68,
  passed: false,
};

const ROWS_AT_VERSION: Record<number, Record<string, object[]>> = {
  1: {
    outbox: [OUTBOX_ROW],
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
      },
      COMPLETED_BEFORE_7,
    ],
    settings: [{ key: 'language', value: 'nl' }],
  },
  2: {
    outbox: [OUTBOX_ROW],
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
      },
    ],
    settings: [{ key: 'language', value: 'nl' }],
    notes: [{ learnerId: 'l1', moduleId: 'ai-basics', blockId: 'my-practice', text: 'Vraag de dienst IT.', updatedAt: '2026-02-01T08:00:00.000Z' }],
  },
  3: {
    outbox: [OUTBOX_ROW],
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
      },
    ],
    settings: [{ key: 'language', value: 'nl' }],
    notes: [{ learnerId: 'l1', moduleId: 'ai-basics', blockId: 'my-practice', text: 'Vraag de dienst IT.', updatedAt: '2026-02-01T08:00:00.000Z' }],
    cohorts: [{ id: 'c1', name: 'Opleiding AI — UZ Brussel', createdAt: '2026-03-01T08:00:00.000Z' }],
    cohortLearners: [
      {
        cohortId: 'c1',
        account: 'acct-0001',
        learner: { account: { homePage: 'https://carelit.app', name: 'acct-0001' } },
        exportedAt: '2026-03-02T08:00:00.000Z',
        importedAt: '2026-03-03T08:00:00.000Z',
        summary: {
          account: 'acct-0001',
          statementCount: 2,
          modules: {},
          items: { 'ai-basics/sort': { moduleId: 'ai-basics', blockId: 'sort', correct: false, scaled: 0.5, wrongChoices: ['health-data→other', 'tool'], tries: 1 } },
        },
      },
    ],
  },
  4: {
    outbox: [OUTBOX_ROW],
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
      },
    ],
    settings: [{ key: 'language', value: 'nl' }],
    blockStates: [
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'my-practice', state: { text: 'Vraag de dienst IT.' }, updatedAt: '2026-02-01T08:00:00.000Z' },
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'q1', state: { selected: ['a'] }, updatedAt: '2026-02-01T08:00:00.000Z' },
    ],
    cohorts: [{ id: 'c1', name: 'Opleiding AI — UZ Brussel', createdAt: '2026-03-01T08:00:00.000Z' }],
    cohortLearners: [
      {
        cohortId: 'c1',
        account: 'acct-0001',
        learner: { account: { homePage: 'https://carelit.app', name: 'acct-0001' } },
        exportedAt: '2026-03-02T08:00:00.000Z',
        importedAt: '2026-03-03T08:00:00.000Z',
        summary: { account: 'acct-0001', statementCount: 0, modules: {}, items: {} },
      },
    ],
  },
  5: {
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
      },
    ],
    settings: [
      { key: 'language', value: 'nl' },
      { key: 'lrs-connection', value: { endpoint: 'https://lrs.ziekenhuis.example/xAPI/', key: 'carelit' } },
      {
        key: 'lrs-sync',
        value: { lastRunAt: '2026-04-01T09:00:00.000Z', lastError: { code: 'timeout', params: { seconds: 20, attempts: 5 } }, lastSentAt: '2026-03-31T17:00:00.000Z' },
      },
    ],
    blockStates: [
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'my-practice', state: { text: 'Vraag de dienst IT.' }, updatedAt: '2026-02-01T08:00:00.000Z' },
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'q1', state: { selected: ['a'] }, updatedAt: '2026-02-01T08:00:00.000Z' },
    ],
    cohorts: [{ id: 'c1', name: 'Opleiding AI — UZ Brussel', createdAt: '2026-03-01T08:00:00.000Z' }],
    cohortLearners: [
      {
        cohortId: 'c1',
        account: 'acct-0001',
        learner: { account: { homePage: 'https://carelit.app', name: 'acct-0001' } },
        exportedAt: '2026-03-02T08:00:00.000Z',
        importedAt: '2026-03-03T08:00:00.000Z',
        summary: { account: 'acct-0001', statementCount: 0, modules: {}, items: {} },
      },
    ],
    outbox: [
      { ...OUTBOX_ROW, sync: 'waiting' },
      { ...OUTBOX_ROW, id: 'sent-1', createdAt: '2026-01-05T09:00:00.000Z', sync: 'sent', sentAt: '2026-03-31T17:00:00.000Z' },
      {
        ...OUTBOX_ROW,
        id: 'refused-1',
        sync: 'refused',
        refusedAt: '2026-03-31T17:00:00.000Z',
        refusal: { code: 'conflict', params: { status: 409, message: 'refused-1 is conflicting' } },
      },
    ],
  },
  6: {
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
      },
      COMPLETED_BEFORE_7,
    ],
    settings: [
      { key: 'language', value: 'nl' },
      { key: 'trainer-passphrase', value: { algorithm: 'PBKDF2-SHA-256+HKDF/AES-256-GCM', iterations: 600000, salt: '00112233445566778899aabbccddeeff', check: '0a'.repeat(53) } },
      { key: 'trainer-guesses', value: { failures: 1, lastFailureAt: '2026-12-01T08:00:00.000Z' } },
      { key: 'lrs-connection', value: { endpoint: 'https://lrs.ziekenhuis.example/xAPI/', key: 'carelit' } },
      {
        key: 'lrs-sync',
        value: { lastRunAt: '2026-04-01T09:00:00.000Z', lastError: { code: 'timeout', params: { seconds: 20, attempts: 5 } }, lastSentAt: '2026-03-31T17:00:00.000Z' },
      },
    ],
    blockStates: [
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'my-practice', state: { text: 'Vraag de dienst IT.' }, updatedAt: '2026-02-01T08:00:00.000Z' },
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'q1', state: { selected: ['a'] }, updatedAt: '2026-02-01T08:00:00.000Z' },
    ],
    // Sealed: the bytes are opaque here (tests/unit/db/cohorts.test.ts opens real ones).
    trainerCohorts: [{ id: 'c1', createdAt: '2026-03-01T08:00:00.000Z', rev: 2, sealed: new Uint8Array(40) }],
    trainerLearners: [{ cohortId: 'c1', ref: '0f'.repeat(16), sealed: new Uint8Array(60) }],
    trainerLearnerIds: [{ cohortId: 'c1', ref: '0f'.repeat(16), sealed: new Uint8Array(50) }],
    trainerStatements: [{ cohortId: 'c1', ref: '0f'.repeat(16), id: 's1', sealed: new Uint8Array(90) }],
    trainerHeld: [{ cohortId: 'c1', id: 'h1', about: new Uint8Array(30), sealed: new Uint8Array(90) }],
    outbox: [
      { ...OUTBOX_ROW, sync: 'waiting' },
      { ...OUTBOX_ROW, id: 'sent-1', createdAt: '2026-01-05T09:00:00.000Z', sync: 'sent', sentAt: '2026-03-31T17:00:00.000Z' },
      {
        ...OUTBOX_ROW,
        id: 'refused-1',
        sync: 'refused',
        refusedAt: '2026-03-31T17:00:00.000Z',
        refusal: { code: 'conflict', params: { status: 409, message: 'refused-1 is conflicting' } },
      },
    ],
  },
  7: {
    learners: [{ id: 'l1', displayName: 'Jan Peeters', profession: 'physiotherapist', accountName: 'a1', createdAt: '2026-01-05T10:00:00.000Z' }],
    progress: [
      {
        learnerId: 'l1',
        moduleId: 'ai-basics',
        moduleVersion: 1,
        status: 'in-progress',
        registration: 'b1e3c6a0-0000-4000-8000-000000000001',
        currentBlockId: 'q1',
        doneBlockIds: ['intro'],
        timeSpentMs: 60000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:01:00.000Z',
        attempts: [],
      },
      // A retake under way: the completion below the passing score kept, a new registration.
      {
        learnerId: 'l1',
        moduleId: 'prompting',
        moduleVersion: 1,
        status: 'in-progress',
        registration: 'b1e3c6a0-0000-4000-8000-000000000003',
        currentBlockId: 'intro',
        doneBlockIds: [],
        timeSpentMs: 0,
        startedAt: '2026-01-07T09:00:00.000Z',
        updatedAt: '2026-01-07T09:00:00.000Z',
        attempts: [
          {
            registration: 'b1e3c6a0-0000-4000-8000-000000000002',
            moduleVersion: 1,
            startedAt: '2026-01-05T10:00:00.000Z',
            completedAt: '2026-01-06T11:00:00.000Z',
            score: 0.68,
            passed: false,
            timeSpentMs: 1_800_000,
          },
        ],
      },
    ],
    attempts: [
      {
        id: 'at1',
        learnerId: 'l1',
        moduleId: 'prompting',
        moduleVersion: 1,
        blockId: 'lab-1',
        answer: { prompt: 'x', lang: 'nl' },
        score: { raw: 0.5, max: 1, scaled: 0.5, correct: false },
        durationMs: 60000,
        answeredAt: '2026-01-06T10:00:00.000Z',
        statementId: 's1',
        registration: 'b1e3c6a0-0000-4000-8000-000000000002',
      },
    ],
    settings: [
      { key: 'language', value: 'nl' },
      { key: 'trainer-passphrase', value: { algorithm: 'PBKDF2-SHA-256+HKDF/AES-256-GCM', iterations: 600000, salt: '00112233445566778899aabbccddeeff', check: '0a'.repeat(53) } },
      { key: 'trainer-guesses', value: { failures: 1, lastFailureAt: '2026-12-01T08:00:00.000Z' } },
      { key: 'lrs-connection', value: { endpoint: 'https://lrs.ziekenhuis.example/xAPI/', key: 'carelit' } },
      {
        key: 'lrs-sync',
        value: { lastRunAt: '2026-04-01T09:00:00.000Z', lastError: { code: 'timeout', params: { seconds: 20, attempts: 5 } }, lastSentAt: '2026-03-31T17:00:00.000Z' },
      },
    ],
    blockStates: [
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'my-practice', state: { text: 'Vraag de dienst IT.' }, updatedAt: '2026-02-01T08:00:00.000Z' },
      { learnerId: 'l1', moduleId: 'ai-basics', blockId: 'q1', state: { selected: ['a'] }, updatedAt: '2026-02-01T08:00:00.000Z' },
    ],
    trainerCohorts: [{ id: 'c1', createdAt: '2026-03-01T08:00:00.000Z', rev: 2, sealed: new Uint8Array(40) }],
    trainerLearners: [{ cohortId: 'c1', ref: '0f'.repeat(16), sealed: new Uint8Array(60) }],
    trainerLearnerIds: [{ cohortId: 'c1', ref: '0f'.repeat(16), sealed: new Uint8Array(50) }],
    trainerStatements: [{ cohortId: 'c1', ref: '0f'.repeat(16), id: 's1', sealed: new Uint8Array(90) }],
    trainerHeld: [{ cohortId: 'c1', id: 'h1', about: new Uint8Array(30), sealed: new Uint8Array(90) }],
    outbox: [
      { ...OUTBOX_ROW, sync: 'waiting' },
      { ...OUTBOX_ROW, id: 'sent-1', createdAt: '2026-01-05T09:00:00.000Z', sync: 'sent', sentAt: '2026-03-31T17:00:00.000Z' },
      {
        ...OUTBOX_ROW,
        id: 'refused-1',
        sync: 'refused',
        refusedAt: '2026-03-31T17:00:00.000Z',
        refusal: { code: 'conflict', params: { status: 409, message: 'refused-1 is conflicting' } },
      },
    ],
  },
};

const uniqueName = () => `db-${Math.random()}`;

describe('local database', () => {
  it('has sample rows for every schema version, so each upgrade is tested', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version).filter((v) => !ROWS_AT_VERSION[v])).toEqual([]);
  });

  it('opens a fresh database at the current version with every table', async () => {
    const name = uniqueName();
    const opened = await openDatabase(new CareLitDatabase(name));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.db.verno).toBe(CURRENT_VERSION);
    expect(opened.db.tables.map((t) => t.name).sort()).toEqual([
      'attempts',
      'blockStates',
      'cards',
      'cohortLearners',
      'cohortStatements',
      'cohorts',
      'learners',
      'outbox',
      'progress',
      'settings',
      'trainerCohorts',
      'trainerHeld',
      'trainerLearnerIds',
      'trainerLearners',
      'trainerStatements',
    ]);
    expect(Object.keys(currentStores()).sort()).toEqual(opened.db.tables.map((t) => t.name).sort());
    opened.db.close();
    await eraseDatabase(name);
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('reads what version %i stored, after upgrading to the current version', async (version) => {
    const name = uniqueName();
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
    await old.open();
    for (const [table, rows] of Object.entries(ROWS_AT_VERSION[version]!)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new CareLitDatabase(name);
    await db.open();
    expect(await db.learners.get('l1')).toMatchObject({ displayName: 'Jan Peeters' });
    expect(await db.progress.get(['l1', 'ai-basics'])).toMatchObject({ currentBlockId: 'q1', attempts: [] });
    // A completion kept on the row before version 7 is the first of the module's attempts since, passed or not as it was.
    const completed = await db.progress.get(['l1', 'prompting']);
    if (version < 7 && completed) {
      expect(completed).toEqual({
        learnerId: 'l1',
        moduleId: 'prompting',
        moduleVersion: 1,
        status: 'completed',
        currentBlockId: 'end',
        doneBlockIds: ['intro', 'end'],
        timeSpentMs: 1_800_000,
        startedAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-06T11:00:00.000Z',
        attempts: [{ moduleVersion: 1, startedAt: '2026-01-05T10:00:00.000Z', completedAt: '2026-01-06T11:00:00.000Z', score: 0.68, passed: false, timeSpentMs: 1_800_000 }],
      });
    }
    if (version === 7) {
      expect(completed).toMatchObject({ status: 'in-progress', registration: 'b1e3c6a0-0000-4000-8000-000000000003', attempts: [{ score: 0.68, passed: false }] });
      expect(await db.attempts.get('at1')).toMatchObject({ registration: 'b1e3c6a0-0000-4000-8000-000000000002' });
    }
    if (version === 1 || version === 6) expect(completed).toBeDefined();
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'nl' });
    // A reflection's note, kept in its own table until version 4, is the block's state since.
    if (version >= 2) expect(await db.blockStates.get(['l1', 'ai-basics', 'my-practice'])).toMatchObject({ state: { text: 'Vraag de dienst IT.' } });
    if (version >= 3 && version < 6) expect(await db.cohortLearners.where('cohortId').equals('c1').count()).toBe(1);
    if (version === 3) {
      // Mistakes written as text ("item→group") before version 4 are the ids they name since.
      const item = (await db.cohortLearners.get(['c1', 'acct-0001']))!.summary.items['ai-basics/sort'];
      expect(item).toMatchObject({ mistakes: [['health-data', 'other'], ['tool']], type: '' });
      expect(item).not.toHaveProperty('wrongChoices');
    }
    if (version >= 4) expect(await db.blockStates.get(['l1', 'ai-basics', 'q1'])).toMatchObject({ state: { selected: ['a'] } });
    // Statements stored before the LRS sync existed wait to be sent; none is lost, none is doubled.
    expect(await db.outbox.get(OUTBOX_ROW.id)).toMatchObject({ ...OUTBOX_ROW, sync: 'waiting' });
    expect((await rowsIn(db, 'waiting').toArray()).map((row) => row.id)).toEqual([OUTBOX_ROW.id]);
    if (version >= 5) {
      expect(await rowsIn(db, 'sent').count()).toBe(1);
      expect(await db.outbox.get('refused-1')).toMatchObject({ sync: 'refused', refusal: { code: 'conflict' } });
      expect(await db.settings.get('lrs-connection')).toEqual({ key: 'lrs-connection', value: { endpoint: 'https://lrs.ziekenhuis.example/xAPI/', key: 'carelit' } });
    }
    // Cohorts saved in clear stay as they were until the trainer's first unlock seals them (tests/unit/db/trainer.test.ts).
    if (version >= 3 && version < 6) expect(await db.cohorts.get('c1')).toMatchObject({ name: 'Opleiding AI — UZ Brussel' });
    if (version >= 6) {
      expect(await db.trainerCohorts.get('c1')).toMatchObject({ rev: 2 });
      expect(await db.trainerLearners.where('cohortId').equals('c1').count()).toBe(1);
      expect(
        await db.trainerStatements
          .where('[cohortId+ref+id]')
          .between(['c1', '0f'.repeat(16), Dexie.minKey], ['c1', '0f'.repeat(16), Dexie.maxKey])
          .count(),
      ).toBe(1);
      expect(await db.trainerHeld.where('cohortId').equals('c1').count()).toBe(1);
      expect(await db.settings.get('trainer-guesses')).toMatchObject({ value: { failures: 1 } });
    }
    db.close();
    await eraseDatabase(name);
  });

  it('reports a database written by a newer CareLit instead of crashing', async () => {
    const name = uniqueName();
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 1).stores({ ...currentStores(), futureTable: 'id' });
    await newer.open();
    newer.close();
    const opened = await openDatabase(new CareLitDatabase(name));
    expect(opened).toMatchObject({ ok: false, problem: 'newer-version' });
    await eraseDatabase(name);
  });

  it('really erases: a reopened database is empty', async () => {
    const name = uniqueName();
    const db = new CareLitDatabase(name);
    await db.learners.add({ id: 'x', displayName: 'X', profession: 'other', accountName: 'y', createdAt: '' });
    db.close();
    await eraseDatabase(name);
    const again = new CareLitDatabase(name);
    expect(await again.learners.count()).toBe(0);
    again.close();
  });

  it('tells storage that is not available from damage', () => {
    expect(classifyOpenError(Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' }))).toBe('unavailable');
    expect(classifyOpenError(Object.assign(new Error('quota'), { name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }))).toBe('unavailable');
    expect(classifyOpenError(Object.assign(new Error('bad'), { name: 'UnknownError' }))).toBe('corrupted');
  });
});
