import type { IpcMainInvokeEvent, PrintToPDFOptions, WebContents } from 'electron';
import type { IpcRequest, SaveTextFileResult } from '../../core/ipc';
import { logToConsole, saveThroughDialog, type SaveTextFileServices } from './save-text-file';

/**
 * `file:save-pdf`: a certificate or a training record as a PDF. The main process prints the
 * sender's own page (Chromium applies its print stylesheet, which shows only what is to be
 * printed), then the user chooses where to save it in the system's dialog. The renderer sends a
 * file name and nothing else: it cannot have anything but its own page printed.
 */
export type SavePdfServices = Omit<SaveTextFileServices, 'writeTextFile'> & {
  /** `fs/promises.writeFile` in production. */
  writeBinaryFile(filePath: string, data: Uint8Array): Promise<void>;
};

/** A4, as Belgian offices print; the page's own @page rule may set its margins. A tagged PDF, for screen readers. */
export const PDF_OPTIONS: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true };

const PDF_FILTER = { name: 'PDF', extensions: ['pdf'] };

export function createSavePdf(services: SavePdfServices) {
  return async (request: IpcRequest<'file:save-pdf'>, event: Pick<IpcMainInvokeEvent, 'sender'>): Promise<SaveTextFileResult> => {
    let pdf: Uint8Array;
    try {
      // Printed first: the page as it is when she asked, whatever happens while the dialog is open.
      pdf = await (event.sender as WebContents).printToPDF(PDF_OPTIONS);
    } catch (error) {
      (services.log ?? logToConsole)('CareLit could not print a page to PDF', error);
      return { saved: false, error: 'write-failed' };
    }
    return saveThroughDialog(services, event.sender, request.suggestedName, PDF_FILTER, (filePath) => services.writeBinaryFile(filePath, pdf));
  };
}
