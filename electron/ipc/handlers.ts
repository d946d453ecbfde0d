import type { App } from 'electron';
import { createLrsHandlers, type LrsHandlerServices } from '../lrs/handlers';
import type { MainIpcHandlers } from './register';
import { createSavePdf, type SavePdfServices } from './save-pdf';
import { createSaveTextFile, type SaveTextFileServices } from './save-text-file';

interface Runtime {
  readonly versions: Pick<NodeJS.ProcessVersions, 'electron' | 'chrome'>;
  readonly platform: string;
}

/** What the handlers need from Electron and the disk beyond `app`, injected so tests need neither. */
export type HandlerServices = Omit<SaveTextFileServices, 'documentsFolder'> & Pick<SavePdfServices, 'writeBinaryFile'> & { lrs: LrsHandlerServices };

/** One handler per channel of the contract; the compiler asks for a new one with each channel. */
export function createIpcHandlers(
  app: Pick<App, 'getVersion' | 'getLocale' | 'getPath'>,
  services: HandlerServices,
  runtime: Runtime = process,
): MainIpcHandlers {
  return {
    'app:info': () => ({
      version: app.getVersion(),
      electron: runtime.versions.electron,
      chrome: runtime.versions.chrome,
      platform: runtime.platform,
      locale: app.getLocale(),
    }),
    'file:save-text': createSaveTextFile({ ...services, documentsFolder: () => app.getPath('documents') }),
    'file:save-pdf': createSavePdf({ ...services, documentsFolder: () => app.getPath('documents') }),
    ...createLrsHandlers(services.lrs),
  };
}
