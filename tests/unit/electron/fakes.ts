import type { LrsHandlerServices } from '../../../electron/lrs/handlers';
import { lrsRequests, type LrsSession } from '../../../electron/lrs/requests';
import { createSecretFile } from '../../../electron/lrs/secret-file';

/** Small stand-ins for Electron objects: each records what the code under test registers. */
type Listener = (...args: never[]) => unknown;

export interface FakeWebContents {
  listeners: Map<string, Listener[]>;
  windowOpenHandler?: (details: { url: string }) => unknown;
  on(event: string, listener: Listener): FakeWebContents;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void;
  emit(event: string, ...args: unknown[]): void;
}

export function fakeWebContents(): FakeWebContents {
  const contents: FakeWebContents = {
    listeners: new Map(),
    on(event, listener) {
      contents.listeners.set(event, [...(contents.listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      contents.windowOpenHandler = handler;
    },
    emit(event, ...args) {
      for (const listener of contents.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
    },
  };
  return contents;
}

export interface FakeEvent {
  url: string;
  preventDefault: jest.Mock;
}

export function fakeEvent(url = ''): FakeEvent {
  return { url, preventDefault: jest.fn() };
}

export interface FakeSaveServices {
  window: { id: string };
  dialog: { showSaveDialog: jest.Mock };
  windowOf: jest.Mock;
  documentsFolder: jest.Mock;
  writeTextFile: jest.Mock;
  log: jest.Mock;
  /** What the user does in the save dialog: pick a path, or cancel. */
  choose(filePath: string): void;
  cancel(): void;
}

/** The save dialog, the window lookup and the disk, as `electron/ipc/save-text-file` sees them. */
export function fakeSaveServices(): FakeSaveServices {
  const window = { id: 'main-window' };
  const services: FakeSaveServices = {
    window,
    dialog: { showSaveDialog: jest.fn(async () => ({ canceled: true, filePath: '' })) },
    windowOf: jest.fn(() => window),
    documentsFolder: jest.fn(() => '/home/amina/Documents'),
    writeTextFile: jest.fn(async () => undefined),
    log: jest.fn(),
    choose(filePath) {
      services.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
    },
    cancel() {
      services.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    },
  };
  return services;
}

/**
 * Electron's safeStorage, as `electron/lrs/secret-file` sees it: a reversible stand-in for the
 * system's encryption (the plain secret never appears in what it returns), with the choices a
 * computer makes (encryption available or not, and on Linux, the keyring backend).
 */
export interface FakeSafeStorage {
  isAsyncEncryptionAvailable: jest.Mock;
  encryptStringAsync: jest.Mock;
  decryptStringAsync: jest.Mock;
  getSelectedStorageBackend: jest.Mock;
}

const SEALED = 'sealed:';

export function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' }: { available?: boolean; backend?: string } = {}): FakeSafeStorage {
  return {
    isAsyncEncryptionAvailable: jest.fn(async () => available),
    encryptStringAsync: jest.fn(async (plain: string) => Buffer.from(SEALED + Buffer.from(plain, 'utf8').reverse().toString('hex'))),
    decryptStringAsync: jest.fn(async (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith(SEALED)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: Buffer.from(text.slice(SEALED.length), 'hex').reverse().toString('utf8'), shouldReEncrypt: false };
    }),
    getSelectedStorageBackend: jest.fn(() => backend),
  };
}

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/**
 * A session as `electron/lrs/requests` uses it: its webRequest filter (asked about every
 * request, as Chromium asks it) and its fetch, which goes to `answer` only if the filter let it.
 */
export interface FakeLrsSession {
  webRequest: { onBeforeRequest(listener: BeforeRequest): void };
  fetch: jest.Mock;
  /** What the filter said of each URL, in order. */
  filtered: { url: string; cancelled: boolean }[];
}

export function fakeLrsSession(
  answer: (
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string },
  ) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>,
): FakeLrsSession {
  let filter: BeforeRequest | undefined;
  const session: FakeLrsSession = {
    filtered: [],
    webRequest: { onBeforeRequest: (listener) => void (filter = listener) },
    fetch: jest.fn(async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
      let cancelled = true;
      filter?.({ url }, (response) => (cancelled = response.cancel));
      session.filtered.push({ url, cancelled });
      if (cancelled) throw new TypeError('net::ERR_BLOCKED_BY_CLIENT');
      return answer(url, init);
    }),
  };
  return session;
}

/** The LRS's services for tests about other channels: a secret file in `folder`, a session that answers 500. */
export function idleLrsServices(folder: string): LrsHandlerServices {
  return {
    secrets: createSecretFile({ safeStorage: fakeSafeStorage(), platform: 'win32', folder }),
    requests: lrsRequests(fakeLrsSession(async () => ({ status: 500, headers: { get: () => null }, text: async () => '' })) as unknown as LrsSession),
    sleep: async () => undefined,
  };
}
