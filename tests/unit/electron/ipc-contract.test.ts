import { PROGRESS_FILE_MAX_BYTES } from '../../../core/cohort/progress-file';
import type { Language } from '../../../core/i18n';
import {
  BRIDGE_GLOBAL,
  createBridge,
  IPC_CHANNELS,
  IPC_CONTRACT,
  IPC_EVENT_NAMES,
  IPC_EVENTS,
  MENU_COMMANDS,
  parseIpcEvent,
  parseIpcRequest,
  SAVE_TEXT_MAX_BYTES,
  utf8ByteLength,
  type AppInfo,
  type CarelitBridge,
  type IpcHandlers,
  type IpcResponse,
  type MenuCommand,
  type OpenedFile,
  type SavePdfRequest,
  type SaveTextFileRequest,
  type SaveTextFileResult,
} from '../../../core/ipc';
import type { ConnectionReport } from '../../../core/lrs/connection';
import {
  LRS_BATCH_MAX_BYTES,
  LRS_BATCH_MAX_STATEMENTS,
  type LrsSaveRequest,
  type LrsSaveResult,
  type LrsSecretState,
  type LrsSendRequest,
  type LrsTestRequest,
} from '../../../core/lrs/ipc';
import type { PushResult } from '../../../core/lrs/push';
import { learnerStatements } from '../lrs/statements';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('the IPC contract', () => {
  it('gives the renderer a typed bridge derived from the channel map (checked by the compiler)', () => {
    const bridgeShape: Equals<
      CarelitBridge,
      {
        readonly getAppInfo: () => Promise<AppInfo>;
        readonly saveTextFile: (request: SaveTextFileRequest) => Promise<SaveTextFileResult>;
        readonly setMenuLanguage: (request: Language) => Promise<void>;
        readonly takeOpenedFiles: () => Promise<OpenedFile[]>;
        readonly savePageAsPdf: (request: SavePdfRequest) => Promise<SaveTextFileResult>;
        readonly getLrsSecretState: () => Promise<LrsSecretState>;
        readonly saveLrsSecret: (request: LrsSaveRequest) => Promise<LrsSaveResult>;
        readonly forgetLrsSecret: () => Promise<void>;
        readonly testLrsConnection: (request: LrsTestRequest) => Promise<ConnectionReport>;
        readonly sendLrsStatements: (request: LrsSendRequest) => Promise<PushResult>;
      } & {
        readonly onMenuCommand: (listener: (payload: MenuCommand) => void) => () => void;
        readonly onFilesOpened: (listener: (payload: undefined) => void) => () => void;
      }
    > = true;
    const response: Equals<IpcResponse<'app:info'>, AppInfo> = true;
    const saveResponse: Equals<IpcResponse<'file:save-text'>, SaveTextFileResult> = true;
    const handlers: Equals<
      keyof IpcHandlers,
      | 'app:info'
      | 'file:save-text'
      | 'app:set-language'
      | 'files:take-opened'
      | 'file:save-pdf'
      | 'lrs:secret-state'
      | 'lrs:save-secret'
      | 'lrs:forget-secret'
      | 'lrs:test'
      | 'lrs:send'
    > = true;
    expect([bridgeShape, response, saveResponse, handlers]).toEqual([true, true, true, true]);
  });

  it('names the one global the preload exposes', () => {
    expect(BRIDGE_GLOBAL).toBe('carelit');
  });

  it('gives every channel a distinct bridge method', () => {
    const methods = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method);
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('accepts app:info without a payload and refuses any payload or extra argument', () => {
    expect(parseIpcRequest('app:info', [])).toEqual({ ok: true, request: undefined });
    expect(parseIpcRequest('app:info', [undefined])).toEqual({ ok: true, request: undefined });
    expect(parseIpcRequest('app:info', [{ path: '/etc/passwd' }])).toEqual({ ok: false });
    expect(parseIpcRequest('app:info', ['x'])).toEqual({ ok: false });
    expect(parseIpcRequest('app:info', [undefined, 'extra'])).toEqual({ ok: false });
  });

  describe('file:save-pdf', () => {
    const accepts = (request: unknown) => parseIpcRequest('file:save-pdf', [request]).ok;

    it('takes a plain PDF file name, and nothing else: no content, no path, no other extension', () => {
      expect(parseIpcRequest('file:save-pdf', [{ suggestedName: 'Attestation – Amina.pdf' }])).toEqual({ ok: true, request: { suggestedName: 'Attestation – Amina.pdf' } });
      expect(accepts({ suggestedName: 'record.pdf', html: '<p>forged</p>' })).toBe(false);
      expect(accepts({ suggestedName: '../record.pdf' })).toBe(false);
      expect(accepts({ suggestedName: 'record.csv' })).toBe(false);
      expect(accepts({ suggestedName: 'record.pdf.exe' })).toBe(false);
      expect(accepts({ suggestedName: '.pdf' })).toBe(false);
      expect(accepts('record.pdf')).toBe(false);
      expect(parseIpcRequest('file:save-pdf', [{ suggestedName: 'record.pdf' }, 'extra'])).toEqual({ ok: false });
    });
  });

  describe('file:save-text', () => {
    const progress = { suggestedName: 'carelit-progress-amina-2026-11-20.json', text: '{"format":"carelit-progress"}\n', kind: 'progress' };
    const accepts = (request: unknown) => parseIpcRequest('file:save-text', [request]).ok;

    it('accepts a progress file and a CSV, each with its own extension', () => {
      expect(parseIpcRequest('file:save-text', [progress])).toEqual({ ok: true, request: progress });
      expect(accepts({ suggestedName: 'Cohorte mars 2026 – soins intensifs.csv', text: 'a;b\r\n', kind: 'csv' })).toBe(true);
      expect(accepts({ ...progress, text: '' })).toBe(true);
    });

    it.each([
      ['a path', '../../.bashrc.json'],
      ['an absolute path', '/etc/cron.d/x.json'],
      ['a Windows path', 'C:\\Users\\Public\\x.json'],
      ['a drive-relative name', 'C:x.json'],
      ['a backslash alone', '..\\progress.json'],
      ['a Windows separator in the middle', 'reports\\progress.json'],
      ['a control character', 'carelit\nprogress.json'],
      ['a NUL byte', 'progress\u0000.json'],
      ['a right-to-left override hiding the extension', 'carelit-\u202enosj.exe.json'],
      ['a hidden file', '.progress.json'],
      ['a Windows device name', 'NUL.json'],
      ['a wildcard', 'progress*.json'],
      ['no name at all', ''],
      ['a name over 120 characters', `${'a'.repeat(116)}.json`],
      ['the other kind’s extension', 'progress.csv'],
      ['an extension that only starts right', 'progress.json.exe'],
    ])('refuses a suggested name with %s', (_why, suggestedName) => {
      expect(accepts({ ...progress, suggestedName })).toBe(false);
    });

    it('takes a name of exactly 120 characters', () => {
      expect(accepts({ ...progress, suggestedName: `${'a'.repeat(115)}.json` })).toBe(true);
    });

    it('lets through any progress file a trainer would accept, and nothing larger', () => {
      expect(SAVE_TEXT_MAX_BYTES).toBe(PROGRESS_FILE_MAX_BYTES);
    });

    it('refuses text over 20 MB, counted in UTF-8 bytes', () => {
      expect(accepts({ ...progress, text: 'x'.repeat(SAVE_TEXT_MAX_BYTES) })).toBe(true);
      expect(accepts({ ...progress, text: 'x'.repeat(SAVE_TEXT_MAX_BYTES + 1) })).toBe(false);
      // Under the cap in UTF-16 units, over it in bytes: "é" is two bytes.
      expect(accepts({ ...progress, text: 'é'.repeat(SAVE_TEXT_MAX_BYTES / 2 + 1) })).toBe(false);
    });

    it('refuses another kind, a missing member, an extra member or a second argument', () => {
      expect(accepts({ ...progress, kind: 'pdf' })).toBe(false);
      expect(accepts({ suggestedName: progress.suggestedName, kind: 'progress' })).toBe(false);
      expect(accepts({ ...progress, path: '/tmp/x.json' })).toBe(false);
      expect(accepts({ ...progress, text: 42 })).toBe(false);
      expect(accepts('carelit.json')).toBe(false);
      expect(parseIpcRequest('file:save-text', [progress, 'extra'])).toEqual({ ok: false });
    });

    it('counts UTF-8 bytes as an encoder does', () => {
      for (const text of ['', 'abc', 'é', '€', '😷', 'Bxl – soins 🩺 naïve', '\ud800 lone surrogate']) {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }
    });
  });

  describe('the LRS channels', () => {
    const connection = { endpoint: 'https://lrs.example.org/data/xAPI/', key: 'carelit-client' };
    const statements = learnerStatements(1, 3);
    const accepts = (channel: 'lrs:save-secret' | 'lrs:test' | 'lrs:send', request: unknown) => parseIpcRequest(channel, [request]).ok;

    it('take no payload to read where the secret is kept or to forget it', () => {
      for (const channel of ['lrs:secret-state', 'lrs:forget-secret'] as const) {
        expect(parseIpcRequest(channel, [])).toEqual({ ok: true, request: undefined });
        expect(parseIpcRequest(channel, [connection])).toEqual({ ok: false });
      }
    });

    it('take a secret to save, or to test with, and nothing else beside the endpoint and key', () => {
      expect(accepts('lrs:save-secret', { ...connection, secret: 's3cret' })).toBe(true);
      expect(accepts('lrs:save-secret', connection)).toBe(false);
      expect(accepts('lrs:save-secret', { ...connection, secret: '' })).toBe(false);
      expect(accepts('lrs:save-secret', { ...connection, secret: 'line\nbreak' })).toBe(false);
      expect(accepts('lrs:save-secret', { ...connection, secret: 's', origin: 'https://elsewhere.example' })).toBe(false);
      expect(accepts('lrs:test', connection)).toBe(true);
      expect(accepts('lrs:test', { ...connection, secret: 's3cret' })).toBe(true);
      expect(accepts('lrs:test', { key: 'k' })).toBe(false);
      expect(accepts('lrs:test', { ...connection, endpoint: 'x'.repeat(2001) })).toBe(false);
    });

    it('send statements as the app makes them, a batch at a time, each with an xAPI id', () => {
      expect(parseIpcRequest('lrs:send', [{ ...connection, statements }])).toEqual({ ok: true, request: { ...connection, statements } });
      expect(accepts('lrs:send', { ...connection, statements: [] })).toBe(false);
      expect(accepts('lrs:send', { ...connection, statements: [{ ...statements[0], id: 'not-an-id' }] })).toBe(false);
      expect(accepts('lrs:send', { ...connection, statements: ['a statement'] })).toBe(false);
      expect(accepts('lrs:send', { ...connection, statements: learnerStatements(2, LRS_BATCH_MAX_STATEMENTS + 1) })).toBe(false);
      expect(accepts('lrs:send', { ...connection, statements, secret: 's3cret' })).toBe(false);
    });

    it('refuse a batch heavier than 5 MB', () => {
      const heavy = [{ ...statements[0]!, object: { ...statements[0]!.object, id: `https://carelit.app/${'x'.repeat(LRS_BATCH_MAX_BYTES)}` } }];
      expect(accepts('lrs:send', { ...connection, statements: heavy })).toBe(false);
    });
  });

  it('builds a frozen bridge whose functions each call their own channel', async () => {
    const invoke = jest.fn(async (channel: string) => `answer from ${channel}`);
    const bridge = createBridge(invoke, () => () => undefined);
    expect(Object.isFrozen(bridge)).toBe(true);
    await expect(bridge.getAppInfo()).resolves.toBe('answer from app:info');
    expect(invoke).toHaveBeenCalledWith('app:info', undefined);
    const request = { suggestedName: 'cohort.csv', text: 'a;b', kind: 'csv' } as const;
    await expect(bridge.saveTextFile(request)).resolves.toBe('answer from file:save-text');
    expect(invoke).toHaveBeenCalledWith('file:save-text', request);
  });

  it('accepts a menu language of the app’s only, and asks for opened files without a payload', () => {
    expect(parseIpcRequest('app:set-language', ['nl'])).toEqual({ ok: true, request: 'nl' });
    expect(parseIpcRequest('app:set-language', ['de'])).toEqual({ ok: false });
    expect(parseIpcRequest('app:set-language', [])).toEqual({ ok: false });
    expect(parseIpcRequest('files:take-opened', [])).toEqual({ ok: true, request: undefined });
    expect(parseIpcRequest('files:take-opened', ['/etc/passwd'])).toEqual({ ok: false });
  });

  it('gives every event a distinct bridge method, none shared with a channel', () => {
    const methods = [...IPC_CHANNELS.map((c) => IPC_CONTRACT[c].method), ...IPC_EVENT_NAMES.map((e) => IPC_EVENTS[e].method)];
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('lets a page listen to an event, passing on only a payload its schema accepts, and stop listening', () => {
    const handlers = new Map<string, (payload: unknown) => void>();
    const unsubscribe = jest.fn();
    const bridge = createBridge(jest.fn(), (event, handler) => {
      handlers.set(event, handler);
      return unsubscribe;
    });
    const commands: string[] = [];
    const stop = bridge.onMenuCommand((command) => commands.push(command));
    handlers.get('menu:command')!('save-backup');
    handlers.get('menu:command')!('format-disk');
    handlers.get('menu:command')!({ command: 'export-progress' });
    expect(commands).toEqual(['save-backup']);
    stop();
    expect(unsubscribe).toHaveBeenCalled();

    const opened = jest.fn();
    bridge.onFilesOpened(opened);
    handlers.get('files:opened')!(undefined);
    handlers.get('files:opened')!('/home/amina/x.json');
    expect(opened).toHaveBeenCalledTimes(1);
    expect(MENU_COMMANDS).toEqual(['export-progress', 'save-backup']);
    expect(parseIpcEvent('menu:command', 'export-progress')).toEqual({ ok: true, payload: 'export-progress' });
  });
});
