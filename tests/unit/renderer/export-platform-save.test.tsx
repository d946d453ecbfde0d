import type { CarelitBridge } from '../../../core/ipc';
import { electronPlatform } from '../../../renderer/src/platform/electron';
import type { SaveTextFileRequest } from '../../../renderer/src/platform';
import { downloadTextFile, OBJECT_URL_LIFETIME_MS, type DownloadHost } from '../../../renderer/src/platform/web';

const PROGRESS: SaveTextFileRequest = { suggestedName: 'carelit-progress-anais-2026-11-20.json', text: '{"format":"carelit-progress"}\n', kind: 'progress' };

function fakeHost() {
  const later: (() => void)[] = [];
  const clicked: { href: string; download: string; inPage: boolean }[] = [];
  const blobs: Blob[] = [];
  const host = {
    document,
    createObjectURL: jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:app://carelit/1234';
    }),
    revokeObjectURL: jest.fn(),
    later: jest.fn((run: () => void, _ms: number) => void later.push(run)),
  } satisfies DownloadHost;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
  });
  return { host, later, clicked, blobs, click };
}

afterEach(() => jest.restoreAllMocks());

describe('saving a file in a browser', () => {
  it('hands the text to the browser as a download with the suggested name, then frees it', async () => {
    const { host, later, clicked, blobs } = fakeHost();
    await expect(downloadTextFile(PROGRESS, host)).resolves.toEqual({ saved: true });
    expect(clicked).toEqual([{ href: 'blob:app://carelit/1234', download: PROGRESS.suggestedName, inPage: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0]!.type).toBe('application/json;charset=utf-8');
    expect(blobs[0]!.size).toBe(PROGRESS.text.length);
    // Not revoked at once: the browser may not have started reading the blob yet.
    expect(host.revokeObjectURL).not.toHaveBeenCalled();
    expect(host.later).toHaveBeenCalledWith(expect.any(Function), OBJECT_URL_LIFETIME_MS);
    later.forEach((run) => run());
    expect(host.revokeObjectURL).toHaveBeenCalledWith('blob:app://carelit/1234');
  });

  it('gives a CSV its own media type', async () => {
    const { host, blobs } = fakeHost();
    await downloadTextFile({ suggestedName: 'cohorte.csv', text: 'a;b\r\n', kind: 'csv' }, host);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
  });

  it('refuses what the desktop would refuse, without starting a download', async () => {
    const { host, clicked } = fakeHost();
    await expect(downloadTextFile({ ...PROGRESS, suggestedName: '../progress.json' }, host)).resolves.toEqual({ saved: false, error: 'invalid-request' });
    await expect(downloadTextFile({ ...PROGRESS, suggestedName: 'progress.csv' }, host)).resolves.toEqual({ saved: false, error: 'invalid-request' });
    expect(host.createObjectURL).not.toHaveBeenCalled();
    expect(clicked).toEqual([]);
  });

  it('says the file was not written when the browser cannot make the download', async () => {
    const { host } = fakeHost();
    host.createObjectURL.mockImplementation(() => {
      throw new Error('out of memory');
    });
    await expect(downloadTextFile(PROGRESS, host)).resolves.toEqual({ saved: false, error: 'write-failed' });
  });
});

describe('saving a file on the desktop', () => {
  function bridgeWith(saveTextFile: jest.Mock) {
    return { getAppInfo: jest.fn(), saveTextFile } as unknown as CarelitBridge;
  }

  it('asks the main process with exactly the contract’s members, and passes its answer on', async () => {
    const save = jest.fn(async () => ({ saved: false, error: 'disk-full' }));
    const platform = electronPlatform(bridgeWith(save));
    const request = { ...PROGRESS, extra: 'not part of the contract' } as SaveTextFileRequest;
    await expect(platform.saveTextFile(request)).resolves.toEqual({ saved: false, error: 'disk-full' });
    expect(save).toHaveBeenCalledWith(PROGRESS);
  });

  it('does not send a request the main process would refuse', async () => {
    const save = jest.fn();
    const platform = electronPlatform(bridgeWith(save));
    await expect(platform.saveTextFile({ ...PROGRESS, suggestedName: 'C:\\Windows\\progress.json' })).resolves.toEqual({ saved: false, error: 'invalid-request' });
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a refused or broken call into a value, never an exception', async () => {
    const platform = electronPlatform(bridgeWith(jest.fn(async () => Promise.reject(new Error('IPC request refused')))));
    await expect(platform.saveTextFile(PROGRESS)).resolves.toEqual({ saved: false, error: 'write-failed' });
  });
});
