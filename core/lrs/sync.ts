import type { Statement } from '../xapi/statements';
import type { LrsClient, LrsError } from './client';
import { DEFAULT_BATCH_SIZE, pushBatch, type PushResult, type StatementRefusal } from './push';

/**
 * The app's outbox, sent to the organisation's LRS when it is online. The engine owns no
 * storage: the app gives it a store (its Dexie outbox, or a fake in tests). A statement
 * leaves "waiting" only when the LRS has confirmed it (sent, or already there) or refused it
 * for good (a conflict, an invalid statement); everything else waits for the next run, so
 * nothing is lost when the LRS is down, refuses the credentials, times out, or the app stops
 * in the middle of a batch (what the LRS stored then is found there by the next run).
 */
export interface OutboxStore {
  /** Up to `limit` statements waiting to be sent, oldest first: neither confirmed nor refused. */
  pending(limit: number): Promise<readonly Statement[]>;
  markSent(ids: readonly string[], at: string): Promise<void>;
  /** Refused for good: kept (it is the learner's record) but no longer sent. */
  markRefused(id: string, refusal: StatementRefusal, at: string): Promise<void>;
  /** The run's error, or null when it ended well: the UI shows it until the next run. */
  recordFailure(error: LrsError | null, at: string): Promise<void>;
  /** How many statements wait. */
  waiting(): Promise<number>;
  /** When a statement was last confirmed, if ever. */
  lastSentAt(): Promise<string | null>;
}

/**
 * What sends one batch: pushBatch with a client, here or elsewhere. The desktop app's window
 * hands its batches to the main process, which alone holds the secret and runs pushBatch there.
 */
export type SendBatch = (batch: readonly Statement[]) => Promise<PushResult>;

export interface SyncStatus {
  /** "done": nothing waits that could be sent; "stopped": an error, or asked to stop. */
  outcome: 'done' | 'stopped';
  sent: number;
  alreadyThere: number;
  refused: number;
  waiting: number | null;
  lastSentAt: string | null;
  error: LrsError | null;
}

export interface SyncOptions {
  batchSize?: number;
  now: () => Date;
  /** Asked between batches: true ends the run there (the app is closing, the learner went offline). */
  shouldStop?: () => boolean;
}

/** Read by shape, not by class: a store's error may come from another realm (a worker, an iframe). */
const storeError = (error: unknown): LrsError => {
  const message = (error as { message?: unknown } | null)?.message;
  return { code: 'store', params: { detail: typeof message === 'string' ? message : String(error) } };
};

/** Runs a store call; a store that fails is reported, never thrown. */
async function attempt<T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: LrsError }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: storeError(error) };
  }
}

interface Tally {
  sent: number;
  alreadyThere: number;
  refused: number;
  error: LrsError | null;
  stopped: boolean;
}

/** Sends one batch and records what the LRS said about each statement; the error that ends the run, if any. */
async function sendBatch(send: SendBatch, store: OutboxStore, batch: readonly Statement[], at: string, tally: Tally): Promise<LrsError | null> {
  const result = await send(batch);
  const confirmed = [...result.sent, ...result.alreadyThere];
  if (confirmed.length) {
    const marked = await attempt(() => store.markSent(confirmed, at));
    if (!marked.ok) return marked.error;
  }
  tally.sent += result.sent.length;
  tally.alreadyThere += result.alreadyThere.length;
  for (const { id, refusal } of result.refused) {
    const marked = await attempt(() => store.markRefused(id, refusal, at));
    if (!marked.ok) return marked.error;
    tally.refused += 1;
  }
  return result.error;
}

async function runBatches(send: SendBatch, store: OutboxStore, options: SyncOptions, tally: Tally): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const handled = new Set<string>();
  for (;;) {
    if (options.shouldStop?.()) {
      tally.stopped = true;
      return;
    }
    const pending = await attempt(() => store.pending(batchSize));
    if (!pending.ok) {
      tally.error = pending.error;
      return;
    }
    if (!pending.value.length) return;
    // A store that hands back what it was told is done would make this loop endless.
    if (pending.value.some((s) => handled.has(s.id))) {
      tally.error = storeError(new Error('the outbox offered again a statement it was told is sent'));
      return;
    }
    for (const { id } of pending.value) handled.add(id);
    tally.error = await sendBatch(send, store, pending.value, options.now().toISOString(), tally);
    if (tally.error) return;
  }
}

/**
 * One run of the outbox: sends what waits, batch after batch, and says where things stand.
 * `to` is a client (the batches are pushed from here) or whatever sends a batch for this caller.
 */
export async function syncOutbox(to: LrsClient | SendBatch, store: OutboxStore, options: SyncOptions): Promise<SyncStatus> {
  const send: SendBatch = typeof to === 'function' ? to : (batch) => pushBatch(to, batch);
  const tally: Tally = { sent: 0, alreadyThere: 0, refused: 0, error: null, stopped: false };
  await runBatches(send, store, options, tally);
  await attempt(() => store.recordFailure(tally.error, options.now().toISOString()));
  const waiting = await attempt(() => store.waiting());
  const lastSentAt = await attempt(() => store.lastSentAt());
  return {
    outcome: tally.error || tally.stopped ? 'stopped' : 'done',
    sent: tally.sent,
    alreadyThere: tally.alreadyThere,
    refused: tally.refused,
    waiting: waiting.ok ? waiting.value : null,
    lastSentAt: lastSentAt.ok ? lastSentAt.value : null,
    error: tally.error,
  };
}

/**
 * One run at a time: a run asked for while another goes on (a timer and the "Send now"
 * button) gets the running one's status instead of sending the same statements alongside.
 */
export function singleRun(run: () => Promise<SyncStatus>): () => Promise<SyncStatus> {
  let running: Promise<SyncStatus> | null = null;
  return () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
}
