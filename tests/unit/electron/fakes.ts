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
