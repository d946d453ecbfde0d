import type { App, WebContents } from 'electron';
import { limitNavigation, refuseForeignNavigation } from '../../../electron/security/navigation';
import { hardenEveryWebContents, hardenWebContents } from '../../../electron/security/web-contents';
import { fakeEvent, fakeWebContents } from './fakes';

const FOREIGN = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://other/index.html',
  'app://carelit.attacker.example/',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

describe('navigation', () => {
  it.each(FOREIGN)('is refused to %s', (url) => {
    const event = fakeEvent(url);
    refuseForeignNavigation(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('is allowed within the app', () => {
    const event = fakeEvent('app://carelit/index.html#/modules');
    refuseForeignNavigation(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('is checked on %s', (name) => {
    const contents = fakeWebContents();
    limitNavigation(contents as unknown as WebContents);
    const away = fakeEvent('https://example.com/');
    const home = fakeEvent('app://carelit/index.html');
    contents.emit(name, away);
    contents.emit(name, home);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
  });
});

describe('every webContents the app creates', () => {
  function createdContents() {
    const listeners = new Map<string, (event: unknown, contents: unknown) => void>();
    const app = { on: jest.fn((name: string, listener: (event: unknown, contents: unknown) => void) => listeners.set(name, listener)) };
    const open = jest.fn(async () => undefined);
    hardenEveryWebContents(app as unknown as App, open);
    const contents = fakeWebContents();
    listeners.get('web-contents-created')?.({}, contents);
    return { contents, open };
  }

  it('gets the navigation rule', () => {
    const { contents } = createdContents();
    const away = fakeEvent('https://example.com/');
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
  });

  it('refuses to attach a <webview>, whatever its options', () => {
    const { contents } = createdContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: false }, { src: 'app://carelit/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies new windows', () => {
    const { contents, open } = createdContents();
    expect(contents.windowOpenHandler?.({ url: 'app://carelit/index.html' })).toEqual({ action: 'deny' });
    expect(open).not.toHaveBeenCalled();
  });

  it('is hardened the same way when hardened directly', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents, async () => undefined);
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort());
    expect(contents.windowOpenHandler).toBeDefined();
  });
});
