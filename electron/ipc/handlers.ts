import type { App } from 'electron';
import type { Language } from '../../core/i18n';
import type { OpenedFile } from '../../core/ipc';
import { createLrsHandlers, type LrsHandlerServices } from '../lrs/handlers';
import type { MainIpcHandlers } from './register';
import { createSavePdf, type SavePdfServices } from './save-pdf';
import { createSaveTextFile, type SaveTextFileServices } from './save-text-file';

interface Runtime {
  readonly versions: Pick<NodeJS.ProcessVersions, 'electron' | 'chrome'>;
  readonly platform: string;
}

/** The desktop's own services: the application menu's language, and the files opened with the app. */
export interface DesktopServices {
  setMenuLanguage(language: Language): void;
  takeOpenedFiles(): OpenedFile[];
}

/** What the handlers need from Electron and the disk beyond `app`, injected so tests need neither. */
export type HandlerServices = Omit<SaveTextFileServices, 'documentsFolder'> & Pick<SavePdfServices, 'writeBinaryFile'> & DesktopServices & { lrs: LrsHandlerServices };

/** One handler per channel of the contract; the compiler asks for a new one with each channel. */
export function createIpcHandlers(app: Pick<App, 'getVersion' | 'getLocale' | 'getPath'>, services: HandlerServices, runtime: Runtime = process): MainIpcHandlers {
  return {
    'app:info': () => ({
      version: app.getVersion(),
      electron: runtime.versions.electron,
      chrome: runtime.versions.chrome,
      platform: runtime.platform,
      locale: app.getLocale(),
    }),
    'file:save-text': createSaveTextFile({ ...services, documentsFolder: () => app.getPath('documents') }),
    'app:set-language': (language) => services.setMenuLanguage(language),
    'files:take-opened': () => services.takeOpenedFiles(),
    'file:save-pdf': createSavePdf({ ...services, documentsFolder: () => app.getPath('documents') }),
    ...createLrsHandlers(services.lrs),
  };
}
