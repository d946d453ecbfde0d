import type { Statement } from '../xapi/statements';
import { createLrsClient, type LrsError, type RetryPolicy } from './client';
import { testConnection, type ConnectionReport } from './connection';
import { parseAppEndpoint, type Endpoint } from './endpoint';
import type { LrsConnection, LrsSendResult } from './ipc';
import { pushBatch } from './push';
import type { LrsFetch } from './transport';

/**
 * The app's two LRS operations, "test connection" and "send this batch", for whoever holds the
 * secret: the desktop's main process (its secret file, Chromium's network) or a browser page
 * (its memory, the page's fetch). Each request names the endpoint and key it means; the secret
 * used is the one kept for exactly that pair, or one typed for a test, and goes to that
 * endpoint's origin only. Nothing throws: a failure is an LrsError code the window translates.
 */
export type SecretLookup = { ok: true; secret: string } | { ok: false; error: LrsError };
export type TransportLookup = { ok: true; fetch: LrsFetch } | { ok: false; error: LrsError };

export interface LrsServiceOptions {
  /** How requests reach this origin, or why they cannot from here. */
  transportFor(origin: string): TransportLookup;
  /** The secret kept for exactly this connection. */
  keptSecret(connection: LrsConnection): Promise<SecretLookup>;
  sleep(ms: number): Promise<void>;
  /** Tests shorten these; sending keeps core's defaults. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

export interface LrsTestInput extends LrsConnection {
  /** Typed in the form, to test before saving; without it, the kept one. */
  secret?: string;
}

export interface LrsSendInput extends LrsConnection {
  statements: readonly Statement[];
}

/** "Test connection" says what it found within half a minute, rather than trying for minutes. */
const TEST_RETRY: Partial<RetryPolicy> = { attempts: 2 };
const TEST_TIMEOUT_MS = 15_000;

const failedReport = (error: LrsError): ConnectionReport => ({ reachable: false, versions: [], compatible: false, credentials: 'not-checked', error });

/** The endpoint, only if it is given as the app normalises it: the form and the saved settings always are. */
function endpointOf(text: string): Endpoint | null {
  const parsed = parseAppEndpoint(text);
  return parsed.ok && parsed.endpoint.base === text ? parsed.endpoint : null;
}

export function lrsService(options: LrsServiceOptions) {
  const clientFor = (endpoint: Endpoint, key: string, secret: string, fetch: LrsFetch, tuning: { timeoutMs?: number; retry?: Partial<RetryPolicy> }) =>
    createLrsClient({ endpoint, credentials: { key, secret }, fetch, sleep: options.sleep, timeoutMs: tuning.timeoutMs, retry: tuning.retry });

  return {
    async test({ endpoint: text, key, secret: typed }: LrsTestInput): Promise<ConnectionReport> {
      const endpoint = endpointOf(text);
      if (!endpoint) return failedReport({ code: 'app-failure' });
      const transport = options.transportFor(endpoint.origin);
      if (!transport.ok) return failedReport(transport.error);
      const secret: SecretLookup = typed === undefined ? await options.keptSecret({ endpoint: text, key }) : { ok: true, secret: typed };
      if (!secret.ok) return failedReport(secret.error);
      const tuning = { timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS, retry: { ...TEST_RETRY, ...options.retry } };
      return testConnection(clientFor(endpoint, key, secret.secret, transport.fetch, tuning));
    },

    async send({ endpoint: text, key, statements }: LrsSendInput): Promise<LrsSendResult> {
      const unsent = (error: LrsError): LrsSendResult => ({ sent: [], alreadyThere: [], refused: [], unsent: statements.map((s) => s.id), error });
      const endpoint = endpointOf(text);
      if (!endpoint) return unsent({ code: 'app-failure' });
      const transport = options.transportFor(endpoint.origin);
      if (!transport.ok) return unsent(transport.error);
      const secret = await options.keptSecret({ endpoint: text, key });
      if (!secret.ok) return unsent(secret.error);
      // Checked for shape only where they crossed a boundary (ids, size): what a statement says is the LRS's to judge.
      return pushBatch(clientFor(endpoint, key, secret.secret, transport.fetch, options), statements);
    },
  };
}
