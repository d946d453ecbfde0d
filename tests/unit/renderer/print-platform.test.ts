import type { CarelitBridge } from '../../../core/ipc';
import { electronPlatform } from '../../../renderer/src/platform/electron';
import { printWith } from '../../../renderer/src/platform/web';

const NAME = 'carelit-certificate-ai-basics-amina.pdf';
const bridgeWith = (savePageAsPdf: jest.Mock) => ({ getAppInfo: jest.fn(), saveTextFile: jest.fn(), savePageAsPdf }) as unknown as CarelitBridge;

describe('printing on the desktop: the main process saves the window’s page as a PDF', () => {
  it('sends only the suggested name, and says whether the PDF was saved or she cancelled', async () => {
    const save = jest.fn(async () => ({ saved: true }));
    await expect(electronPlatform(bridgeWith(save)).printPage({ suggestedName: NAME, html: '<p>forged</p>' } as never)).resolves.toEqual({ outcome: 'saved' });
    expect(save).toHaveBeenCalledWith({ suggestedName: NAME });
    save.mockResolvedValueOnce({ saved: false });
    await expect(electronPlatform(bridgeWith(save)).printPage({ suggestedName: NAME })).resolves.toEqual({ outcome: 'cancelled' });
  });

  it('passes a failure on with its reason, and turns a refused call into one, never an exception', async () => {
    await expect(electronPlatform(bridgeWith(jest.fn(async () => ({ saved: false, error: 'disk-full' })))).printPage({ suggestedName: NAME })).resolves.toEqual({
      outcome: 'failed',
      error: 'disk-full',
    });
    await expect(electronPlatform(bridgeWith(jest.fn(async () => Promise.reject(new Error('IPC request refused'))))).printPage({ suggestedName: NAME })).resolves.toEqual({
      outcome: 'failed',
      error: 'write-failed',
    });
  });

  it('does not send a name the main process would refuse', async () => {
    const save = jest.fn();
    await expect(electronPlatform(bridgeWith(save)).printPage({ suggestedName: '../certificate.pdf' })).resolves.toEqual({ outcome: 'failed', error: 'invalid-request' });
    await expect(electronPlatform(bridgeWith(save)).printPage({ suggestedName: 'certificate.html' })).resolves.toEqual({ outcome: 'failed', error: 'invalid-request' });
    expect(save).not.toHaveBeenCalled();
  });
});

describe('printing in a browser: its print dialog', () => {
  it('opens it, and says so', () => {
    const print = jest.fn();
    expect(printWith(print)).toEqual({ outcome: 'dialog' });
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says it failed when the page may not print', () => {
    expect(
      printWith(() => {
        throw new Error('printing is disabled');
      }),
    ).toEqual({ outcome: 'failed', error: 'write-failed' });
  });
});
