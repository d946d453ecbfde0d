import { z } from 'zod';

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
} as const satisfies Record<`${string}:${string}`, ChannelSpec>;

type Contract = typeof IPC_CONTRACT;
export type IpcChannel = keyof Contract;
export const IPC_CHANNELS = Object.keys(IPC_CONTRACT) as IpcChannel[];

/** What the renderer passes. */
export type IpcRequestInput<C extends IpcChannel> = z.input<Contract[C]['request']>;
/** What the main-process handler receives, once validated. */
export type IpcRequest<C extends IpcChannel> = z.output<Contract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = Contract[C]['response'] extends Returns<infer R> ? R : never;

type BridgeMethod<C extends IpcChannel> = [IpcRequestInput<C>] extends [undefined]
  ? () => Promise<IpcResponse<C>>
  : (request: IpcRequestInput<C>) => Promise<IpcResponse<C>>;

/** The object the preload exposes; the renderer declares `window.carelit?: CarelitBridge`. */
export type CarelitBridge = {
  readonly [C in IpcChannel as Contract[C]['method']]: BridgeMethod<C>;
};

/** The main-process side: one handler per channel, given a request already validated. */
export type IpcHandlers = {
  readonly [C in IpcChannel]: (request: IpcRequest<C>) => IpcResponse<C> | Promise<IpcResponse<C>>;
};

export type ParsedRequest<C extends IpcChannel> = { ok: true; request: IpcRequest<C> } | { ok: false };

/** Checks a payload against its channel's schema. Only the first argument is ever a payload. */
export function parseIpcRequest<C extends IpcChannel>(channel: C, args: readonly unknown[]): ParsedRequest<C> {
  if (args.length > 1) return { ok: false };
  const schema: z.ZodType = IPC_CONTRACT[channel].request;
  const result = schema.safeParse(args[0]);
  return result.success ? { ok: true, request: result.data as IpcRequest<C> } : { ok: false };
}

/**
 * Builds the bridge from the contract: one named function per channel, each bound to its own
 * channel, so the page never holds a way to call an arbitrary channel.
 */
export function createBridge(invoke: (channel: IpcChannel, request: unknown) => Promise<unknown>): CarelitBridge {
  const methods = IPC_CHANNELS.map((channel) => [
    IPC_CONTRACT[channel].method,
    (request?: unknown) => invoke(channel, request),
  ]);
  return Object.freeze(Object.fromEntries(methods)) as CarelitBridge;
}
