import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, secureWebPreferences } from '../../../electron/security/window';

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      devTools: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it('has no DevTools when told so (a packaged build)', () => {
    expect(secureWebPreferences('p', { devTools: false })).toMatchObject({ devTools: false });
  });

  it('never enables Blink features', () => {
    expect(secureWebPreferences('p')).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads app://carelit/index.html and shows itself only once painted', () => {
    const created: BrowserWindowConstructorOptions[] = [];
    const once = new Map<string, () => void>();
    const fake = {
      once: jest.fn((event: string, listener: () => void) => once.set(event, listener)),
      show: jest.fn(),
      loadURL: jest.fn(async () => undefined),
    };
    const FakeWindow = jest.fn((options: BrowserWindowConstructorOptions) => {
      created.push(options);
      return fake;
    }) as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow;

    const window = createMainWindow(FakeWindow, '/app/dist/electron/preload.cjs');

    expect(window).toBe(fake);
    expect(created[0]?.show).toBe(false);
    expect(created[0]?.webPreferences).toEqual(secureWebPreferences('/app/dist/electron/preload.cjs'));
    expect(fake.loadURL).toHaveBeenCalledWith('app://carelit/index.html');
    expect(fake.show).not.toHaveBeenCalled();
    once.get('ready-to-show')?.();
    expect(fake.show).toHaveBeenCalledTimes(1);
  });
});
