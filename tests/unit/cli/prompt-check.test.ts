import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { run } from '../../../cli/carelit';
import { catalogueModules } from '../../../cli/cohort';
import { checkLine, promptCheck, shippedLabs, type CheckedCriterion } from '../../../cli/prompt-check';
import type { PromptLabBlock } from '../../../core/blocks/prompt-lab/definition';
import { LANGUAGES } from '../../../core/i18n';
import { checkPrompt } from '../../../core/prompt-check';
import { flattenBlocks } from '../../../core/progress';

const line = (value: unknown) => JSON.stringify(value);

async function streamed(input: string): Promise<{ code: number; lines: string[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  stdin.end(input);
  const code = await promptCheck(stdin, stdout);
  return {
    code,
    lines: chunks
      .join('')
      .split('\n')
      .filter((l) => l !== ''),
  };
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
      line({ id: 'lab', lang: 'en', text: 'You are a nurse. Write a discharge summary for [PATIENT].', exercise: 'prompting/lab-nurse-sbar' }),
    ].join('\n');
    const result = spawnSync('npx', ['tsx', 'cli/carelit.ts', 'prompt-check'], { input, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'leaky', score: 0 });
    expect((out[0]!.findings as { type?: string }[]).filter((f) => f.type).map((f) => f.type)).toEqual(['name', 'niss']);
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/^not valid JSON/) });
    expect(out[2]).toMatchObject({ id: 'clean', findings: expect.any(Array) });
    expect(out[3]).toMatchObject({ id: 'lab', score: 0, criteria: expect.arrayContaining([{ id: 'sbar', met: false, message: expect.any(String) }]) });
  });
});

/** Every prompt lab of the shipped modules, as `<module>/<block>`. */
function shippedLabList(): { exercise: string; lab: PromptLabBlock }[] {
  const catalogue = catalogueModules();
  if (!catalogue.ok) throw new Error(catalogue.message);
  return catalogue.modules.flatMap((mod) => flattenBlocks(mod).flatMap(({ block }) => (block.type === 'prompt-lab' ? [{ exercise: `${mod.id}/${block.id}`, lab: block }] : [])));
}

/** A prompt with every element of a good prompt and nothing of any task, like the one the issue quotes. */
const CONTENT_FREE = {
  fr: 'Tu es infirmière. Contexte : patiente. Écris une liste, 100 mots, pour la patiente. Cite tes sources.',
  nl: 'Je bent verpleegkundige. Context: patiënte. Schrijf een lijst, 100 woorden, voor de patiënt. Vermeld je bronnen.',
  en: 'You are a nurse. Context: patient. Write a list, 100 words, for the patient. Cite your sources.',
} as const;

describe('carelit prompt-check in an exercise', () => {
  const labs = shippedLabList();
  const inExercise = (exercise: string, lang: string, text: string) => {
    const out = checkLine(line({ id: 'p', lang, text, exercise }));
    if (!out || 'error' in out) throw new Error(`no score for ${exercise}: ${JSON.stringify(out)}`);
    return out as { id: string; score: number; criteria: CheckedCriterion[]; copiesExpert: boolean };
  };

  it('knows the eight labs of the prompting module', () => {
    expect(labs.filter((l) => l.exercise.startsWith('prompting/'))).toHaveLength(8);
  });

  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(labs.map((l) => [l.exercise, l] as const))('%s: its expert prompt scores 80 or more and meets every criterion', (exercise, { lab }) => {
      const out = inExercise(exercise, lang, lab.expert.prompt[lang]);
      expect(out.score).toBeGreaterThanOrEqual(80);
      expect(out.criteria.every((c) => c.met)).toBe(true);
      expect(out.copiesExpert).toBe(true);
    });

    it.each(labs.map((l) => [l.exercise, l] as const))('%s: its sample, in other words, passes and is not taken for a copy', (exercise, { lab }) => {
      const out = inExercise(exercise, lang, lab.sample[lang]);
      expect([out.score >= 80, out.criteria.every((c) => c.met), out.copiesExpert]).toEqual([true, true, false]);
    });

    it.each(labs.map((l) => [l.exercise] as const))('%s: a content-free prompt and every other lab’s expert prompt score below 50', (exercise) => {
      expect(inExercise(exercise, lang, CONTENT_FREE[lang]).score).toBeLessThan(50);
      const others = labs.filter((l) => l.exercise !== exercise);
      const scores = others.map((other) => [other.exercise, inExercise(exercise, lang, other.lab.expert.prompt[lang]).score] as const);
      expect(scores.filter(([, score]) => score >= 50)).toEqual([]);
    });
  });

  it('adds each criterion with whether it is met and what the learner reads, in the line’s language', () => {
    const { lab, exercise } = labs.find((l) => l.exercise === 'prompting/lab-admin-reminder')!;
    const out = checkLine(line({ id: 'sms', lang: 'fr', text: 'Rédige un SMS de rappel pour la psychiatrie.', exercise }))!;
    expect(Object.keys(out)).toEqual(['id', 'findings', 'score', 'criteria', 'copiesExpert']);
    const { criteria } = out as { criteria: CheckedCriterion[] };
    expect(criteria.map((c) => c.id)).toEqual(lab.criteria.map((c) => c.id));
    expect(criteria.find((c) => c.id === 'no-department')).toEqual({ id: 'no-department', met: false, message: lab.criteria.find((c) => c.id === 'no-department')!.text.fr });
    expect(criteria.map((c) => Object.keys(c))).toEqual(criteria.map(() => ['id', 'met', 'message']));
  });

  it('says which of her words stood in a list of the lab’s words, for each criterion they did not meet', () => {
    const out = inExercise('prompting/lab-physician-literature', 'en', `${CONTENT_FREE.en}\nPPI stop, DOI, guidelines studies, debate.`);
    expect(out.score).toBe(0);
    expect(out.criteria.map(({ id, met, listed }) => ({ id, met, listed }))).toEqual([
      { id: 'precise-topic', met: false, listed: ['PPI', 'stop'] },
      { id: 'reference-per-claim', met: false, listed: ['DOI'] },
      { id: 'guidelines-apart', met: false, listed: ['guidelines', 'studies'] },
      { id: 'debated-and-dated', met: false, listed: ['debate'] },
    ]);
  });

  it.each([
    ['an unknown exercise', { exercise: 'prompting/no-such-lab' }, /^unknown exercise "prompting\/no-such-lab": expected "<module>\/<block>" naming a prompt lab/],
    ['a block that is not a prompt lab', { exercise: 'prompting/seven-elements' }, /^unknown exercise "prompting\/seven-elements"/],
    ['an exercise that is not a string', { exercise: 7 }, /^"exercise" must be a string/],
  ])('turns %s into an error line', (_, extra, error) => {
    const out = checkLine(line({ id: 'x', lang: 'en', text: 'Explain.', ...extra }));
    expect(out).toEqual({ id: 'x', error: expect.stringMatching(error) });
  });

  it('says so on each line that names an exercise when the modules cannot be read, and still checks the others', () => {
    const broken = shippedLabs(() => ({ ok: false, message: 'modules: 2 fault(s)' }));
    expect(checkLine(line({ id: 'a', lang: 'en', text: 'Explain.', exercise: 'prompting/lab-nurse-sbar' }), broken)).toEqual({
      id: 'a',
      error: 'the modules could not be read: modules: 2 fault(s)',
    });
    expect(checkLine(line({ id: 'b', lang: 'en', text: 'Explain.' }), broken)).toMatchObject({ id: 'b', score: 14 });
  });
});
