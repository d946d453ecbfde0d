import { z } from 'zod';
import type { Statement } from '../xapi/statements';
import type { ConnectionReport } from './connection';
import type { PushResult } from './push';

/**
 * What the app's window and the desktop's main process say to each other about the LRS
 * (the channels themselves are lines of core/ipc.ts's contract). The window keeps the endpoint
 * and key in its settings; the main process keeps the secret, encrypted, and sends. The window
 * hands it a secret (typed in its form) but never gets one back, and names the endpoint and
 * key it means with every request: the main process uses the secret only for the connection it
 * was saved with, so the window cannot send it anywhere else.
 */

/** An endpoint written out; far longer than any real one. */
export const LRS_ENDPOINT_MAX_CHARS = 2_000;
/** A key or a secret; LRSs make them of 20 to 64 characters. */
export const LRS_CREDENTIAL_MAX_CHARS = 1_000;
/** Statements per request: the sync sends 50 at a time. */
export const LRS_BATCH_MAX_STATEMENTS = 100;
/** A batch of CareLit's statements is about 100 KB. */
export const LRS_BATCH_MAX_BYTES = 5 * 1024 * 1024;

export interface LrsConnection {
  /** As parseAppEndpoint normalises it: https (or http to this computer), ending with "/". */
  endpoint: string;
  key: string;
}

/**
 * Where the secret is kept. `os`: encrypted with a key the operating system guards (Keychain,
 * DPAPI, a Linux keyring); `weak`: Linux without a keyring, where Electron encrypts with a key
 * written in its own code, so anyone who can read the file can read the secret; `unavailable`:
 * no encryption at all, so the desktop keeps no secret; `memory`: the browser's page, until it
 * is closed or reloaded.
 */
export type SecretKeeping = 'os' | 'weak' | 'unavailable' | 'memory';

export interface LrsSecretState {
  keeping: SecretKeeping;
  /** The connection the kept secret belongs to, if one is kept. */
  savedFor: LrsConnection | null;
}

/** Why a secret was not saved, for the window to translate. */
export type LrsSaveProblem = 'invalid-request' | 'encryption-unavailable' | 'write-failed';
export type LrsSaveResult = { saved: true; keeping: SecretKeeping } | { saved: false; problem: LrsSaveProblem };

export type LrsTestResult = ConnectionReport;
export type LrsSendResult = PushResult;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const credential = z
  .string()
  .min(1)
  .max(LRS_CREDENTIAL_MAX_CHARS)
  .refine((text) => !CONTROL.test(text), 'control character');
const connection = {
  endpoint: z.string().min(1).max(LRS_ENDPOINT_MAX_CHARS),
  key: credential,
};

/** An id as xAPI writes them; the rest of a statement is the LRS's to judge. */
const STATEMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const statementShaped = z.custom<Statement>((value) => {
  const id = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && STATEMENT_ID.test(id);
}, 'not a statement');

/** UTF-8 bytes of the statements as they will be sent. */
const batchBytes = (statements: readonly unknown[]) => new TextEncoder().encode(JSON.stringify(statements)).length;

export const lrsSaveRequestSchema = z.object({ ...connection, secret: credential }).strict();
/** Without a secret: the one kept for this connection. With one: that one, kept nowhere (the form's "Test connection" before saving). */
export const lrsTestRequestSchema = z.object({ ...connection, secret: credential.optional() }).strict();
export const lrsSendRequestSchema = z
  .object({
    ...connection,
    statements: z
      .array(statementShaped)
      .min(1)
      .max(LRS_BATCH_MAX_STATEMENTS)
      .refine((statements) => batchBytes(statements) <= LRS_BATCH_MAX_BYTES, 'batch too large'),
  })
  .strict();

export type LrsSaveRequest = z.input<typeof lrsSaveRequestSchema>;
export type LrsTestRequest = z.input<typeof lrsTestRequestSchema>;
export type LrsSendRequest = z.input<typeof lrsSendRequestSchema>;

/** Same endpoint and key: the secret kept for one is the secret of the other. */
export const sameConnection = (a: LrsConnection | null, b: LrsConnection | null): boolean => a !== null && b !== null && a.endpoint === b.endpoint && a.key === b.key;
