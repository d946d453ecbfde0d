import type { App, BrowserWindow } from 'electron';
import { claimSingleInstance, focusWindow } from '../../../electron/single-instance';

function fakeApp(locked: boolean) {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const app = {
    requestSingleInstanceLock: jest.fn(() => locked),
    on: jest.fn((event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener)),
    quit: jest.fn(),
  };
  return { app: app as unknown as App & typeof app, listeners };
}

describe('a single instance', () => {
  it('hands a second launch’s arguments and folder to the first instance', () => {
    const { app, listeners } = fakeApp(true);
    const secondLaunch = jest.fn();
    expect(claimSingleInstance(app, secondLaunch)).toBe(true);
    listeners.get('second-instance')?.({}, ['/opt/carelit/carelit', 'amina.json'], '/home/trainer/Bureau');
    expect(secondLaunch).toHaveBeenCalledWith(['/opt/carelit/carelit', 'amina.json'], '/home/trainer/Bureau');
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
