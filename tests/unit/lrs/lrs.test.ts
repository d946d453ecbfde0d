import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueModules, cohortReportCommand } from '../../../cli/cohort';
import { lrsCommand, nodeContext, type LrsContext } from '../../../cli/lrs';
import { mergeProgressFiles, summariseMerged } from '../../../core/cohort/merge';
import { serialiseProgressFile, type ProgressFile } from '../../../core/cohort/progress-file';
import { cohortReport, reportModule, type CohortReport } from '../../../core/cohort/report';
import { simulateCohort } from '../../../core/cohort/simulate';
import { createLrsClient } from '../../../core/lrs/client';
import { parseEndpoint } from '../../../core/lrs/endpoint';
import { pullStatements } from '../../../core/lrs/pull';
import { syncOutbox } from '../../../core/lrs/sync';
import { basicAuthorization } from '../../../core/lrs/transport';
import type { Statement } from '../../../core/xapi/statements';
import enLrs from '../../../locales/en/lrs.json';
import { memoryOutbox } from './memory-outbox';
import { altered } from './statements';
import { startTestLrs, type TestLrs } from './test-lrs';

/**
 * Against a real LRS (Learning Locker's statements service, tools/test-lrs) on 127.0.0.1,
 * started once for this file: what it answers, and the push, pull and test commands end to end.
 */
jest.setTimeout(60_000);

const catalogue = catalogueModules();
if (!catalogue.ok) throw new Error(catalogue.message);
const modules = catalogue.modules;

let lrs: TestLrs;
let dir: string;
let cohortDir: string;
let files: ProgressFile[];

beforeAll(async () => {
  lrs = await startTestLrs();
  dir = mkdtempSync(join(tmpdir(), 'carelit-lrs-'));
  cohortDir = join(dir, 'cohort');
  mkdirSync(cohortDir);
  files = await simulateCohort({ learners: 10, seed: 7, appVersion: '0.1.0' }, modules);
  files.forEach((file, i) => writeFileSync(join(cohortDir, `learner-${String(i + 1).padStart(2, '0')}.json`), serialiseProgressFile(file)));
}, 60_000);

afterAll(async () => {
  await lrs?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 15_000);

const credentials = () => ['--endpoint', lrs.endpoint, '--key', lrs.key, '--secret', lrs.secret];
const context = (): LrsContext => ({ ...nodeContext(), env: {}, timeoutMs: 10_000 });

/** A learner with statements enough to play with (some simulated learners never start). */
const busy = () => files.find((f) => f.statements.length >= 10)!;

/** Straight to the LRS, as a curious organisation would. */
async function raw(method: string, path: string, body?: unknown, secret = lrs.secret) {
  const response = await fetch(`${lrs.endpoint}${path}`, {
    method,
    headers: { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', Authorization: basicAuthorization(lrs.key, secret) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

function directClient() {
  const endpoint = parseEndpoint(lrs.endpoint);
  if (!endpoint.ok) throw new Error('bad endpoint');
  const { fetch, sleep } = nodeContext();
  return createLrsClient({ endpoint: endpoint.endpoint, credentials: { key: lrs.key, secret: lrs.secret }, fetch, sleep });
}

/** Every CareLit statement the LRS holds for these accounts, read back through `more` pages. */
async function heldFor(accounts: Iterable<string>): Promise<Statement[]> {
  const wanted = new Set(accounts);
  const pulled = await pullStatements(directClient(), { limit: 100 });
  if (!pulled.ok) throw new Error(pulled.error.code);
  return pulled.pulled.statements.filter((s) => wanted.has(s.actor.account.name));
}

/**
 * The command as users run it, in a process of its own. Not spawnSync: this process answers
 * the LRS's questions about credentials (the stub), and must not be blocked meanwhile.
 */
function carelit(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'cli/carelit.ts', ...args], { encoding: 'utf8', env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** A port where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** A learner as the LRS knows her: her account, no name, no profession. */
const pseudonymous = (file: ProgressFile): ProgressFile => ({ ...file, learner: { account: file.learner.account } });
const reportOf = (of: readonly ProgressFile[]): CohortReport => cohortReport(mergeProgressFiles(of).map(summariseMerged), modules.map(reportModule));

describe('the test LRS (Learning Locker’s statements service) answers as the client expects', () => {
  it('stores an id once: the same statements again get 200 and their ids, like new ones', async () => {
    const statements = busy().statements.slice(0, 3);
    const first = await raw('POST', 'statements', statements);
    const again = await raw('POST', 'statements', statements);
    expect(first).toEqual({ status: 200, body: statements.map((s) => s.id) });
    expect(again).toEqual(first);
    expect((await raw('HEAD', `statements?statementId=${statements[0]!.id}`)).status).toBe(200);
    expect((await raw('HEAD', 'statements?statementId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses a whole batch with 409 when one id is held with other content, storing none of it', async () => {
    const [known, fresh] = [busy().statements[0]!, busy().statements[5]!];
    const answer = await raw('POST', 'statements', [fresh, altered(known)]);
    expect(answer).toEqual({ status: 409, body: { errorId: expect.any(String), message: `${known.id} is conflicting` } });
    expect((await raw('HEAD', `statements?statementId=${fresh.id}`)).status).toBe(404);
  });

  it('refuses an invalid statement with 400 and its warnings, and a wrong secret with 401', async () => {
    const bad = { ...busy().statements[6]!, verb: { id: 'answered', display: { 'en-US': 'answered' } } };
    expect(await raw('POST', 'statements', [bad])).toEqual({
      status: 400,
      body: { errorId: expect.any(String), warnings: [`Problem in 'statements.0.verb.id'. Received '"answered"'`] },
    });
    expect(await raw('GET', 'statements', undefined, 'wrong')).toEqual({ status: 401, body: { errorId: expect.any(String), message: 'Unauthorised' } });
  });

  it('pages with `more` relative to its origin, and adds stored, authority and version to what it returns', async () => {
    const page = (await raw('GET', 'statements?limit=2')).body as { statements: Record<string, unknown>[]; more: string };
    expect(page.statements).toHaveLength(2);
    expect(page.more).toMatch(/^\/xAPI\/statements\?limit=2&cursor=/);
    expect(Object.keys(page.statements[0]!)).toEqual(expect.arrayContaining(['stored', 'authority', 'version']));
  });
});

describe('carelit lrs push and pull, against a real LRS', () => {
  it('leaves exactly the files’ statements in the LRS, however often they are pushed', async () => {
    const all = files.flatMap((f) => f.statements);
    const accounts = files.map((f) => f.learner.account.name);
    const already = (await heldFor(accounts)).length; // the first test's three

    const first = await lrsCommand(['push', ...credentials(), cohortDir], context());
    expect(first).toEqual({ code: 0, stdout: [`${all.length} statements from 10 files: ${all.length - already} sent, ${already} already there, 0 refused`], stderr: [] });
    const second = await lrsCommand(['push', ...credentials(), cohortDir], context());
    expect(second).toEqual({ code: 0, stdout: [`${all.length} statements from 10 files: 0 sent, ${all.length} already there, 0 refused`], stderr: [] });

    const held = await heldFor(accounts);
    expect(held).toHaveLength(all.length);
    expect(held.map((s) => s.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(held.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...all].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('pulls them back as progress files that give the files’ cohort report', async () => {
    const out = join(dir, 'pulled');
    const pulled = await lrsCommand(['pull', ...credentials(), '--out', out], context());
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toEqual([]);
    // A learner who never started has no statement: the LRS never heard of her.
    const active = files.filter((f) => f.statements.length);
    const total = active.reduce((n, f) => n + f.statements.length, 0);
    expect(pulled.stdout[0]).toBe(`wrote ${active.length} progress files to ${out}: ${total} statements of ${active.length} learners`);
    expect(pulled.stdout[1]).toMatch(/^latest stored: \d{4}-\d\d-\d\dT[\d:.]+Z \(to pull only what comes after: --since /);
    expect(readdirSync(out).sort()).toEqual(active.map((f) => `${f.learner.account.name}.json`).sort());

    const report = await cohortReportCommand([out]);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout[0]!)).toEqual(reportOf(active.map(pseudonymous)));

    const again = await lrsCommand(['pull', ...credentials(), '--out', out], context());
    expect(again.code).toBe(1);
    expect(again.stderr[0]).toMatch(new RegExp(`^carelit lrs pull: .*\\.json and ${active.length - 1} more already exist: pull into an empty folder, or move them away$`));
  });

  it('pulls only what was stored after --since', async () => {
    const before = await lrsCommand(['pull', ...credentials(), '--out', join(dir, 'before')], context());
    const since = /--since (\S+)\)$/.exec(before.stdout.at(-1)!)![1]!;
    const [later] = await simulateCohort({ learners: 1, seed: 99, appVersion: '0.1.0' }, modules);
    writeFileSync(join(dir, 'later.json'), serialiseProgressFile(later!));
    await new Promise((done) => setTimeout(done, 5)); // a later millisecond for `stored`
    expect((await lrsCommand(['push', ...credentials(), join(dir, 'later.json')], context())).code).toBe(0);

    const out = join(dir, 'since');
    const after = await lrsCommand(['pull', ...credentials(), '--since', since, '--out', out], context());
    expect(after.code).toBe(0);
    expect(readdirSync(out)).toEqual([`${later!.learner.account.name}.json`]);
    expect((JSON.parse(readFileSync(join(out, readdirSync(out)[0]!), 'utf8')) as ProgressFile).statements).toHaveLength(later!.statements.length);
  });

  it('names a refused file and a refused statement with their reasons, sends the rest, and exits 2', async () => {
    const [learner] = await simulateCohort({ learners: 1, seed: 123, appVersion: '0.1.0' }, modules);
    const statements = learner!.statements;
    await raw('POST', 'statements', [altered(statements[2]!)]);
    const file = join(dir, 'clash.json');
    writeFileSync(file, serialiseProgressFile(learner!));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format":"carelit-progress"');

    const result = await lrsCommand(['push', ...credentials(), file, broken], context());
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([`${statements.length} statements from 1 file: ${statements.length - 1} sent, 0 already there, 1 refused`]);
    expect(result.stderr).toEqual([
      `${broken}: The file cannot be read as JSON: it is damaged or cut short, or it is not a progress file. Ask the learner to export her progress again.`,
      `${file}: statement ${statements[2]!.id}: ${enLrs.refusal.conflict.replace('{{status}}', '409').replace('{{message}}', `${statements[2]!.id} is conflicting`)}`,
    ]);
  });

  it('says in words that a wrong secret is refused (401), sends nothing, and never prints the secret', async () => {
    const [learner] = await simulateCohort({ learners: 1, seed: 321, appVersion: '0.1.0' }, modules);
    const file = join(dir, 'refused.json');
    writeFileSync(file, serialiseProgressFile(learner!));
    const secret = 'a-wrong-secret-4711';
    const result = await lrsCommand(['push', '--endpoint', lrs.endpoint, '--key', lrs.key, '--secret', secret, file], context());
    expect(result).toEqual({
      code: 1,
      stdout: [`${learner!.statements.length} statements from 1 file: 0 sent, 0 already there, 0 refused, ${learner!.statements.length} not sent`],
      stderr: ['carelit lrs push: The LRS refused the key and secret (HTTP 401). Check them against the client set up in the LRS.'],
    });
    expect(await heldFor([learner!.learner.account.name])).toEqual([]);

    // The outbox sync, the same: nothing is marked sent.
    const outbox = memoryOutbox(learner!.statements);
    const endpoint = parseEndpoint(lrs.endpoint);
    if (!endpoint.ok) throw new Error('bad endpoint');
    const client = createLrsClient({ endpoint: endpoint.endpoint, credentials: { key: lrs.key, secret }, fetch: nodeContext().fetch, sleep: nodeContext().sleep });
    const status = await syncOutbox(client, outbox, { now: () => new Date() });
    expect(status).toMatchObject({ outcome: 'stopped', sent: 0, waiting: learner!.statements.length, error: { code: 'credentials', params: { status: 401 } } });
    expect([...outbox.rows.values()].some((row) => row.sentAt)).toBe(false);
  });

  it('tests a connection: reachable, xAPI 1.0.3, credentials accepted or not', async () => {
    expect(await lrsCommand(['test', ...credentials()], context())).toEqual({
      code: 0,
      stdout: [`endpoint: ${lrs.endpoint}`, 'reachable: yes', 'xAPI versions: 1.0.3', 'credentials: accepted'],
      stderr: [],
    });
    const nowhere = `http://127.0.0.1:${await closedPort()}/xAPI/`;
    const closed = await lrsCommand(['test', '--endpoint', nowhere, '--key', 'k', '--secret', 's'], { ...context(), retry: { attempts: 2, baseDelayMs: 10 } });
    expect(closed).toEqual({
      code: 1,
      stdout: [`endpoint: ${nowhere}`, 'reachable: no', 'credentials: not checked'],
      stderr: ['carelit lrs test: The LRS could not be reached (ECONNREFUSED; 2 tries). Check its address and the network connection.'],
    });
  });

  it('run as users run it, takes the key and secret from the environment and never prints them', async () => {
    const secret = 'wrong-secret-from-env-9137';
    const env = { ...process.env, CARELIT_LRS_ENDPOINT: lrs.endpoint, CARELIT_LRS_KEY: lrs.key, CARELIT_LRS_SECRET: secret };
    const refused = await carelit(['lrs', 'test'], env);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('credentials: refused');
    expect(refused.stderr).toBe('carelit lrs test: The LRS refused the key and secret (HTTP 401). Check them against the client set up in the LRS.\n');
    expect(`${refused.stdout}${refused.stderr}`).not.toContain(secret);

    const pushed = await carelit(['lrs', 'push', cohortDir], { ...env, CARELIT_LRS_SECRET: lrs.secret });
    expect(pushed.stderr).toBe('');
    expect(pushed.status).toBe(0);
    expect(pushed.stdout).toMatch(/^\d+ statements from 10 files: 0 sent, \d+ already there, 0 refused\n$/);
    expect(`${pushed.stdout}${pushed.stderr}`).not.toContain(lrs.secret);
  });
});
