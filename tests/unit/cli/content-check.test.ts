import { BLOCK_TYPES } from '../../../core/blocks';
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
      `${BROKEN}/scenario-dead-end/module.yaml:57: lessons.0.blocks.0.nodes.1.choices: no choice is offered at node "advice" after skip: every choice's condition fails there`,
      `${BROKEN}/scenario-duplicate-id/module.yaml:74: lessons.0.blocks.0.endings.1.id: duplicate id "open" (first used at lessons.0.blocks.0.nodes.0.id)`,
      `${BROKEN}/scenario-missing-debrief/module.yaml:74: lessons.0.blocks.0.endings.1.debrief: missing required field: a text in fr, nl, en`,
      `${BROKEN}/scenario-no-exit/module.yaml:74: lessons.0.blocks.0.nodes.2.id: no ending can be reached from node "hold-music": its paths only go round hold-music`,
      `${BROKEN}/scenario-unknown-target/module.yaml:68: lessons.0.blocks.0.nodes.1.choices.1.next: "gap" is neither a node nor an ending of this scenario`,
      `${BROKEN}/scenario-unknown-variable/module.yaml:59: lessons.0.blocks.0.nodes.1.choices.0.if.all.0: unknown variable "identity-check" (declare it under variables)`,
      `${BROKEN}/scenario-unreachable-node/module.yaml:69: lessons.0.blocks.0.nodes.2.id: node "aside" cannot be reached from the start ("open")`,
      `${BROKEN}/unknown-block/module.yaml:30: lessons.0.blocks.0.type: unknown block type "video" (known: ${BLOCK_TYPES.join(', ')})`,
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
    expect(broken.stdout.trim().split('\n')).toHaveLength(17);
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

  it('reports each scenario’s shortest and longest path, and counts the longest against the declared minutes', () => {
    const { stdout } = contentStats('modules');
    const at = stdout.indexOf('teleconsultation (version 1)');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(stdout[at + 3]).toMatch(/^ {2}time: about \d+ min computed, \d+ min declared: matches the declared estimate$/);
    expect(stdout[at + 4]).toMatch(/^ {2}paths: about \d+ min when every branching block takes its shortest path \(the computed time counts the longest\)$/);
    const scenarios = stdout.slice(at + 5).filter((line) => line.startsWith('    '));
    expect(scenarios).toHaveLength(4);
    for (const line of scenarios) expect(line).toMatch(/^ {4}[a-z0-9-]+: shortest \d+ decisions?, \d+\.\d min; longest \d+ decisions?, \d+\.\d min$/);
  });

  it('refuses to count broken modules and names their faults instead', () => {
    const result = contentStats(BROKEN);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual(contentCheck(BROKEN).stdout);
  });
});
