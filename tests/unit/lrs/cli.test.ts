import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../cli/carelit';
import { lrsCommand, parseLrsArgs, type LrsContext } from '../../../cli/lrs';
import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { accountOf, progressFile } from '../../fixtures/cohort';
import { FAKE_ENDPOINT, fakeLrs, KEY, recordedSleep, SECRET, type FakeLrs } from './fake-lrs';
import { learnerStatements } from './statements';

/** `carelit lrs` with a fake LRS: what it reads from its arguments and environment, and what it never prints. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'carelit-lrs-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const context = (lrs: FakeLrs, env: LrsContext['env'] = {}): LrsContext => ({
  env,
  fetch: lrs.fetch,
  sleep: recordedSleep().sleep,
  now: () => new Date('2026-11-21T08:00:00.000Z'),
});
const credentials = ['--endpoint', FAKE_ENDPOINT, '--key', KEY, '--secret', SECRET];

async function oneFile(name: string, learner = 1, count = 4): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, serialiseProgressFile(await progressFile(accountOf(learner), learnerStatements(learner, count))));
  return path;
}

describe('carelit lrs arguments', () => {
  it('takes the endpoint, key and secret from the environment when the options are absent, the options first', () => {
    const env = { CARELIT_LRS_ENDPOINT: 'https://lrs.example.org/xAPI', CARELIT_LRS_KEY: 'env-key', CARELIT_LRS_SECRET: 'env-secret' };
    expect(parseLrsArgs(['test'], env)).toMatchObject({ command: 'test', endpoint: { base: 'https://lrs.example.org/xAPI/' }, key: 'env-key', secret: 'env-secret' });
    expect(parseLrsArgs(['test', '--key=option-key'], env)).toMatchObject({ key: 'option-key', secret: 'env-secret' });
    expect(parseLrsArgs(['test'], {})).toEqual({ error: 'missing --endpoint URL (or CARELIT_LRS_ENDPOINT)' });
    expect(parseLrsArgs(['pull', ...credentials], {})).toEqual({ error: 'missing --out DIR' });
    expect(parseLrsArgs(['push', ...credentials], {})).toEqual({ error: 'no progress file given' });
  });

  it('never quotes back a value that could be a secret', () => {
    const misplaced = parseLrsArgs(['test', '--endpoint', FAKE_ENDPOINT, '--key', KEY, 'the-secret-itself'], {});
    expect(misplaced).toEqual({ error: 'unexpected argument in position 6' });
    expect(parseLrsArgs(['pull', '--scret=the-secret-itself'], {})).toEqual({ error: 'unknown option "--scret"' });
    const inAddress = parseLrsArgs(['test', '--endpoint', 'https://key:the-secret-itself@lrs.example.org/xAPI/', '--key', 'k', '--secret', 's'], {});
    expect(inAddress).toEqual({ error: 'The endpoint address must not hold a key or secret: give them separately.' });
  });

  it('takes --since as an ISO 8601 date and time only', () => {
    expect(parseLrsArgs(['pull', ...credentials, '--out', 'x', '--since', '2026-09-01T00:00:00+02:00'], {})).toMatchObject({ since: '2026-09-01T00:00:00+02:00' });
    expect(parseLrsArgs(['pull', ...credentials, '--out', 'x', '--since', 'yesterday'], {})).toEqual({
      error: '--since takes an ISO 8601 date and time, such as 2026-09-01T00:00:00Z, not "yesterday"',
    });
  });

  it('is listed in carelit’s usage', () => {
    expect(run(['help']).stdout[0]).toContain('  lrs push --endpoint URL --key K --secret S FILE|DIR...');
  });
});

describe('carelit lrs, with a fake LRS', () => {
  it('pushes, then counts the same statements as already there', async () => {
    const lrs = fakeLrs();
    const file = await oneFile('one.json');
    expect(await lrsCommand(['push', ...credentials, file], context(lrs))).toEqual({
      code: 0,
      stdout: ['4 statements from 1 file: 4 sent, 0 already there, 0 refused'],
      stderr: [],
    });
    expect(await lrsCommand(['push', ...credentials, file, file], context(lrs))).toEqual({
      code: 0,
      stdout: ['4 statements from 2 files: 0 sent, 4 already there, 0 refused'],
      stderr: [],
    });
  });

  it('sends neither of two files whose records belong to two learners, and names both, as cohort report does', async () => {
    const lrs = fakeLrs();
    const hers = learnerStatements(3, 2);
    const genuine = join(dir, 'genuine.json');
    writeFileSync(genuine, serialiseProgressFile(await progressFile(accountOf(3), hers)));
    const copy = join(dir, 'copy.json');
    const copied = hers.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: accountOf(8) } } }));
    writeFileSync(copy, serialiseProgressFile(await progressFile(accountOf(8), copied, { displayName: 'Mallory' })));
    const other = await oneFile('other.json', 4, 1);
    const result = await lrsCommand(['push', ...credentials, genuine, copy, other], context(lrs));
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual(['1 statement from 1 file: 1 sent, 0 already there, 0 refused']);
    expect(result.stderr).toEqual([
      expect.stringMatching(
        new RegExp(`^${copy}: held for a decision: 2 of its records are also in ${genuine}, under another learner \\(Learner a0000003\\); this file names Mallory\\.`),
      ),
    ]);
  });

  it('masks the key and secret should an LRS echo them back', async () => {
    const lrs = fakeLrs();
    const real = lrs.fetch;
    lrs.fetch = async (request) => {
      if (request.method !== 'POST') return real(request);
      const echo = `bad request from ${KEY}, ${SECRET} (${request.headers.Authorization})`;
      return { status: 400, header: () => null, text: async () => JSON.stringify({ message: echo }) };
    };
    const result = await lrsCommand(['push', ...credentials, await oneFile('echo.json', 2, 1)], context(lrs));
    expect(result.code).toBe(2);
    const printed = [...result.stdout, ...result.stderr].join('\n');
    expect(printed).toContain('bad request from ***, *** (Basic ***)');
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain(KEY);
  });

  it('warns that plain http to another machine shows the key and secret to the network', async () => {
    const lrs = fakeLrs();
    const result = await lrsCommand(['test', '--endpoint', 'http://lrs.example.org/data/xAPI/', '--key', KEY, '--secret', SECRET], context(lrs));
    expect(result.stderr[0]).toBe('carelit lrs: warning: http://lrs.example.org is plain http: the key and secret cross the network unencrypted');
  });

  it('says why a pull failed and writes nothing', async () => {
    const out = join(dir, 'never');
    const result = await lrsCommand(['pull', '--endpoint', FAKE_ENDPOINT, '--key', KEY, '--secret', 'wrong-one', '--out', out], context(fakeLrs()));
    expect(result).toEqual({ code: 1, stdout: [], stderr: ['carelit lrs pull: The LRS refused the key and secret (HTTP 401). Check them against the client set up in the LRS.'] });
  });

  it('reads the endpoint, key and secret from the environment', async () => {
    const lrs = fakeLrs();
    const env = { CARELIT_LRS_ENDPOINT: FAKE_ENDPOINT, CARELIT_LRS_KEY: KEY, CARELIT_LRS_SECRET: SECRET };
    expect(await lrsCommand(['test'], context(lrs, env))).toMatchObject({
      code: 0,
      stdout: [`endpoint: ${FAKE_ENDPOINT}`, 'reachable: yes', 'xAPI versions: 1.0.3, 1.0.2', 'credentials: accepted'],
    });
  });
});
