import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeProgressFiles } from '../core/cohort/merge';
import { serialiseProgressFile, type ProgressFile } from '../core/cohort/progress-file';
import { createLrsClient, DEFAULT_TIMEOUT_MS, type LrsClient, type LrsError, type RetryPolicy } from '../core/lrs/client';
import { testConnection } from '../core/lrs/connection';
import { parseEndpoint, type Endpoint } from '../core/lrs/endpoint';
import { progressFilesOf, pullStatements } from '../core/lrs/pull';
import { pushStatements, type StatementRefusal } from '../core/lrs/push';
import { basicAuthorization, fetchTransport, type LrsFetch } from '../core/lrs/transport';
import type { Statement } from '../core/xapi/statements';
import enLrs from '../locales/en/lrs.json';
import pkg from '../package.json';
import { heldMessage, heldPairs, interpolate, printable, refusalMessage, type HeldPair } from './cohort';
import { digestOf, expandPaths, readOne, type DigestedFile, type Refused } from './cohort-files';
import type { CommandOutput } from './content';
import { makeFolder } from './simulate';

export const LRS_USAGE = [
  '  lrs push --endpoint URL --key K --secret S FILE|DIR...',
  "                        send the statements of learners' progress files (of a folder: its *.json files)",
  '                        to an xAPI LRS, each once however often it is pushed; print how many were sent,',
  '                        already there, and refused. A refused file or statement is named on stderr with',
  '                        its reason (FILE: reason); the exit code is then 2',
  '  lrs pull --endpoint URL --key K --secret S [--since ISO] --out DIR',
  "                        write CareLit's statements in the LRS (stored after --since) as one progress file",
  '                        per learner (ACCOUNT.json, never over an existing file), for cohort report',
  '  lrs test --endpoint URL --key K --secret S',
  '                        check that the LRS answers, speaks xAPI 1.0 and accepts the key and secret',
  '  lrs …                 the endpoint, key and secret may come from CARELIT_LRS_ENDPOINT, CARELIT_LRS_KEY',
  '                        and CARELIT_LRS_SECRET instead (other users of a machine can see command lines);',
  '                        the key and secret are never printed',
];

/** What the commands take from the outside world; tests give their own. */
export interface LrsContext {
  env: Readonly<Record<string, string | undefined>>;
  fetch: LrsFetch;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

export function nodeContext(): LrsContext {
  return {
    env: process.env,
    fetch: fetchTransport(fetch, (ms) => AbortSignal.timeout(ms)),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    now: () => new Date(),
  };
}

// ---------------------------------------------------------------------------------------------
// Words

type Params = Record<string, string | number>;

/** The LRS's words and a file's values are shown on one line, escape sequences defused. */
const words = (template: string, params: Params = {}) =>
  interpolate(template, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? printable(v) : v])));

export const errorMessage = (error: LrsError) => words(enLrs.error[error.code], error.params);
export const statementRefusalMessage = (refusal: StatementRefusal) => words(enLrs.refusal[refusal.code], refusal.params);

/**
 * A last guard: whatever a line holds (an LRS may echo a request back in its error), the key,
 * the secret and the header made of them are masked. Our own lines never hold them.
 */
function redact(out: CommandOutput, secrets: readonly string[]): CommandOutput {
  const hidden = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  const mask = (line: string) => hidden.reduce((text, secret) => text.split(secret).join('***'), line);
  return { code: out.code, stdout: out.stdout.map(mask), stderr: out.stderr.map(mask) };
}

// ---------------------------------------------------------------------------------------------
// Arguments

type Command = 'push' | 'pull' | 'test';

interface LrsArgs {
  command: Command;
  endpoint: Endpoint;
  key: string;
  secret: string;
  since?: string;
  out?: string;
  paths: string[];
}

const OPTIONS: Record<Command, readonly string[]> = {
  push: ['--endpoint', '--key', '--secret'],
  pull: ['--endpoint', '--key', '--secret', '--since', '--out'],
  test: ['--endpoint', '--key', '--secret'],
};

/** A UTC or offset ISO 8601 date and time, as xAPI's `since` takes it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads `--name value` and `--name=value`; everything after `--` is a file. A value is never
 * quoted back: a misplaced secret would be.
 */
export function parseLrsArgs(args: readonly string[], env: LrsContext['env']): LrsArgs | { error: string } {
  const [command, ...rest] = args;
  if (command !== 'push' && command !== 'pull' && command !== 'test') return { error: 'expected push, pull or test' };
  const given: Record<string, string> = {};
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (command !== 'push') return { error: `unexpected argument in position ${i + 2}` };
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!OPTIONS[command].includes(name)) return { error: `unknown option "${printable(name)}"` };
    const value = inline ?? rest[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return { error: `${name} takes a value` };
    given[name] = value;
  }
  const endpointText = given['--endpoint'] ?? env.CARELIT_LRS_ENDPOINT;
  const key = given['--key'] ?? env.CARELIT_LRS_KEY;
  const secret = given['--secret'] ?? env.CARELIT_LRS_SECRET;
  if (!endpointText) return { error: 'missing --endpoint URL (or CARELIT_LRS_ENDPOINT)' };
  if (!key) return { error: 'missing --key K (or CARELIT_LRS_KEY)' };
  if (!secret) return { error: 'missing --secret S (or CARELIT_LRS_SECRET)' };
  const parsed = parseEndpoint(endpointText);
  if (!parsed.ok) return { error: enLrs.endpoint[parsed.problem] };
  const since = given['--since'];
  if (since !== undefined && (!ISO_TIME.test(since) || Number.isNaN(Date.parse(since))))
    return { error: `--since takes an ISO 8601 date and time, such as 2026-09-01T00:00:00Z, not "${printable(since)}"` };
  if (command === 'pull' && !given['--out']) return { error: 'missing --out DIR' };
  if (command === 'push' && !paths.length) return { error: 'no progress file given' };
  return { command, endpoint: parsed.endpoint, key, secret, paths, ...(since ? { since } : {}), ...(given['--out'] ? { out: given['--out'] } : {}) };
}

function usageError(message: string): CommandOutput {
  return { code: 1, stdout: [], stderr: [`carelit lrs: ${message}`, 'usage:', ...LRS_USAGE] };
}

const failure = (command: Command, message: string) => `carelit lrs ${command}: ${message}`;

// ---------------------------------------------------------------------------------------------
// push

/**
 * The files as cohort report reads them: each checked as the app's import checks it, files
 * whose records belong to two learners held (neither is sent, both are named), a learner's
 * files united.
 */
async function readPushable(paths: readonly string[]): Promise<{ files: { path: string; file: ProgressFile }[]; refusals: Refused[]; held: HeldPair[] }> {
  const read: { path: string; file: ProgressFile; digested: DigestedFile }[] = [];
  const refusals: Refused[] = [];
  const now = new Date();
  for (const path of paths) {
    const outcome = await readOne(path, now);
    if (!outcome.ok) {
      refusals.push(outcome);
      continue;
    }
    read.push({ path, file: outcome.file, digested: digestOf(path, outcome.file) });
  }
  const { held, accounts } = heldPairs(read.map((r) => r.digested));
  return { files: read.filter((r) => !accounts.has(r.digested.account)), refusals, held };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function push(args: LrsArgs, client: LrsClient): Promise<CommandOutput> {
  const paths = await expandPaths(args.paths);
  if (!paths.length) return usageError(`no *.json file in ${args.paths.map(printable).join(', ')}`);
  const { files, refusals, held } = await readPushable(paths);
  const stderr = [...refusals.map((r) => `${printable(r.path)}: ${refusalMessage(r.refusal)}`), ...held.map((pair) => heldMessage(pair))];
  const statements: Statement[] = mergeProgressFiles(files.map((f) => f.file)).flatMap((learner) => learner.statements);
  const fileOf = new Map<string, string>();
  for (const { path, file } of files) for (const s of file.statements) if (!fileOf.has(s.id)) fileOf.set(s.id, path);

  const result = await pushStatements(client, statements);
  for (const { id, refusal } of result.refused) stderr.push(`${printable(fileOf.get(id) ?? '')}: statement ${id}: ${statementRefusalMessage(refusal)}`);
  const counts = [`${result.sent.length} sent`, `${result.alreadyThere.length} already there`, `${result.refused.length} refused`];
  if (result.unsent.length) counts.push(`${result.unsent.length} not sent`);
  const stdout = [`${plural(statements.length, 'statement', 'statements')} from ${plural(files.length, 'file', 'files')}: ${counts.join(', ')}`];
  if (result.error) return { code: 1, stdout, stderr: [...stderr, failure('push', errorMessage(result.error))] };
  return { code: stderr.length ? 2 : 0, stdout, stderr };
}

// ---------------------------------------------------------------------------------------------
// pull

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function pull(args: LrsArgs, client: LrsClient, context: LrsContext): Promise<CommandOutput> {
  const out = args.out!;
  const result = await pullStatements(client, args.since ? { since: args.since } : {});
  if (!result.ok) return { code: 1, stdout: [], stderr: [failure('pull', errorMessage(result.error))] };
  const { pulled } = result;
  const files = await progressFilesOf(pulled.statements, { appVersion: pkg.version, exportedAt: context.now() });
  const named = files.map(({ account, part, file }) => ({ path: join(out, `${account}${part > 1 ? `-${part}` : ''}.json`), file }));
  // Checked before anything is written: a pull never half-replaces an earlier one.
  const taken = [];
  for (const { path } of named) if (await exists(path)) taken.push(path);
  if (taken.length) {
    return {
      code: 1,
      stdout: [],
      stderr: [failure('pull', `${printable(taken[0]!)}${taken.length > 1 ? ` and ${taken.length - 1} more` : ''} already exist: pull into an empty folder, or move them away`)],
    };
  }
  try {
    await makeFolder(out);
    for (const { path, file } of named) await writeFile(path, serialiseProgressFile(file), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return { code: 1, stdout: [], stderr: [failure('pull', `cannot write to ${printable(out)} (${code})`)] };
  }
  const learners = new Set(files.map((f) => f.account)).size;
  const stdout = [
    `wrote ${plural(named.length, 'progress file', 'progress files')} to ${printable(out)}: ${plural(pulled.statements.length, 'statement', 'statements')} of ${plural(learners, 'learner', 'learners')}`,
  ];
  if (pulled.foreign) stdout.push(`left out ${plural(pulled.foreign, 'statement', 'statements')} not made by CareLit`);
  if (pulled.latestStored) stdout.push(`latest stored: ${printable(pulled.latestStored)} (to pull only what comes after: --since ${printable(pulled.latestStored)})`);
  const stderr = pulled.unreadable.map((u) => `statement ${printable(u.id ?? '(no id)')}: left out, not as CareLit makes it: ${printable(u.detail)}`);
  return { code: stderr.length ? 2 : 0, stdout, stderr };
}

// ---------------------------------------------------------------------------------------------
// test

async function test(args: LrsArgs, client: LrsClient): Promise<CommandOutput> {
  const report = await testConnection(client);
  const stdout = [
    `endpoint: ${args.endpoint.base}`,
    `reachable: ${report.reachable ? 'yes' : 'no'}`,
    ...(report.reachable ? [`xAPI versions: ${report.versions.map(printable).join(', ') || 'none given'}`] : []),
    `credentials: ${report.credentials === 'not-checked' ? 'not checked' : report.credentials}`,
  ];
  if (report.error) return { code: 1, stdout, stderr: [failure('test', errorMessage(report.error))] };
  if (!report.compatible) return { code: 1, stdout, stderr: [failure('test', "the LRS does not speak xAPI 1.0, which CareLit's statements follow")] };
  return { code: 0, stdout, stderr: [] };
}

// ---------------------------------------------------------------------------------------------
// The command

/**
 * `carelit lrs push|pull|test`. Exit 0 when done; 2 when some files or statements were
 * refused (named on stderr, the rest done); 1 for a usage error or a failure (the LRS
 * unreachable, the credentials refused: what was not confirmed is said, and can be pushed again).
 */
export async function lrsCommand(args: readonly string[], context: LrsContext = nodeContext()): Promise<CommandOutput> {
  if (args.includes('--help')) return { code: 0, stdout: ['usage:', ...LRS_USAGE], stderr: [] };
  const parsed = parseLrsArgs(args, context.env);
  if ('error' in parsed) return usageError(parsed.error);
  const client = createLrsClient({
    endpoint: parsed.endpoint,
    credentials: { key: parsed.key, secret: parsed.secret },
    fetch: context.fetch,
    sleep: context.sleep,
    timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(context.retry ? { retry: context.retry } : {}),
  });
  const warning =
    parsed.endpoint.secure || parsed.endpoint.loopback ? [] : [`carelit lrs: warning: ${parsed.endpoint.origin} is plain http: the key and secret cross the network unencrypted`];
  const run = parsed.command === 'push' ? push(parsed, client) : parsed.command === 'pull' ? pull(parsed, client, context) : test(parsed, client);
  const out = await run;
  return redact({ ...out, stderr: [...warning, ...out.stderr] }, [parsed.key, parsed.secret, basicAuthorization(parsed.key, parsed.secret).slice('Basic '.length)]);
}
