import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { readProgressFile } from '../../../core/cohort/read-progress-file';
import { progressFilesOf, pullStatements, sortStatement } from '../../../core/lrs/pull';
import { pushStatements } from '../../../core/lrs/push';
import { fakeClient, fakeLrs } from './fake-lrs';
import { learnerStatements } from './statements';

const EXPORTED_AT = new Date('2026-11-21T08:00:00.000Z');

/** A statement another system wrote to the same LRS. */
const foreignStatement = {
  id: 'f0000000-0000-4000-8000-000000000001',
  actor: { objectType: 'Agent', mbox: 'mailto:someone@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: 'https://lms.example.org/course/1' },
  timestamp: '2026-10-01T10:00:00.000Z',
  stored: '2026-10-01T10:00:01.000Z',
};

describe('pulling statements from an LRS', () => {
  it('follows `more` to the end and keeps CareLit’s statements as CareLit made them', async () => {
    const lrs = fakeLrs();
    lrs.pageSize = 7;
    const statements = [...learnerStatements(1, 12), ...learnerStatements(2, 9)];
    await pushStatements(fakeClient(lrs), statements);
    lrs.extra.push(foreignStatement, { ...foreignStatement, actor: { objectType: 'Agent', account: { homePage: 'https://carelit.app', name: 'x' } } });

    const result = await pullStatements(fakeClient(lrs), { since: '2026-01-01T00:00:00Z' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.pulled.pages).toBe(4);
    expect(result.pulled.foreign).toBe(2);
    expect(result.pulled.unreadable).toEqual([]);
    // What the LRS added (stored, authority, version) is gone: each statement is byte for byte what was sent.
    expect(result.pulled.statements.map((s) => JSON.stringify(s)).sort()).toEqual(statements.map((s) => JSON.stringify(s)).sort());
    expect(result.pulled.latestStored).toBe('2026-10-01T10:00:20.000Z');
    const first = lrs.requests.find((r) => r.method === 'GET')!;
    expect(first.url).toBe('https://lrs.example.org/data/xAPI/statements?since=2026-01-01T00%3A00%3A00Z&ascending=true');
  });

  it('sets aside a CareLit statement the import would refuse, with the reason', () => {
    const [statement] = learnerStatements(1, 1);
    const odd = { ...statement, result: { ...statement!.result, score: { scaled: 7, raw: 1, min: 0, max: 1 } }, stored: '2026-10-01T10:00:00.000Z' };
    expect(sortStatement(odd)).toEqual({ kind: 'unreadable', id: statement!.id, detail: 'result.score.scaled: expected a number from 0 to 1' });
    expect(sortStatement({ ...statement, attachments: [] })).toEqual({ kind: 'carelit', statement });
    expect(sortStatement('nonsense')).toEqual({ kind: 'foreign' });
  });

  it('refuses to follow a `more` link to another address', async () => {
    const lrs = fakeLrs();
    lrs.script.push({ status: 200, body: JSON.stringify({ statements: [], more: 'https://elsewhere.example/xAPI/statements?cursor=1' }) });
    expect(await pullStatements(fakeClient(lrs))).toEqual({ ok: false, error: { code: 'bad-answer', params: { status: 200 } } });
    expect(lrs.requests).toHaveLength(1);
  });

  it('says so when the credentials are refused', async () => {
    expect(await pullStatements(fakeClient(fakeLrs(), { secret: 'wrong' }))).toEqual({ ok: false, error: { code: 'credentials', params: { status: 401 } } });
  });
});

describe('progress files from pulled statements', () => {
  it('makes one file per learner, in time order, that the trainer’s import reads', async () => {
    const one = learnerStatements(1, 5);
    const two = learnerStatements(2, 3);
    const files = await progressFilesOf([...two.reverse(), ...one], { appVersion: '0.1.0', exportedAt: EXPORTED_AT });
    expect(files.map((f) => [f.account, f.part, f.file.statements.length])).toEqual([
      [one[0]!.actor.account.name, 1, 5],
      [two[0]!.actor.account.name, 1, 3],
    ]);
    expect(files[1]!.file.statements.map((s) => s.timestamp)).toEqual([...two.map((s) => s.timestamp)].sort());
    for (const { file } of files) {
      expect(file.learner).toEqual({ account: { homePage: 'https://carelit.app', name: file.statements[0]!.actor.account.name } });
      expect(await readProgressFile(serialiseProgressFile(file))).toMatchObject({ ok: true });
    }
  });

  it('splits a very active learner’s statements over several files', async () => {
    const files = await progressFilesOf(learnerStatements(1, 12), { appVersion: '0.1.0', exportedAt: EXPORTED_AT, perFile: 5 });
    expect(files.map((f) => [f.part, f.file.statements.length])).toEqual([
      [1, 5],
      [2, 5],
      [3, 2],
    ]);
  });
});
