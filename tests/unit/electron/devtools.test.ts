import type { App } from 'electron';
import { devToolsAllowed, keepDevToolsClosed } from '../../../electron/security/devtools';
import { fakeWebContents } from './fakes';

/** An app whose `web-contents-created` listeners can be fired by hand. */
function fakeApp(isPackaged: boolean) {
  const listeners: ((event: unknown, contents: unknown) => void)[] = [];
  const app = { isPackaged, on: jest.fn((_event: string, listener: (event: unknown, contents: unknown) => void) => listeners.push(listener)) };
  return { app: app as unknown as Pick<App, 'isPackaged' | 'on'>, created: (contents: unknown) => listeners.forEach((l) => l({}, contents)) };
}

describe('DevTools in a packaged build', () => {
  it('are off in a packaged build and on in development', () => {
    expect(devToolsAllowed({ isPackaged: true })).toBe(false);
    expect(devToolsAllowed({ isPackaged: false })).toBe(true);
  });

  it('close as soon as something opens them, in every webContents of a packaged build', () => {
    const { app, created } = fakeApp(true);
    keepDevToolsClosed(app);
    const contents = Object.assign(fakeWebContents(), { closeDevTools: jest.fn() });
    created(contents);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalledTimes(1);
  });

  it('are left alone in development (npm start)', () => {
    const { app } = fakeApp(false);
    keepDevToolsClosed(app);
    expect(app.on).not.toHaveBeenCalled();
  });
});
