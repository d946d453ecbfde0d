import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { run } from '../../../cli/carelit';
import { checkLine, promptCheck } from '../../../cli/prompt-check';
import { checkPrompt } from '../../../core/prompt-check';

const line = (value: unknown) => JSON.stringify(value);

async function streamed(input: string): Promise<{ code: number; lines: string[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  stdin.end(input);
  const code = await promptCheck(stdin, stdout);
  return { code, lines: chunks.join('').split('\n').filter((l) => l !== '') };
}

describe('carelit prompt-check, one line', () => {
  it('answers a prompt with its id, the checker’s findings and score', () => {
    const text = 'Rédige une lettre pour Mme Dupont, tél 0470 12 34 56.';
    expect(checkLine(line({ id: 'p1', lang: 'fr', text }))).toEqual({ id: 'p1', ...checkPrompt(text, 'fr') });
  });

  it('writes exactly id, findings and score, and findings with the contract’s keys only', () => {
    const out = checkLine(line({ id: 'p1', lang: 'en', text: 'Mr Smith, 0470 12 34 56', extra: true }))!;
    expect(Object.keys(out)).toEqual(['id', 'findings', 'score']);
    const { findings } = JSON.parse(JSON.stringify(out)) as { findings: Record<string, unknown>[] };
    // A name says whose it is: the role its placeholder keeps.
    expect(findings.map((f) => Object.keys(f))).toContainEqual(['kind', 'type', 'role', 'start', 'end', 'message']);
    expect(findings.map((f) => Object.keys(f))).toContainEqual(['kind', 'type', 'start', 'end', 'message']);
    expect(findings.map((f) => Object.keys(f))).toContainEqual(['kind', 'element', 'message']);
  });

  it('skips a blank line', () => {
    expect(checkLine('')).toBeNull();
    expect(checkLine('   \t')).toBeNull();
  });

  it.each([
    ['not JSON', '{"id": "p1", "lang": "fr"', null, /^not valid JSON/],
    ['an array', '[1, 2]', null, /^not a JSON object/],
    ['a string', '"hello"', null, /^not a JSON object/],
    ['no id', line({ lang: 'fr', text: 'x' }), null, /^missing "id"/],
    ['a numeric id', line({ id: 7, lang: 'fr', text: 'x' }), null, /^"id" must be a string/],
    ['an unknown lang', line({ id: 'p2', lang: 'de', text: 'x' }), 'p2', /^unknown "lang" "de" \(expected one of fr, nl, en\)$/],
    ['no lang', line({ id: 'p3', text: 'x' }), 'p3', /^missing "lang"/],
    ['a text that is not a string', line({ id: 'p4', lang: 'nl', text: 42 }), 'p4', /^"text" must be a string/],
    ['no text', line({ id: 'p5', lang: 'nl' }), 'p5', /^missing "text"/],
  ])('turns %s into an error line, keeping a string id', (_, input, id, error) => {
    const out = checkLine(input);
    expect(out).toEqual({ id, error: expect.stringMatching(error) });
    expect(Object.keys(out!)).toEqual(['id', 'error']);
  });
});

describe('carelit prompt-check, a stream', () => {
  it('writes one line per non-blank input line, in order, and goes on after a broken one', async () => {
    const input = [line({ id: 'a', lang: 'fr', text: 'Mme Dupont' }), '', 'oops', line({ id: 'c', lang: 'en', text: 'Explain.' })].join('\n');
    const { code, lines } = await streamed(`${input}\r\n`);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l) as { id: string | null })).toEqual([
      expect.objectContaining({ id: 'a', score: expect.any(Number) }),
      { id: null, error: expect.stringMatching(/^not valid JSON/) },
      expect.objectContaining({ id: 'c', score: 14 }),
    ]);
  });

  it('keeps up with a large input, line by line', async () => {
    const n = 3000;
    const input = Array.from({ length: n }, (_, i) => line({ id: `p${i}`, lang: 'en', text: `Write to Mr Smith, room ${i}.` })).join('\n');
    const { lines } = await streamed(input);
    expect(lines).toHaveLength(n);
    expect(JSON.parse(lines[n - 1]!)).toMatchObject({ id: `p${n - 1}` });
  });

  it('is listed in the usage, and takes no argument', () => {
    expect(run(['help']).stdout.join('\n')).toMatch(/^ {2}prompt-check {2,}/m);
    expect(run(['prompt-check', 'prompts.jsonl'])).toMatchObject({ code: 2, stderr: ['carelit: unknown command "prompt-check prompts.jsonl"', expect.any(String)] });
  });

  it('runs through the carelit command: exit 0, one JSON line each, nothing on stderr', () => {
    const input = [
      line({ id: 'leaky', lang: 'nl', text: 'Schrijf een brief voor Jan Peeters, INSZ 85.07.30-033.28.' }),
      '{"id": "broken", "lang": ',
      '',
      line({ id: 'clean', lang: 'en', text: 'You are a nurse. Write a discharge summary for [PATIENT].' }),
    ].join('\n');
    const result = spawnSync('npx', ['tsx', 'cli/carelit.ts', 'prompt-check'], { input, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'leaky', score: 0 });
    expect((out[0]!.findings as { type?: string }[]).filter((f) => f.type).map((f) => f.type)).toEqual(['name', 'niss']);
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/^not valid JSON/) });
    expect(out[2]).toMatchObject({ id: 'clean', findings: expect.any(Array) });
  });
});
