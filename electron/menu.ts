import type { BrowserWindow, Dialog, Menu, MenuItemConstructorOptions } from 'electron';
import { pickLanguage, type Language } from '../core/i18n';
import type { MenuCommand } from '../core/ipc';
import en from '../locales/en/menu.json';
import fr from '../locales/fr/menu.json';
import nl from '../locales/nl/menu.json';
import { sendEvent } from './ipc/events';

/**
 * The application menu, in the interface language (the page says which, on `app:set-language`):
 * File (export my progress, save a backup, quit), View (zoom in, out and back, full screen),
 * Help (about, with the version). File's first two items ask the page, which holds the data;
 * the others are Electron's own roles.
 */
export const MENU_STRINGS: Record<Language, typeof en> = { fr, nl, en };

export interface MenuActions {
  /** Tells the page what to do (the `menu:command` event). */
  send(command: MenuCommand): void;
  about(): void;
}

export function menuTemplate(language: Language, actions: MenuActions, platform: string = process.platform): MenuItemConstructorOptions[] {
  const s = MENU_STRINGS[language];
  const menus: MenuItemConstructorOptions[] = [
    {
      label: s.file,
      submenu: [
        { label: s.exportProgress, click: () => actions.send('export-progress') },
        { label: s.saveBackup, click: () => actions.send('save-backup') },
        { type: 'separator' },
        { role: 'quit', label: s.quit },
      ],
    },
    {
      label: s.view,
      submenu: [
        { role: 'zoomIn', label: s.zoomIn },
        { role: 'zoomOut', label: s.zoomOut },
        { role: 'resetZoom', label: s.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: s.fullScreen },
      ],
    },
    { label: s.help, submenu: [{ label: s.about, click: () => actions.about() }] },
  ];
  // macOS puts the application's own menu first, whatever the app does.
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus;
}

export interface ApplicationMenu {
  /** Rebuilds the menu in `language`, and the about box's words with it. */
  setLanguage(language: Language): void;
}

/**
 * Installs the menu, first in the system's language (before the page says), and rebuilds it
 * whenever the interface language changes.
 */
export function installApplicationMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  dialog: Pick<Dialog, 'showMessageBox'>,
  app: { getLocale(): string; getVersion(): string },
  window: () => BrowserWindow | undefined,
): ApplicationMenu {
  let language = pickLanguage([app.getLocale()]);
  const actions: MenuActions = {
    send: (command) => sendEvent(window()?.webContents, 'menu:command', command),
    about: () => {
      const s = MENU_STRINGS[language];
      const options = {
        type: 'info' as const,
        title: s.about,
        message: `CareLit ${app.getVersion()}`,
        detail: s.aboutDetail.replace('{{version}}', app.getVersion()),
        buttons: [s.ok],
      };
      const parent = window();
      void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
  };
  const build = () => menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(language, actions)));
  build();
  return {
    setLanguage(next) {
      if (next === language) return;
      language = next;
      build();
    },
  };
}
