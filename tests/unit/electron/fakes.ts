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
