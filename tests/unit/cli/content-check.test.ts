import { execFileSync, spawnSync } from 'node:child_process';
import { contentCheck, contentStats } from '../../../cli/content';

const BROKEN = 'tests/fixtures/modules/broken';

describe('carelit content check', () => {
  it('accepts a valid folder and says so', () => {
    expect(contentCheck('tests/fixtures/modules/valid')).toEqual({ code: 0, stdout: ['1 module checked: no fault.'], stderr: [] });
  });

  it('names the file, line, field and fault of every broken module, sorted by file', () => {
    const result = contentCheck(BROKEN);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([
      `${BROKEN}/bad-yaml/module.yaml:13: (module): not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${BROKEN}/duplicate-id/module.yaml:69: lessons.1.blocks.0.id: duplicate id "intro" (first used at lessons.0.blocks.0.id)`,
      `${BROKEN}/item-without-category/module.yaml:115: lessons.2.blocks.0.items.1.group: item "shoe-size" fits no category: "clothing" is not one of the groups (health, other)`,
      `${BROKEN}/missing-alt/module.yaml:98: lessons.2.blocks.0.alt: missing required field: a text in fr, nl, en`,
      `${BROKEN}/missing-image/module.yaml:100: lessons.2.blocks.0.src: image not found: assets/figures/does-not-exist.svg`,
      `${BROKEN}/missing-translation/module.yaml:88: lessons.1.blocks.0.explanation.nl: missing Dutch (nl) translation`,
      `${BROKEN}/no-correct/module.yaml:51: lessons.0.blocks.1.options: a quiz needs at least one correct option`,
      `${BROKEN}/not-the-id/module.yaml:1: id: module id "wrong-folder" must match its folder name "not-the-id"`,
      `${BROKEN}/unknown-block/module.yaml:30: lessons.0.blocks.0.type: unknown block type "video" (known: text, callout, figure, quiz, categorize, reflection, flashcards, prompt-lab, device-data)`,
      `${BROKEN}/unknown-term/module.yaml:100: lessons.2.blocks.0.terms.0: unknown glossary term "hallucination" (define it under glossary)`,
    ]);
  });

  it('explains a folder that does not exist instead of failing', () => {
    expect(contentCheck('no/such/folder')).toEqual({
      code: 1,
      stdout: [],
      stderr: ['no/such/folder: not a folder (expected a folder of modules, each with a module.yaml)'],
    });
  });

  it('exits 1 through npm with one line per fault, and 0 on the shipped modules', () => {
    const broken = spawnSync('npx', ['tsx', 'cli/carelit.ts', 'content', 'check', BROKEN], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stdout.trim().split('\n')).toHaveLength(10);
    expect(broken.stderr).toBe('');
    expect(execFileSync('npx', ['tsx', 'cli/carelit.ts', 'content', 'check'], { encoding: 'utf8' })).toMatch(/checked: no fault\.\n$/);
  });
});

describe('carelit content stats', () => {
  it('prints blocks by type, words per language and the time against the declared estimate', () => {
    const result = contentStats('tests/fixtures/modules/valid');
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe('sample (version 1)');
    expect(result.stdout[1]).toMatch(/^ {2}blocks: text 1, quiz 2(, [a-z]+ \d+)* \(\d+ in all\)$/);
    expect(result.stdout[2]).toMatch(/^ {2}words: fr \d+, nl \d+, en \d+$/);
    expect(result.stdout[3]).toMatch(/^ {2}time: about \d+ min computed, 5 min declared: /);
  });

  it('with --format json prints one object per module, the same figures as the text', () => {
    const result = spawnSync('npx', ['tsx', 'cli/carelit.ts', 'content', 'stats', '--format', 'json', 'tests/fixtures/modules/valid'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const stats = JSON.parse(lines[0]!);
    expect(Object.keys(stats)).toEqual(['id', 'version', 'blocks', 'words', 'minutes']);
    expect(stats).toMatchObject({ id: 'sample', version: 1, blocks: { text: 1, quiz: 2 }, minutes: { declared: 5 } });
    const text = contentStats('tests/fixtures/modules/valid').stdout;
    expect(text[2]).toBe(`  words: fr ${stats.words.fr}, nl ${stats.words.nl}, en ${stats.words.en}`);
    expect(text[3]).toContain(`about ${stats.minutes.computed} min computed`);
  });

  it('refuses to count broken modules and names their faults instead', () => {
    const result = contentStats(BROKEN);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual(contentCheck(BROKEN).stdout);
  });
});
