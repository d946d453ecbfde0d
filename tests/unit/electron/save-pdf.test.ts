import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { createSavePdf, PDF_OPTIONS } from '../../../electron/ipc/save-pdf';
import { fakeSaveServices, type FakeSaveServices } from './fakes';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

function setUp(print: jest.Mock = jest.fn(async () => PDF)) {
  const services = fakeSaveServices();
  const writeBinaryFile = jest.fn(async () => undefined);
  const save = createSavePdf({ ...(services as unknown as Parameters<typeof createSavePdf>[0]), writeBinaryFile });
  const sender = { id: 7, printToPDF: print } as unknown as WebContents;
  return { services, writeBinaryFile, print, run: () => save({ suggestedName: 'carelit-certificate-ai-basics-amina.pdf' }, { sender } as IpcMainInvokeEvent), sender };
}

describe('saving the window’s page as a PDF', () => {
  it('prints the sender’s own page before asking where, then writes the bytes where she chose', async () => {
    const { services, writeBinaryFile, print, run } = setUp();
    services.choose('/media/usb/attestation.pdf');
    await expect(run()).resolves.toEqual({ saved: true });
    expect(print).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(print.mock.invocationCallOrder[0]).toBeLessThan(services.dialog.showSaveDialog.mock.invocationCallOrder[0]!);
    expect(writeBinaryFile).toHaveBeenCalledWith('/media/usb/attestation.pdf', PDF);
    expect((services.dialog.showSaveDialog.mock.calls[0] as unknown[])[1]).toMatchObject({ filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('writes nothing when she cancels', async () => {
    const { services, writeBinaryFile, run } = setUp();
    services.cancel();
    await expect(run()).resolves.toEqual({ saved: false });
    expect(writeBinaryFile).not.toHaveBeenCalled();
  });

  it('says the file could not be made when Chromium cannot print, and opens no dialog', async () => {
    const { services, run } = setUp(jest.fn(async () => Promise.reject(new Error('Printing failed'))));
    await expect(run()).resolves.toEqual({ saved: false, error: 'write-failed' });
    expect(services.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect((services as FakeSaveServices).log).toHaveBeenCalledWith('CareLit could not print a page to PDF', expect.any(Error));
  });

  it('turns a full disk into a reason the renderer can explain', async () => {
    const { services, writeBinaryFile, run } = setUp();
    services.choose('/media/usb/attestation.pdf');
    writeBinaryFile.mockRejectedValueOnce(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    await expect(run()).resolves.toEqual({ saved: false, error: 'disk-full' });
  });
});
