import type { Statement } from '../xapi/statements';
import { lrsMessage, unexpected, type LrsClient, type LrsError } from './client';
import { query } from './endpoint';

/**
 * Sending statements to an LRS so that each one is counted once, whatever happened before.
 *
 * CareLit fixes a statement's id when it makes it, so sending again never duplicates: an LRS
 * stores an id once (xAPI 1.0.3). What needs care is the counting, from what Learning Locker
 * was seen to answer (the same is what the specification asks of any LRS):
 * - a batch holding ids it already has, with the same content: 200 and every id, exactly as
 *   for new statements. So the answer cannot tell "sent" from "already there": the batch's
 *   ids are asked about first (HEAD statements?statementId=…, 200 or 404; one small request
 *   each, four at a time), and the answer then confirms them all.
 * - a batch holding an id it has with other content: 409 for the whole batch, nothing of it
 *   stored, the message naming one id. So a 409 (like a 400 for an invalid statement, or a
 *   413 for a batch too large) splits the batch in two and each half is sent again, down to
 *   the statement at fault, which is refused with the LRS's words and never sent again; the
 *   others go through. Known ids are sent too, not skipped: the LRS, not CareLit, decides
 *   whether its copy is the same statement (its comparison ignores what it added itself).
 * - 401/403: everything stops; the rest is left unsent, to send once the credentials are right.
 * - no answer, 5xx, 429: tried again by the client; if it still fails, everything stops and
 *   what was not confirmed stays unsent. A statement the LRS stored but whose answer was lost
 *   is found by the next run's question, and counted as already there.
 */

export const DEFAULT_BATCH_SIZE = 50;
/** Existence questions in flight at once: enough to hide a distant LRS's latency, few enough not to crowd it. */
const QUESTIONS_AT_ONCE = 4;

export type StatementRefusalCode = 'conflict' | 'invalid' | 'too-large';

export interface StatementRefusal {
  code: StatementRefusalCode;
  params: { status: number; message: string };
}

export interface PushResult {
  /** New to the LRS, and confirmed by it. */
  sent: string[];
  /** The LRS held them already, the same. */
  alreadyThere: string[];
  refused: { id: string; refusal: StatementRefusal }[];
  /** Not confirmed: to send again later. Empty unless the push stopped. */
  unsent: string[];
  /** Why the push stopped before the end, if it did. */
  error: LrsError | null;
}

const REFUSED_STATUS: Record<number, StatementRefusalCode> = { 400: 'invalid', 409: 'conflict', 413: 'too-large' };

const emptyResult = (): PushResult => ({ sent: [], alreadyThere: [], refused: [], unsent: [], error: null });

/** Which of these ids the LRS has: a Set, or why it could not be told. */
export async function existingIds(client: LrsClient, ids: readonly string[]): Promise<Set<string> | LrsError> {
  const found = new Set<string>();
  let failure: LrsError | null = null;
  let next = 0;
  const ask = async (): Promise<void> => {
    while (failure === null && next < ids.length) {
      const id = ids[next++]!;
      const reply = await client.exchange('HEAD', `statements${query({ statementId: id })}`);
      if (!reply.ok) failure = reply.error;
      else if (reply.answer.status === 200) found.add(id);
      else if (reply.answer.status !== 404) failure = unexpected(reply.answer);
    }
  };
  await Promise.all(Array.from({ length: Math.min(QUESTIONS_AT_ONCE, ids.length) }, ask));
  return failure ?? found;
}

type Posted = { kind: 'stored' } | { kind: 'refused'; refusal: StatementRefusal } | { kind: 'failed'; error: LrsError };

/**
 * A 200 must carry the ids, in an array: anything else (a captive portal's page, a proxy's
 * "OK") has not stored them, and marking them sent would lose them.
 */
function confirms(body: string, statements: readonly Statement[]): boolean {
  let ids: unknown;
  try {
    ids = JSON.parse(body);
  } catch {
    return false;
  }
  if (!Array.isArray(ids)) return false;
  const answered = new Set(ids.filter((id): id is string => typeof id === 'string'));
  return statements.every((s) => answered.has(s.id));
}

/**
 * JSON in ASCII only: every other character written as its \u escape, which any JSON reader reads
 * back the same. The body reaches an LRS in network chunks, and an LRS that decodes each chunk on
 * its own (Learning Locker's statements service does) would otherwise break a character whose
 * bytes a chunk boundary splits, storing "approuv��" for "approuvé".
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

async function post(client: LrsClient, statements: readonly Statement[]): Promise<Posted> {
  const reply = await client.exchange('POST', 'statements', asciiJson(statements));
  if (!reply.ok) return { kind: 'failed', error: reply.error };
  const { status, body } = reply.answer;
  if (status === 204) return { kind: 'stored' };
  if (status === 200) return confirms(body, statements) ? { kind: 'stored' } : { kind: 'failed', error: { code: 'bad-answer', params: { status } } };
  const code = REFUSED_STATUS[status];
  if (code) return { kind: 'refused', refusal: { code, params: { status, message: lrsMessage(body) } } };
  return { kind: 'failed', error: unexpected(reply.answer) };
}

/** Sends `statements`; a refused group is halved until the refused statements stand alone. */
async function sendSplitting(client: LrsClient, statements: readonly Statement[], known: Set<string>, result: PushResult): Promise<void> {
  if (result.error) {
    result.unsent.push(...statements.map((s) => s.id));
    return;
  }
  const posted = await post(client, statements);
  if (posted.kind === 'stored') {
    for (const { id } of statements) (known.has(id) ? result.alreadyThere : result.sent).push(id);
  } else if (posted.kind === 'failed') {
    result.error = posted.error;
    result.unsent.push(...statements.map((s) => s.id));
  } else if (statements.length === 1) {
    result.refused.push({ id: statements[0]!.id, refusal: posted.refusal });
  } else {
    const half = Math.ceil(statements.length / 2);
    await sendSplitting(client, statements.slice(0, half), known, result);
    await sendSplitting(client, statements.slice(half), known, result);
  }
}

/** The first statement of each id: an LRS refuses a batch that holds an id twice. */
const uniqueById = (statements: readonly Statement[]) => [...new Map(statements.map((s) => [s.id, s])).values()];

/** One batch: its ids asked about, then sent. Statements with the same id twice are sent once. */
export async function pushBatch(client: LrsClient, statements: readonly Statement[]): Promise<PushResult> {
  const result = emptyResult();
  const unique = uniqueById(statements);
  if (!unique.length) return result;
  const known = await existingIds(
    client,
    unique.map((s) => s.id),
  );
  if (!(known instanceof Set)) return { ...result, unsent: unique.map((s) => s.id), error: known };
  await sendSplitting(client, unique, known, result);
  return result;
}

function add(into: PushResult, from: PushResult): void {
  into.sent.push(...from.sent);
  into.alreadyThere.push(...from.alreadyThere);
  into.refused.push(...from.refused);
  into.unsent.push(...from.unsent);
  into.error ??= from.error;
}

/**
 * Sends every statement, `batchSize` at a time (an LRS takes a few hundred kilobytes at once
 * without trouble; 50 of CareLit's statements are about 100 KB), and stops at the first batch
 * that fails: the rest is reported unsent.
 */
export async function pushStatements(client: LrsClient, statements: readonly Statement[], { batchSize = DEFAULT_BATCH_SIZE }: { batchSize?: number } = {}): Promise<PushResult> {
  const result = emptyResult();
  const unique = uniqueById(statements);
  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    if (result.error) {
      result.unsent.push(...batch.map((s) => s.id));
      continue;
    }
    add(result, await pushBatch(client, batch));
  }
  return result;
}
