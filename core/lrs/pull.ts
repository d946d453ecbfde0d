import { Fault, pathText } from '../cohort/checks';
import { buildProgressFile, type ImportedStatement, type ProgressFile } from '../cohort/progress-file';
import { statement as statementCheck } from '../cohort/statement-schema';
import { CARELIT_IRI } from '../xapi/statements';
import { unexpected, type LrsClient, type LrsError } from './client';
import { query, resolveMore } from './endpoint';

/**
 * Reading CareLit's statements back from an organisation's LRS, as progress files: the same
 * files a learner exports, so that `cohort report` and the trainer's import read them as they
 * read any other (and check them as strictly). An LRS holds other systems' statements too,
 * and adds its own members to each: only CareLit's are kept, as CareLit made them.
 */
const MODULES_PREFIX = `${CARELIT_IRI}/xapi/modules/`;

/**
 * The members of a statement as CareLit makes it. What an LRS adds (`stored`, `authority`,
 * `version`, attachments) is left out; anything else the import would not accept is found by
 * its own check, and that statement is set aside with the check's reason.
 */
const STATEMENT_MEMBERS = new Set(['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp']);

/**
 * About 2 KB a statement: a file of 5,000 stays well under the 20 MB the import accepts. A
 * learner with more (years of practice) gets several files; the import unites them.
 */
export const STATEMENTS_PER_FILE = 5_000;

export type Sorted = { kind: 'carelit'; statement: ImportedStatement } | { kind: 'foreign' } | { kind: 'unreadable'; id: string | null; detail: string };

const record = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** Made by CareLit: its learner's account and one of its activities. */
function isCarelits(statement: Record<string, unknown>): boolean {
  const account = record(record(statement.actor)?.account);
  const objectId = record(statement.object)?.id;
  return account?.homePage === CARELIT_IRI && typeof objectId === 'string' && objectId.startsWith(MODULES_PREFIX);
}

/** One statement from the LRS: CareLit's as CareLit made it, someone else's, or CareLit's in a shape the import refuses. */
export function sortStatement(raw: unknown): Sorted {
  const statement = record(raw);
  if (!statement || !isCarelits(statement)) return { kind: 'foreign' };
  // In the LRS's order of members: the order CareLit wrote them in, where the LRS keeps it.
  const own: Record<string, unknown> = {};
  for (const member of Object.keys(statement)) if (STATEMENT_MEMBERS.has(member)) own[member] = statement[member];
  try {
    statementCheck(own);
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    const id = typeof own.id === 'string' ? own.id.slice(0, 40) : null;
    return { kind: 'unreadable', id, detail: `${pathText(error.path)}: ${error.message}` };
  }
  return { kind: 'carelit', statement: own as unknown as ImportedStatement };
}

export interface Pulled {
  /** CareLit's, as CareLit made them, each id once. */
  statements: ImportedStatement[];
  /** Statements of other systems, left out. */
  foreign: number;
  /** CareLit's statements the import would refuse: left out, with the reason. */
  unreadable: { id: string | null; detail: string }[];
  /** The latest `stored` seen: a later pull can start `since` then. */
  latestStored: string | null;
  pages: number;
}

export type PullResult = { ok: true; pulled: Pulled } | { ok: false; error: LrsError };

/** Pages followed at most: 10,000 pages of an LRS's usual 100 statements or more. A `more` that never ends is a broken LRS. */
const MAX_PAGES = 10_000;

function pageOf(body: string): { statements: unknown[]; more: string } | null {
  try {
    const page = record(JSON.parse(body));
    if (!page || !Array.isArray(page.statements)) return null;
    return { statements: page.statements, more: typeof page.more === 'string' ? page.more : '' };
  } catch {
    return null;
  }
}

function take(pulled: Pulled, seen: Set<string>, raw: unknown): void {
  const stored = record(raw)?.stored;
  if (typeof stored === 'string' && (pulled.latestStored === null || stored > pulled.latestStored)) pulled.latestStored = stored;
  const sorted = sortStatement(raw);
  if (sorted.kind === 'foreign') pulled.foreign += 1;
  else if (sorted.kind === 'unreadable') pulled.unreadable.push({ id: sorted.id, detail: sorted.detail });
  else if (!seen.has(sorted.statement.id)) {
    seen.add(sorted.statement.id);
    pulled.statements.push(sorted.statement);
  }
}

/**
 * Every statement stored after `since` (all of them without it), following `more` to the end.
 * Oldest first, so that a pull cut short by the LRS still has everything up to a point.
 */
export async function pullStatements(client: LrsClient, { since, limit }: { since?: string; limit?: number } = {}): Promise<PullResult> {
  const pulled: Pulled = { statements: [], foreign: 0, unreadable: [], latestStored: null, pages: 0 };
  const seen = new Set<string>();
  let target: string | null = `statements${query({ since, limit, ascending: true })}`;
  while (target !== null) {
    if (pulled.pages >= MAX_PAGES) return { ok: false, error: { code: 'bad-answer', params: { status: 200 } } };
    const reply = await client.exchange('GET', target);
    if (!reply.ok) return reply;
    if (reply.answer.status !== 200) return { ok: false, error: unexpected(reply.answer) };
    const page = pageOf(reply.answer.body);
    if (!page) return { ok: false, error: { code: 'not-an-lrs', params: { status: 200 } } };
    pulled.pages += 1;
    for (const raw of page.statements) take(pulled, seen, raw);
    if (!page.more) break;
    target = resolveMore(client.endpoint, page.more);
    if (target === null) return { ok: false, error: { code: 'bad-answer', params: { status: 200 } } };
  }
  return { ok: true, pulled };
}

function byTime(a: ImportedStatement, b: ImportedStatement): number {
  return a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface PulledFile {
  /** The learner's pseudonymous account name. */
  account: string;
  /** 1, 2…: the file's place when a learner has more than STATEMENTS_PER_FILE statements. */
  part: number;
  file: ProgressFile;
}

/**
 * One progress file per learner (more for a very active one), her statements in the order
 * they were made. An LRS knows no names nor professions: the files carry the account only,
 * as a learner's export does when she shares nothing else.
 */
export async function progressFilesOf(
  statements: readonly ImportedStatement[],
  { appVersion, exportedAt, perFile = STATEMENTS_PER_FILE }: { appVersion: string; exportedAt: Date; perFile?: number },
): Promise<PulledFile[]> {
  const byAccount = new Map<string, ImportedStatement[]>();
  for (const statement of statements) {
    const account = statement.actor.account.name;
    const own = byAccount.get(account);
    if (own) own.push(statement);
    else byAccount.set(account, [statement]);
  }
  const files: PulledFile[] = [];
  for (const account of [...byAccount.keys()].sort()) {
    const own = byAccount.get(account)!.sort(byTime);
    for (let start = 0, part = 1; start < own.length; start += perFile, part += 1) {
      const file = await buildProgressFile({ appVersion, exportedAt, accountName: account, statements: own.slice(start, start + perFile) });
      files.push({ account, part, file });
    }
  }
  return files;
}
