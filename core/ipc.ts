import { z } from 'zod';
import { LANGUAGES } from './i18n';
import { lrsSaveRequestSchema, lrsSendRequestSchema, lrsTestRequestSchema, type LrsSaveResult, type LrsSecretState, type LrsSendResult, type LrsTestResult } from './lrs/ipc';

/**
 * The one IPC contract between the renderer and the Electron main process.
 *
 * Each channel names the bridge method the renderer calls, the schema the main process checks the
 * request against (the renderer is untrusted: a compromised page can send anything), and the
 * response type. Adding a channel is one line in `IPC_CONTRACT` plus its handler in
 * `electron/ipc/handlers.ts`; the compiler then asks for nothing else, and the preload, the bridge
 * type and the main-side wrapper all follow from this map.
 *
 * Pure TypeScript: shared by the main process, the preload and the renderer's types.
 */

export interface AppInfo {
  version: string;
  electron: string;
  chrome: string;
  platform: string;
  locale: string;
}

/** What a saved text file holds; each kind has one extension and one filter in the save dialog. */
export type SaveFileKind = 'progress' | 'csv' | 'backup';
export const SAVE_FILE_EXTENSIONS = { progress: 'json', csv: 'csv', backup: 'json' } as const satisfies Record<SaveFileKind, string>;
export const SAVE_NAME_MAX_CHARS = 120;
/** The progress file's and the backup's own cap (PROGRESS_FILE_MAX_BYTES, BACKUP_MAX_BYTES); a cohort's CSV is far smaller. */
export const SAVE_TEXT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Why a file was not saved, for the renderer to translate. `invalid-request` is the renderer's
 * own check against this contract; the others come from the disk.
 */
export type SaveFileFailure = 'invalid-request' | 'permission-denied' | 'disk-full' | 'read-only' | 'write-failed';
/** `{ saved: false }` without an error: the user cancelled, which needs no message. */
export type SaveTextFileResult = { saved: true } | { saved: false; error?: SaveFileFailure };

/** UTF-8 size of a string, counted without encoding it (the text may be 20 MB). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A name to suggest in the save dialog: one plain file name, never a path. Refused: separators
 * and the other characters Windows forbids, control characters, bidirectional overrides (which
 * can disguise an extension), a leading dot (a hidden file), and Windows device names.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

const suggestedFileName = z
  .string()
  .min(1)
  .max(SAVE_NAME_MAX_CHARS)
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name), 'not a plain file name')
  .refine((name) => !name.startsWith('.') && !WINDOWS_DEVICE_NAME.test(name), 'not a usable file name');

export const saveTextFileRequestSchema = z
  .object({
    suggestedName: suggestedFileName,
    // The length check first: a string longer than the cap in UTF-16 units is too big in UTF-8.
    text: z
      .string()
      .max(SAVE_TEXT_MAX_BYTES)
      .refine((text) => utf8ByteLength(text) <= SAVE_TEXT_MAX_BYTES, 'text too large'),
    kind: z.enum(['progress', 'csv', 'backup']),
  })
  .strict()
  .refine((r) => r.suggestedName.endsWith(`.${SAVE_FILE_EXTENSIONS[r.kind]}`), 'extension does not match the kind');

export type SaveTextFileRequest = z.input<typeof saveTextFileRequestSchema>;

/** What the application menu asks the page to do: the actions that need the learner's data. */
export const MENU_COMMANDS = ['export-progress', 'save-backup'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** At most this many files opened with the app are kept at a time (a whole folder dropped on the icon). */
export const OPENED_FILES_MAX = 200;
/**
 * A file opened with the app (a progress file double-clicked, or dropped on its icon): its name
 * and text, read by the main process within the progress file's size cap, or why it was not
 * read. The page then reads the text as untrusted, as any file it imports.
 */
/** A file opened with the app, as the main process read it: its bytes (the page decodes them as any import does), or why not. */
export type OpenedFile = { name: string; bytes: Uint8Array } | { name: string; error: 'too-large' | 'unreadable' };
/**
 * Saving what the window shows as a PDF (a certificate, a training record): the main process
 * prints the sender's own page through its print stylesheet, then asks where to save it. The
 * renderer only suggests a name; it sends no content, so nothing but the page itself is printed.
 */
export const savePdfRequestSchema = z.object({ suggestedName: suggestedFileName.refine((name) => name.endsWith('.pdf'), 'not a PDF file name') }).strict();

export type SavePdfRequest = z.input<typeof savePdfRequestSchema>;

/** The name of the one object the preload puts on `window`. */
export const BRIDGE_GLOBAL = 'carelit';

/**
 * Carries a response type at compile time only: the main process builds responses itself, so
 * there is nothing to parse on the way back.
 */
declare const responseTypeBrand: unique symbol;
interface Returns<T> {
  readonly [responseTypeBrand]?: T;
}
const returns = <T>(): Returns<T> => ({});

interface ChannelSpec {
  readonly method: string;
  readonly request: z.ZodType;
  readonly response: Returns<unknown>;
}

export const IPC_CONTRACT = {
  'app:info': { method: 'getAppInfo', request: z.undefined(), response: returns<AppInfo>() },
  'file:save-text': { method: 'saveTextFile', request: saveTextFileRequestSchema, response: returns<SaveTextFileResult>() },
  'app:set-language': { method: 'setMenuLanguage', request: z.enum(LANGUAGES), response: returns<void>() },
  'files:take-opened': { method: 'takeOpenedFiles', request: z.undefined(), response: returns<OpenedFile[]>() },
  'file:save-pdf': { method: 'savePageAsPdf', request: savePdfRequestSchema, response: returns<SaveTextFileResult>() },
  // The organisation's LRS (core/lrs/ipc.ts): the secret goes in, never out; requests go from the main process only.
  'lrs:secret-state': { method: 'getLrsSecretState', request: z.undefined(), response: returns<LrsSecretState>() },
  'lrs:save-secret': { method: 'saveLrsSecret', request: lrsSaveRequestSchema, response: returns<LrsSaveResult>() },
  'lrs:forget-secret': { method: 'forgetLrsSecret', request: z.undefined(), response: returns<void>() },
  'lrs:test': { method: 'testLrsConnection', request: lrsTestRequestSchema, response: returns<LrsTestResult>() },
  'lrs:send': { method: 'sendLrsStatements', request: lrsSendRequestSchema, response: returns<LrsSendResult>() },
} as const satisfies Record<`${string}:${string}`, ChannelSpec>;

/**
 * What the main process tells the page, unasked: each event names the bridge method that
 * subscribes to it and the schema the preload checks its payload against before the page sees
 * it. Adding an event is one line here; the preload and the bridge type follow.
 */
interface EventSpec {
  readonly method: string;
  readonly payload: z.ZodType;
}

export const IPC_EVENTS = {
  'menu:command': { method: 'onMenuCommand', payload: z.enum(MENU_COMMANDS) },
  /** Files were opened with the app: the page asks for them with takeOpenedFiles. */
  'files:opened': { method: 'onFilesOpened', payload: z.undefined() },
} as const satisfies Record<`${string}:${string}`, EventSpec>;

type Events = typeof IPC_EVENTS;
export type IpcEvent = keyof Events;
export const IPC_EVENT_NAMES = Object.keys(IPC_EVENTS) as IpcEvent[];
export type IpcEventPayload<E extends IpcEvent> = z.output<Events[E]['payload']>;
type EventMethod<E extends IpcEvent> = (listener: (payload: IpcEventPayload<E>) => void) => () => void;

type Contract = typeof IPC_CONTRACT;
export type IpcChannel = keyof Contract;
export const IPC_CHANNELS = Object.keys(IPC_CONTRACT) as IpcChannel[];

/** What the renderer passes. */
export type IpcRequestInput<C extends IpcChannel> = z.input<Contract[C]['request']>;
/** What the main-process handler receives, once validated. */
export type IpcRequest<C extends IpcChannel> = z.output<Contract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = Contract[C]['response'] extends Returns<infer R> ? R : never;

type BridgeMethod<C extends IpcChannel> = [IpcRequestInput<C>] extends [undefined] ? () => Promise<IpcResponse<C>> : (request: IpcRequestInput<C>) => Promise<IpcResponse<C>>;

/** The object the preload exposes; the renderer declares `window.carelit?: CarelitBridge`. */
export type CarelitBridge = {
  readonly [C in IpcChannel as Contract[C]['method']]: BridgeMethod<C>;
} & {
  /** Subscribes to an event; returns the way to unsubscribe. */
  readonly [E in IpcEvent as Events[E]['method']]: EventMethod<E>;
};

/**
 * The main-process side: one handler per channel, given a request already validated and the
 * caller (Electron's invoke event on the main side; core knows nothing of Electron's types), so a
 * handler can act on the sender's own window.
 */
export type IpcHandlers<Caller = unknown> = {
  readonly [C in IpcChannel]: (request: IpcRequest<C>, caller: Caller) => IpcResponse<C> | Promise<IpcResponse<C>>;
};

export type ParsedRequest<C extends IpcChannel> = { ok: true; request: IpcRequest<C> } | { ok: false };

/** Checks a payload against its channel's schema. Only the first argument is ever a payload. */
export function parseIpcRequest<C extends IpcChannel>(channel: C, args: readonly unknown[]): ParsedRequest<C> {
  if (args.length > 1) return { ok: false };
  const schema: z.ZodType = IPC_CONTRACT[channel].request;
  const result = schema.safeParse(args[0]);
  return result.success ? { ok: true, request: result.data as IpcRequest<C> } : { ok: false };
}

/** Checks an event's payload as it arrives from the main process, before the page sees it. */
export function parseIpcEvent<E extends IpcEvent>(event: E, payload: unknown): { ok: true; payload: IpcEventPayload<E> } | { ok: false } {
  const result = (IPC_EVENTS[event].payload as z.ZodType).safeParse(payload);
  return result.success ? { ok: true, payload: result.data as IpcEventPayload<E> } : { ok: false };
}

/** How the preload listens to one event: Electron's `ipcRenderer.on` and `removeListener`, payload only. */
export type Subscribe = (event: IpcEvent, handler: (payload: unknown) => void) => () => void;

/**
 * Builds the bridge from the contract: one named function per channel, each bound to its own
 * channel, so the page never holds a way to call an arbitrary channel; and one per event, whose
 * listener gets only a payload that passed its schema (never Electron's event object).
 */
export function createBridge(invoke: (channel: IpcChannel, request: unknown) => Promise<unknown>, subscribe: Subscribe): CarelitBridge {
  const methods = IPC_CHANNELS.map((channel) => [IPC_CONTRACT[channel].method, (request?: unknown) => invoke(channel, request)]);
  const events = IPC_EVENT_NAMES.map((event) => [
    IPC_EVENTS[event].method,
    (listener: (payload: unknown) => void) =>
      subscribe(event, (payload) => {
        const parsed = parseIpcEvent(event, payload);
        if (parsed.ok) listener(parsed.payload);
      }),
  ]);
  return Object.freeze(Object.fromEntries([...methods, ...events])) as CarelitBridge;
}
