import { DIGEST_ALGORITHM, payloadDigest, PROGRESS_FILE_MAX_BYTES, type ProgressFile } from '../../../core/cohort/progress-file';
import { sha256Hex } from '../../../core/digest';
import { MAX_NESTING, readProgressBytes, readProgressFile, tooLarge } from '../../../core/cohort/read-progress-file';
import { accountOf, progressFile, progressFileText, walkStatements } from '../../fixtures/cohort';

const account = accountOf(1);
const statements = walkStatements({
  account,
  answers: [
    { quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' },
    { quiz: 'q-multiple', selected: ['diagnosis', 'weather'], at: '2026-11-18T09:02:00.000Z' },
  ],
  complete: { at: '2026-11-18T09:05:00.000Z', ms: 300_000 },
});

/** A file changed by hand, its digest recomputed so that only the change itself is judged. */
/** Sets the value at a path of a file's JSON, as someone editing it by hand would. */
type Path = (string | number)[];
function setAt(data: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, data as Record<string | number, unknown>);
  parent[path[path.length - 1]!] = value;
}

async function edited(...changes: [Path, unknown][]): Promise<string> {
  const file = JSON.parse(JSON.stringify(await progressFile(account, statements))) as Record<string, unknown>;
  delete file.digest;
  for (const [path, value] of changes) setAt(file, path, value);
  return JSON.stringify({ ...file, digest: { algorithm: DIGEST_ALGORITHM, value: await payloadDigest(file as Omit<ProgressFile, 'digest'>) } });
}

async function refusal(text: string) {
  const result = await readProgressFile(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.refusal;
}

describe('reading a progress file someone handed the trainer', () => {
  it('accepts a file exported by the app, with the learner and every statement', async () => {
    const result = await readProgressFile(await progressFileText(account, statements, { displayName: 'Nadia', profession: 'nurse' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.learner).toEqual({ account: { homePage: 'https://carelit.app', name: account }, displayName: 'Nadia', profession: 'nurse' });
    expect(result.file.statements.map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });

  it('refuses a truncated file as unreadable JSON', async () => {
    const text = await progressFileText(account, statements);
    expect(await refusal(text.slice(0, text.length / 2))).toEqual({ code: 'not-json' });
  });

  it('refuses an empty file and one that is not a progress file', async () => {
    expect((await refusal('  \n')).code).toBe('empty');
    expect((await refusal('{"hello": "world"}')).code).toBe('not-a-progress-file');
    expect((await refusal('[1, 2, 3]')).code).toBe('not-a-progress-file');
    expect((await refusal('"carelit-progress"')).code).toBe('not-a-progress-file');
  });

  it('refuses a file whose content changed after export (digest)', async () => {
    const file = JSON.parse(await progressFileText(account, statements));
    // The wrong answer to q-multiple turned into a right one.
    expect(file.statements[1].result.success).toBe(false);
    file.statements[1].result.success = true;
    expect(await refusal(JSON.stringify(file))).toEqual({ code: 'digest-mismatch' });
  });

  it('refuses a file from a newer format version, saying which', async () => {
    expect(await refusal(await edited([['formatVersion'], 2]))).toEqual({ code: 'newer-format', params: { version: 2, supported: 1 } });
  });

  it('refuses wrong types, naming the field', async () => {
    expect(await refusal(await edited([['statements', 0, 'result', 'score', 'raw'], '1']))).toMatchObject({
      code: 'invalid',
      params: { path: 'statements[0].result.score.raw' },
    });
    expect(await refusal(await edited([['learner', 'profession'], 'astronaut']))).toMatchObject({ code: 'invalid', params: { path: 'learner.profession' } });
    expect(await refusal(await edited([['statements'], {}]))).toMatchObject({ code: 'invalid', params: { path: 'statements' } });
  });

  it('refuses huge numbers and impossible values', async () => {
    expect(await refusal(await edited([['statements', 0, 'result', 'score', 'max'], 1e308]))).toMatchObject({ code: 'invalid' });
    expect(await refusal(await edited([['statements', 0, 'result', 'score', 'scaled'], 7]))).toMatchObject({ code: 'invalid' });
    expect(await refusal(await edited([['statements', 0, 'context', 'extensions', 'https://carelit.app/xapi/extensions/module-version'], 1e21]))).toMatchObject({
      code: 'invalid',
    });
    expect(await refusal(await edited([['statements', 0, 'timestamp'], '275760-09-13T00:00:00.000Z']))).toMatchObject({
      code: 'invalid',
      params: { path: 'statements[0].timestamp' },
    });
    // 1e999 parses to Infinity.
    const text = (await edited()).replace('"raw":1', '"raw":1e999');
    expect((await refusal(text)).code).toMatch(/invalid|digest-mismatch/);
  });

  it('refuses members a progress file never has, anywhere', async () => {
    expect(await refusal(await edited([['extra'], true]))).toMatchObject({ code: 'invalid' });
    expect(await refusal(await edited([['statements', 1, 'object', 'definition', 'script'], 'x']))).toMatchObject({ code: 'invalid' });
  });

  it('refuses __proto__ and constructor keys before anything else looks at the data', async () => {
    const text = (await progressFileText(account, statements)).replace('"learner":{', '"learner":{"__proto__":{"polluted":true},');
    expect(await refusal(text)).toEqual({ code: 'forbidden-key', params: { path: 'learner.__proto__' } });
    expect(await refusal('{"format":"carelit-progress","statements":[{"constructor":{"prototype":{}}}]}')).toEqual({
      code: 'forbidden-key',
      params: { path: 'statements[0].constructor' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses duplicated statement ids', async () => {
    const id = statements[0]!.id;
    expect(await refusal(await edited([['statements', 1, 'id'], id]))).toEqual({ code: 'duplicate-statement', params: { id } });
  });

  it('refuses a statement made by another learner', async () => {
    expect(await refusal(await edited([['statements', 2, 'actor', 'account', 'name'], accountOf(2)]))).toEqual({ code: 'foreign-statement', params: { index: 2 } });
  });

  it('refuses statements that are not CareLit statements (verbs, activities, ids)', async () => {
    expect(await refusal(await edited([['statements', 0, 'verb', 'id'], 'http://adlnet.gov/expapi/verbs/voided']))).toMatchObject({ code: 'invalid' });
    expect(await refusal(await edited([['statements', 0, 'object', 'id'], 'https://evil.example/x']))).toMatchObject({ code: 'invalid' });
    expect(await refusal(await edited([['statements', 0, 'id'], 'not-a-uuid']))).toMatchObject({ code: 'invalid', params: { path: 'statements[0].id' } });
  });

  it('keeps a name with markup as text, and refuses control characters in it', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const result = await readProgressFile(await progressFileText(account, statements, { displayName: markup }));
    expect(result.ok && result.file.learner.displayName).toBe(markup);
    expect(await refusal(await edited([['learner', 'displayName'], 'Nadia\u000a=cmd']))).toMatchObject({ code: 'invalid', params: { path: 'learner.displayName' } });
  });

  it('refuses deep nesting by scanning, without parsing it', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(await refusal(deep)).toEqual({ code: 'too-deep', params: { limit: MAX_NESTING } });
    // Brackets inside strings do not count.
    const result = await readProgressFile(await progressFileText(account, statements, { displayName: '[[[[[[[[[[[[[[[[[[[[' }));
    expect(result.ok).toBe(true);
  });

  it('checks the digest over the text as written, read from its UTF-8 bytes (with or without a byte-order mark) or from UTF-16', async () => {
    // A version written "1.0": only the text as it stands gives this digest, not the payload written again.
    const written = (await progressFileText(account, statements, { displayName: 'Zoë Ünal-Dubois 🌿' }))
      .replace(/,"digest":.*$/s, '')
      .replaceAll('"https://carelit.app/xapi/extensions/module-version":1', '"https://carelit.app/xapi/extensions/module-version":1.0');
    expect(written).toContain(':1.0');
    const text = `${written},"digest":{"algorithm":"SHA-256","value":"${await sha256Hex(`${written}}`)}"}}\n \r\n`;
    const utf8 = new TextEncoder().encode(text);
    const utf16le = new Uint8Array([0xff, 0xfe, ...Array.from({ length: text.length }, (_, i) => [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8]).flat()]);
    for (const bytes of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), utf16le]) {
      const result = await readProgressBytes(bytes);
      expect(result.ok && result.file.learner.displayName).toBe('Zoë Ünal-Dubois 🌿');
    }
    expect((await readProgressFile(text)).ok).toBe(true);
    // One letter of her name changed, bytes the same length: the digest tells.
    const changed = new TextEncoder().encode(text.replace('Zoë', 'Zoé'));
    expect(changed.length).toBe(utf8.length);
    expect(await readProgressBytes(changed)).toEqual({ ok: false, refusal: { code: 'digest-mismatch' } });
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(tooLarge(1024 ** 3)).toEqual({ code: 'too-large', params: { size: 1024 ** 3, limit: PROGRESS_FILE_MAX_BYTES } });
    expect(tooLarge(2_000_000)).toBeNull();
  });

  it('refuses an oversized text even when no size was checked', async () => {
    expect(await readProgressFile('x'.repeat(101), { limit: 100 })).toEqual({ ok: false, refusal: { code: 'too-large', params: { size: 101, limit: 100 } } });
  });
});
