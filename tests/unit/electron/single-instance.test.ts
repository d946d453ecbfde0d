import type { App, BrowserWindow } from 'electron';
import { claimSingleInstance, focusWindow } from '../../../electron/single-instance';

function fakeApp(locked: boolean) {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: jest.fn(() => locked),
    on: jest.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    quit: jest.fn(),
  };
  return { app: app as unknown as App & typeof app, listeners };
}

describe('a single instance', () => {
  it('brings the first window forward when CareLit is launched again', () => {
    const { app, listeners } = fakeApp(true);
    const focus = jest.fn();
    expect(claimSingleInstance(app, focus)).toBe(true);
    listeners.get('second-instance')?.();
    expect(focus).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('quits the second launch', () => {
    const { app } = fakeApp(false);
    expect(claimSingleInstance(app, jest.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('restores a minimised window before focusing it', () => {
    const window = { isMinimized: () => true, restore: jest.fn(), focus: jest.fn() };
    focusWindow(window as unknown as BrowserWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});
