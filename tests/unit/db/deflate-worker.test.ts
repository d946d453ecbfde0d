import 'fake-indexeddb/auto';
import { createTrainerKey } from '../../../core/cohort/passphrase';
import { serialiseProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { summariseLearner } from '../../../core/cohort/summary';
import type { ImportSource } from '../../../renderer/src/cohort/import-files';
import type { DeflateAnswer, DeflateRequest } from '../../../renderer/src/db/deflate';
import { accountOf, nadiaStatements, progressFile, walkStatements } from '../../fixtures/cohort';

/**
 * The import with its deflate worker, as the browser runs it (Jest starts no module workers,
 * so the other tests compress on the main thread): a stand-in worker that answers with the
 * worker's own code (`answerDeflate`), a moment later, each message cloned and what it lists
 * handed over (the sender's copy is then empty, as in a browser). It can also refuse a request,
 * or break with requests in hand.
 */
type Mode = 'answer' | 'refuse' | 'break';
const mockWorker = { mode: 'answer' as Mode, requests: 0, started: 0, terminated: false };

jest.mock('../../../renderer/src/db/deflate-worker', () => {
  const { answerDeflate } = jest.requireActual<typeof import('../../../renderer/src/db/deflate')>('../../../renderer/src/db/deflate');
  return {
    startDeflateWorker: () => {
      mockWorker.started += 1;
      const worker = {
        onmessage: null as ((event: { data: DeflateAnswer }) => void) | null,
        onerror: null as (() => void) | null,
        postMessage(message: DeflateRequest, transfer: Transferable[]) {
          const request = structuredClone(message, { transfer });
          mockWorker.requests += 1;
          setTimeout(() => {
            if (mockWorker.mode === 'break') return worker.onerror?.();
            const answer: DeflateAnswer = mockWorker.mode === 'refuse' ? { id: request.id, ok: false, bytes: request.bytes } : answerDeflate(request);
            worker.onmessage?.({ data: structuredClone(answer, { transfer: [answer.bytes.buffer] }) });
          }, 0);
        },
        terminate() {
          mockWorker.terminated = true;
        },
      };
      return worker;
    },
  };
});

// Required after the mock, and afresh for each test: the vault keeps the worker it started.
type Modules = {
  files: typeof import('../../../renderer/src/cohort/import-files');
  cohorts: typeof import('../../../renderer/src/db/cohorts');
  database: typeof import('../../../renderer/src/db/database');
  vault: typeof import('../../../renderer/src/db/vault');
};
function freshModules(): Modules {
  let modules!: Modules;
  jest.isolateModules(() => {
    // Their own code (requireActual), with the stand-in worker beneath.
    modules = {
      files: jest.requireActual('../../../renderer/src/cohort/import-files'),
      cohorts: jest.requireActual('../../../renderer/src/db/cohorts'),
      database: jest.requireActual('../../../renderer/src/db/database'),
      vault: jest.requireActual('../../../renderer/src/db/vault'),
    };
  });
  return modules;
}

/** A file as the import panel gives it: its own bytes each time they are asked for (after a byte-order mark, the third file's). */
const source = (name: string, file: ProgressFile, mark: boolean): ImportSource & { given: Uint8Array[] } => {
  const given: Uint8Array[] = [];
  const text = new TextEncoder().encode(serialiseProgressFile(file));
  const bytes = () => (mark ? new Uint8Array([0xef, 0xbb, 0xbf, ...text]) : text.slice());
  return {
    name,
    size: bytes().length,
    given,
    bytes: async () => {
      given.push(bytes());
      return given.at(-1)!;
    },
  };
};

/** Imports the files into a new cohort; what it holds of each learner: her statements as kept (opened), and her summary. */
async function importAndOpen(files: ProgressFile[]) {
  const { files: importing, cohorts, database, vault: vaults } = freshModules();
  const db = new database.CareLitDatabase(`deflate-worker-${Math.random()}`);
  const vault = { db, keys: (await createTrainerKey('la salle de garde du 5e', 1000)).keys };
  const cohort = await cohorts.createCohort(vault, 'A');
  const sources = files.map((file, i) => source(`${i}.json`, file, i === 2));
  const outcomes = await importing.importFiles(vault, cohort.id, sources);
  const rows = await db.trainerStatements.toArray();
  const kept = await Promise.all(rows.map((row) => vaults.openCompressed<unknown>(vault, vaults.place.statements(cohort.id, row.ref, row.id), row.sealed)));
  const summaries = await cohorts.cohortSummaries(vault, cohort.id);
  await db.delete();
  return { outcomes, kept, summaries, sources };
}

const learners = async (count = 2) => [
  await progressFile(accountOf(1), nadiaStatements(), { displayName: 'Nadia', profession: 'nurse' }),
  ...(await Promise.all(
    Array.from({ length: count - 1 }, (_, i) =>
      progressFile(accountOf(i + 2), walkStatements({ account: accountOf(i + 2), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' }] })),
    ),
  )),
];
const summaryOf = (file: ProgressFile) =>
  summariseLearner(
    {
      account: file.learner.account.name,
      ...(file.learner.displayName ? { displayName: file.learner.displayName } : {}),
      ...(file.learner.profession ? { profession: file.learner.profession } : {}),
    },
    file.statements,
  );

beforeEach(() => {
  Object.assign(mockWorker, { mode: 'answer', requests: 0, started: 0, terminated: false });
});

describe('the import with a deflate worker', () => {
  it('keeps each file as compressed in the worker, handed over rather than copied: it opens as the file, her summary as the main thread makes it', async () => {
    const files = await learners(3);
    const { outcomes, kept, summaries, sources } = await importAndOpen(files);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(mockWorker).toMatchObject({ started: 1, requests: 3 });
    // A file's bytes went to the worker: the import's own are left empty. After a byte-order
    // mark, the text is a part of its buffer: copied, the buffer left as it was.
    expect(sources.map((s) => s.given.map((bytes) => bytes.length))).toEqual([[0], [0], [sources[2]!.size]]);
    expect(kept).toEqual(expect.arrayContaining(files));
    expect(kept).toHaveLength(3);
    expect(summaries).toEqual(expect.arrayContaining(files.map(summaryOf)));
  });

  it('compresses on the main thread what the worker sends back unanswered, with the same result', async () => {
    mockWorker.mode = 'refuse';
    const files = await learners();
    const { outcomes, kept, summaries } = await importAndOpen(files);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(mockWorker.requests).toBe(2);
    expect(kept).toEqual(expect.arrayContaining(files));
    expect(summaries).toEqual(expect.arrayContaining(files.map(summaryOf)));
  });

  it('still saves every statement when the worker breaks with the files in hand, and compresses on the main thread from then on', async () => {
    mockWorker.mode = 'break';
    const files = await learners(5);
    const { outcomes, kept, summaries } = await importAndOpen(files);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    expect(mockWorker.terminated).toBe(true);
    // The files it was given went with it: their statements are kept as a list, the same
    // statements; the files read after it broke are kept whole, compressed on the main thread.
    const lists = kept.filter((value) => Array.isArray(value));
    expect(lists).toHaveLength(mockWorker.requests);
    expect(mockWorker.requests).toBeGreaterThan(0);
    expect(mockWorker.requests).toBeLessThan(files.length);
    expect(kept).toHaveLength(files.length);
    for (const file of files)
      expect([file, file.statements]).toContainEqual(
        kept.find((value) => (Array.isArray(value) ? value[0]?.id === file.statements[0]!.id : (value as ProgressFile).digest.value === file.digest.value)),
      );
    expect(summaries).toEqual(expect.arrayContaining(files.map(summaryOf)));
  });
});
