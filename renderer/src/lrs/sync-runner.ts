import { liveQuery, type Subscription } from 'dexie';
import type { LrsError, LrsErrorCode } from '../../../core/lrs/client';
import { DEFAULT_BATCH_SIZE } from '../../../core/lrs/push';
import { syncOutbox, type SyncStatus } from '../../../core/lrs/sync';
import type { Statement } from '../../../core/xapi/statements';
import type { CareLitDatabase } from '../db/database';
import { dexieOutbox, rowsIn } from '../db/outbox';
import { getLrsConnection } from '../db/settings';
import type { Platform } from '../platform';

/**
 * When the outbox goes to the organisation's LRS: at start, a little after new statements (a
 * learner answering in a row sends once), on "Send now", and again after a passing failure,
 * later each time. One run at a time: asked during a run, another follows it. Nothing runs, and
 * no request is made, while no LRS is configured. A run marks a statement sent only once the
 * LRS confirmed it, so closing the app mid-batch loses nothing (core/lrs/sync.ts).
 */
export interface SyncRunner {
  /** Watches the outbox and runs now; again does nothing. */
  start(): void;
  /** Stops watching; a run under way ends after its batch. */
  stop(): void;
  /** Runs now, starting to watch if it was not (after the current run, if one is under way); null when no LRS is configured. */
  sendNow(): Promise<SyncStatus | null>;
  isRunning(): boolean;
  /** Told when a run starts or ends. */
  subscribe(listener: () => void): () => void;
}

export interface SyncRunnerOptions {
  now?: () => Date;
  /** New statements are sent this long after the last one. */
  debounceMs?: number;
  /** Pauses before trying again after a passing failure (the last one repeats). */
  retryDelaysMs?: readonly number[];
}

export const DEBOUNCE_MS = 2_000;
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000] as const;

/**
 * Failures that trying again cannot mend: the key or secret, the address, the page's policy.
 * Nothing more is sent automatically until someone changes the settings or presses "Send now";
 * more tries with refused credentials would only fill the LRS's logs.
 */
const LASTING: ReadonlySet<LrsErrorCode> = new Set<LrsErrorCode>([
  'credentials',
  'forbidden',
  'not-an-lrs',
  'bad-request',
  'secret-missing',
  'secret-unreadable',
  'blocked-by-page',
]);

const NOT_CARRIED: LrsError = { code: 'app-failure' };

export function createSyncRunner(db: CareLitDatabase, platform: Platform, options: SyncRunnerOptions = {}): SyncRunner {
  const now = options.now ?? (() => new Date());
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const listeners = new Set<() => void>();
  let running: Promise<SyncStatus | null> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retrying = false;
  let failures = 0;
  let halted = false;
  let watching: Subscription | null = null;
  let stopped = true;

  const notify = () => listeners.forEach((listener) => listener());

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    retrying = false;
  };

  const runOnce = async (): Promise<SyncStatus | null> => {
    const connection = await getLrsConnection(db);
    if (!connection) return null;
    // The platform answers failures as values; should it throw all the same, the batch waits.
    const send = (batch: readonly Statement[]) =>
      platform.lrs.send(connection, batch).catch(() => ({ sent: [], alreadyThere: [], refused: [], unsent: batch.map((s) => s.id), error: NOT_CARRIED }));
    return syncOutbox(send, dexieOutbox(db), { now, batchSize: DEFAULT_BATCH_SIZE, shouldStop: () => stopped });
  };

  const after = (status: SyncStatus | null) => {
    const error = status?.error;
    if (!error) {
      failures = 0;
    } else if (LASTING.has(error.code)) {
      halted = true;
    } else if (!stopped) {
      failures += 1;
      clearTimer();
      retrying = true;
      timer = setTimeout(() => void run(), retryDelays[Math.min(failures, retryDelays.length) - 1]);
    }
  };

  const run = (): Promise<SyncStatus | null> => {
    if (running) {
      again = true;
      return running;
    }
    clearTimer();
    running = runOnce()
      .catch(() => null) // the settings could not be read: the next trigger tries again
      .then((status) => {
        after(status);
        return status;
      })
      .finally(() => {
        running = null;
        notify();
        if (again) {
          again = false;
          soon();
        }
      });
    notify();
    return running;
  };

  /** A run a little later, unless one is due anyway or sending is halted. */
  const soon = () => {
    if (stopped || halted || retrying) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };

  const watch = () => {
    let known: number | null = null;
    watching = liveQuery(() => rowsIn(db, 'waiting').count()).subscribe({
      next: (count) => {
        if (known !== null && count > known) soon();
        known = count;
      },
      error: () => undefined,
    });
  };

  const onOnline = () => {
    if (retrying) clearTimer();
    soon();
  };

  const start = () => {
    if (!stopped) return;
    stopped = false;
    halted = false;
    watch();
    globalThis.addEventListener?.('online', onOnline);
    void run();
  };

  return {
    start,
    stop() {
      stopped = true;
      clearTimer();
      watching?.unsubscribe();
      watching = null;
      globalThis.removeEventListener?.('online', onOnline);
    },
    sendNow() {
      halted = false;
      failures = 0;
      if (!stopped) return run();
      start();
      return running ?? run();
    },
    isRunning: () => running !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const runners = new WeakMap<CareLitDatabase, SyncRunner>();

/** The app's one runner for this database: the start-up and the settings screen share it. */
export function syncRunnerFor(db: CareLitDatabase, platform: Platform): SyncRunner {
  let runner = runners.get(db);
  if (!runner) runners.set(db, (runner = createSyncRunner(db, platform)));
  return runner;
}
