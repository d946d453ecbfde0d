import path from 'node:path';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { PROGRESS_FILE_MAX_BYTES } from '../../../core/cohort/progress-file';
import { LANGUAGES } from '../../../core/i18n';
import { OPENED_FILES_MAX } from '../../../core/ipc';
import { installApplicationMenu, menuTemplate, MENU_STRINGS } from '../../../electron/menu';
import { createOpenedFiles, jsonPathsIn } from '../../../electron/opened-files';
import { createMainWindow, mainWindowOptions } from '../../../electron/security/window';
import { loadWindowState, parseWindowState, rememberWindowState, visibleBounds } from '../../../electron/window-state';

type Item = MenuItemConstructorOptions;
const labels = (items: Item[]) => items.map((item) => item.label ?? item.role ?? item.type);
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];

describe('the application menu', () => {
  const actions = { send: jest.fn(), about: jest.fn() };

  it('has File, View and Help in each language, with the same items', () => {
    for (const language of LANGUAGES) {
      const menus = menuTemplate(language, actions, 'linux');
      expect(menus).toHaveLength(3);
      expect(submenu(menus[0]).map((i) => i.role ?? i.type ?? 'command')).toEqual(['command', 'command', 'separator', 'quit']);
      expect(submenu(menus[1]).map((i) => i.role ?? i.type)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'separator', 'togglefullscreen']);
      expect(submenu(menus[2])).toHaveLength(1);
    }
    expect(labels(menuTemplate('fr', actions, 'linux'))).toEqual(['&Fichier', '&Affichage', 'Ai&de']);
    expect(labels(submenu(menuTemplate('nl', actions, 'linux')[1]))).toEqual(['Inzoomen', 'Uitzoomen', 'Werkelijke grootte', 'separator', 'Volledig scherm']);
  });

  it('has every string in every language, and a distinct access key per top menu', () => {
    const keys = Object.keys(MENU_STRINGS.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(MENU_STRINGS[language]).sort()).toEqual(keys);
      const s = MENU_STRINGS[language];
      const accessKeys = [s.file, s.view, s.help].map((label) => /&(.)/.exec(label)?.[1]?.toLowerCase());
      expect(new Set(accessKeys).size).toBe(3);
      expect(s.aboutDetail).toContain('{{version}}');
    }
  });

  it('asks the page to export or save a backup, and opens the about box', () => {
    const [file, , help] = menuTemplate('en', actions, 'linux');
    submenu(file)[0]!.click!(undefined as never, undefined, undefined as never);
    submenu(file)[1]!.click!(undefined as never, undefined, undefined as never);
    submenu(help)[0]!.click!(undefined as never, undefined, undefined as never);
    expect(actions.send.mock.calls).toEqual([['export-progress'], ['save-backup']]);
    expect(actions.about).toHaveBeenCalledTimes(1);
  });

  it('starts with the application menu macOS always shows first', () => {
    expect(menuTemplate('en', actions, 'darwin')[0]).toEqual({ role: 'appMenu' });
  });

  it('starts in the system’s language, follows the page’s, and says the version in the about box', async () => {
    const Menu = { buildFromTemplate: jest.fn((t: Item[]) => t), setApplicationMenu: jest.fn() };
    const dialog = { showMessageBox: jest.fn(async () => ({ response: 0, checkboxChecked: false })) };
    const send = jest.fn();
    const window = { webContents: { send } } as unknown as BrowserWindow;
    const menu = installApplicationMenu(Menu as never, dialog, { getLocale: () => 'nl-BE', getVersion: () => '0.2.0' }, () => window);
    const built = () => Menu.buildFromTemplate.mock.calls.at(-1)![0];
    expect(labels(built())).toEqual(['&Bestand', 'Bee&ld', '&Help']);
    menu.setLanguage('en');
    expect(labels(built())).toEqual(['&File', '&View', '&Help']);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    menu.setLanguage('en');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    submenu(built()[0])[0]!.click!(undefined as never, undefined, undefined as never);
    expect(send).toHaveBeenCalledWith('menu:command', 'export-progress');
    submenu(built()[2])[0]!.click!(undefined as never, undefined, undefined as never);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'About CareLit', message: 'CareLit 0.2.0', detail: expect.stringContaining('Version 0.2.0.') }),
    );
  });
});

describe('the window’s size and place', () => {
  const screenArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const secondScreen = { x: 1920, y: 0, width: 1280, height: 1024 };

  it('reads only a well-formed state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1100,"height":760,"maximized":false}')).toEqual({ x: 10, y: 20, width: 1100, height: 760, maximized: false });
    for (const text of [
      '',
      'not json',
      '[]',
      'null',
      '{"x":10,"y":20,"width":1100,"height":760}',
      '{"x":"10","y":20,"width":1100,"height":760,"maximized":false}',
      '{"x":1.5,"y":20,"width":1100,"height":760,"maximized":false}',
      '{"x":10,"y":20,"width":1e9,"height":760,"maximized":false}',
      '{"x":10,"y":20,"width":0,"height":760,"maximized":false}',
    ]) {
      expect(parseWindowState(text)).toBeNull();
    }
  });

  it('opens where it was, on the display that shows it, shrunk to fit and never under its minimum', () => {
    expect(visibleBounds({ x: 2000, y: 100, width: 1000, height: 700, maximized: false }, [screenArea, secondScreen])).toEqual({ x: 2000, y: 100, width: 1000, height: 700 });
    expect(visibleBounds({ x: 100, y: 50, width: 3000, height: 2000, maximized: false }, [screenArea])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    // Partly off its display (a corner still grabbable): pulled in whole.
    expect(visibleBounds({ x: 1700, y: 900, width: 1000, height: 700, maximized: false }, [screenArea])).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
    expect(visibleBounds({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [screenArea])).toMatchObject({ width: 800, height: 600 });
  });

  it('comes back onto the first display when the one it was on is gone', () => {
    expect(visibleBounds({ x: 2500, y: 200, width: 1000, height: 700, maximized: false }, [screenArea])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
    expect(visibleBounds({ x: -5000, y: -5000, width: 1000, height: 700, maximized: false }, [screenArea])).toMatchObject({ x: 460, y: 170 });
    expect(visibleBounds({ x: 0, y: 0, width: 1000, height: 700, maximized: false }, [])).toBeNull();
  });

  it('is loaded from its file, and nothing is used from a damaged one', async () => {
    const files = (text: string) => ({ read: async () => text, write: jest.fn(async () => undefined) });
    await expect(loadWindowState(files('{"x":10,"y":20,"width":1100,"height":760,"maximized":true}'), [screenArea])).resolves.toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 760 },
      maximized: true,
    });
    await expect(loadWindowState(files('{"x":'), [screenArea])).resolves.toBeNull();
    await expect(loadWindowState({ read: () => Promise.reject(new Error('ENOENT')), write: jest.fn() }, [screenArea])).resolves.toBeNull();
  });

  it('is written when the window closes: its normal bounds, and whether it was maximised', async () => {
    const listeners = new Map<string, () => void>();
    const window = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => ({ x: 40, y: 30, width: 1100, height: 760 }),
      isMaximized: () => true,
    };
    const files = { read: jest.fn(), write: jest.fn(async (_text: string) => undefined) };
    rememberWindowState(window as never, files);
    listeners.get('close')!();
    expect(parseWindowState(files.write.mock.calls[0]![0])).toEqual({ x: 40, y: 30, width: 1100, height: 760, maximized: true });
  });

  it('gives the window its saved bounds, its minimum still, and maximises it before showing it', () => {
    expect(mainWindowOptions('/p.cjs', { bounds: { x: 40, y: 30, width: 1100, height: 760 }, maximized: false })).toMatchObject({
      x: 40,
      y: 30,
      width: 1100,
      height: 760,
      minWidth: 800,
      minHeight: 600,
      show: false,
    });
    expect(mainWindowOptions('/p.cjs', null)).toMatchObject({ width: 1280, height: 820 });
    const once = new Map<string, () => void>();
    const instance = { once: (event: string, listener: () => void) => once.set(event, listener), maximize: jest.fn(), show: jest.fn(), loadURL: jest.fn(async () => undefined) };
    const Window = jest.fn(() => instance);
    createMainWindow(Window as never, '/p.cjs', { bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: true });
    once.get('ready-to-show')!();
    expect(instance.maximize).toHaveBeenCalled();
    expect(instance.show).toHaveBeenCalled();
  });
});

describe('progress files opened with the app', () => {
  const disk = (files: Record<string, string | { size: number } | 'folder'>) => ({
    stat: jest.fn(async (p: string) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      if (f === 'folder') return { size: 0, isFile: () => false };
      return { size: typeof f === 'string' ? f.length : f.size, isFile: () => true };
    }),
    readBytes: jest.fn(async (p: string) => new TextEncoder().encode(files[p] as string)),
  });

  it('are the .json arguments of a launch, made absolute from where it was launched', () => {
    expect(jsonPathsIn(['--inspect', 'amina.json', 'notes.txt', '/tmp/BRAM.JSON', '-x.json'], '/home/trainer')).toEqual([
      path.resolve('/home/trainer', 'amina.json'),
      path.resolve('/tmp/BRAM.JSON'),
    ]);
  });

  it('are read once each within the size cap, kept until the page takes them, and the page is told', async () => {
    const notify = jest.fn();
    const opened = createOpenedFiles(
      disk({ '/a/amina.json': '{"format":"carelit-progress"}', '/a/huge.json': { size: PROGRESS_FILE_MAX_BYTES + 1 }, '/a/dir.json': 'folder' }),
      notify,
    );
    await opened.add(['/a/amina.json', '/a/amina.json', '/a/huge.json', '/a/dir.json', '/a/gone.json']);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(opened.take()).toEqual([
      { name: 'amina.json', bytes: new TextEncoder().encode('{"format":"carelit-progress"}') },
      { name: 'huge.json', error: 'too-large' },
      { name: 'dir.json', error: 'unreadable' },
      { name: 'gone.json', error: 'unreadable' },
    ]);
    expect(opened.take()).toEqual([]);
  });

  it('never reads a file over the cap, and keeps at most a few hundred', async () => {
    const many = Object.fromEntries(Array.from({ length: OPENED_FILES_MAX + 50 }, (_, i) => [`/f/${i}.json`, '{}']));
    const d = { ...disk({ ...many, '/big.json': { size: PROGRESS_FILE_MAX_BYTES * 10 } }) };
    const opened = createOpenedFiles(d, jest.fn());
    await opened.add(['/big.json']);
    expect(d.readBytes).not.toHaveBeenCalled();
    await opened.add(Object.keys(many));
    expect(opened.take()).toHaveLength(OPENED_FILES_MAX);
  });

  it('tells the page nothing when nothing was opened', async () => {
    const notify = jest.fn();
    await createOpenedFiles(disk({}), notify).add([]);
    expect(notify).not.toHaveBeenCalled();
  });
});
