import { BLOCK_TYPES } from '../../../core/blocks';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../../core/content/check';
import { parseModuleSource } from '../../../core/content/parse';
import { moduleMeta } from '../../../core/content/schema';

const SAMPLE = readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8');

/** A module's data as the YAML parser gives it: untyped, as an author's file is before the check. */
type SampleData = ReturnType<typeof parse>;

/** The sample module with one change applied to its data, written back as YAML. */
function variant(change: (m: SampleData) => void): string {
  const data = parse(SAMPLE) as SampleData;
  change(data);
  return stringify(data);
}

function faultsOf(text: string) {
  const result = parseModuleSource(text, 'm.yaml');
  return result.ok ? [] : result.faults.map((f) => `${f.field}: ${f.message}`);
}

describe('module schema', () => {
  it('reads the sample module with defaults filled in', () => {
    const result = parseModuleSource(SAMPLE, 'sample.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.module.prerequisites).toEqual([]);
    expect(moduleMeta(result.module)).toMatchObject({ id: 'sample', blockCount: 4, blockIds: ['intro', 'q-single', 'q-multiple', 'key-terms'] });
    expect(moduleMeta(result.module)).not.toHaveProperty('lessons');
    // The catalogue is in the first screen: no objective, source or definition travels with it.
    expect(Object.keys(moduleMeta(result.module)).sort()).toEqual([
      'blockCount',
      'blockIds',
      'estimatedMinutes',
      'id',
      'lessonSizes',
      'passingScore',
      'practiceFor',
      'prerequisites',
      'professions',
      'summary',
      'termIds',
      'title',
      'version',
    ]);
    // What her path needs: the lessons' sizes, for "lesson 3"; the sample has no practice written for a profession.
    expect(moduleMeta(result.module)).toMatchObject({ lessonSizes: [2, 1, 1], practiceFor: {} });
  });

  it('refuses an empty translation as well as a missing one', () => {
    expect(faultsOf(variant((m) => (m.title.en = '  ')))).toEqual(['title.en: empty English (en) translation']);
    expect(faultsOf(variant((m) => delete m.summary.fr))).toEqual(['summary.fr: missing French (fr) translation']);
  });

  it('refuses a language the app does not have', () => {
    expect(faultsOf(variant((m) => (m.title.de = 'Testmodul')))).toEqual(['title: unknown language "de" (expected fr, nl, en)']);
  });

  it('refuses a single-choice quiz with two correct options', () => {
    const text = variant((m) => (m.lessons[0].blocks[1].options[1].correct = true));
    expect(faultsOf(text)).toEqual(['lessons.0.blocks.1.options: a single-choice quiz has exactly one correct option (found 2)']);
  });

  it('refuses a quiz with a single option and a block without type', () => {
    expect(faultsOf(variant((m) => m.lessons[0].blocks[1].options.pop()))).toEqual(['lessons.0.blocks.1.options: a quiz needs at least two options']);
    expect(faultsOf(variant((m) => delete m.lessons[0].blocks[0].type))).toEqual([`lessons.0.blocks.0.type: a block needs a "type" (one of: ${BLOCK_TYPES.join(', ')})`]);
  });

  it('refuses duplicate option ids within a quiz and duplicate lesson ids', () => {
    expect(faultsOf(variant((m) => (m.lessons[0].blocks[1].options[1].id = 'pro')))).toEqual([
      'lessons.0.blocks.1.options.1.id: duplicate id "pro" (first used at lessons.0.blocks.1.options.0.id)',
    ]);
    expect(faultsOf(variant((m) => (m.lessons[1].id = 'first-lesson')))).toEqual(['lessons.1.id: duplicate id "first-lesson" (first used at lessons.0.id)']);
  });

  it('refuses duplicate glossary terms', () => {
    const term = { id: 'llm', term: { fr: 'LLM', nl: 'LLM', en: 'LLM' }, definition: { fr: 'd', nl: 'd', en: 'd' } };
    const twice = variant((m) => (m.glossary = [...(m.glossary ?? []), term, term]));
    const count = parse(twice).glossary.length;
    expect(faultsOf(twice)).toEqual([`glossary.${count - 1}.id: duplicate id "llm" (first used at glossary.${count - 2}.id)`]);
  });

  it('refuses a source without a checked date and a source URL that is not http(s)', () => {
    expect(faultsOf(variant((m) => delete m.sources[0].checked))).toEqual(['sources.0.checked: missing required field: a date (YYYY-MM-DD)']);
    expect(faultsOf(variant((m) => (m.sources[0].checked = '28/11/2026')))).toEqual(['sources.0.checked: expected a date (YYYY-MM-DD)']);
    expect(faultsOf(variant((m) => (m.sources[0].url = 'javascript:alert(1)')))).toEqual(['sources.0.url: expected an http(s) address']);
  });

  it('refuses an objective mapped to no framework and ids with capitals or spaces', () => {
    expect(faultsOf(variant((m) => (m.objectives[0].frameworks = [])))).toEqual(['objectives.0.frameworks: map each objective to at least one framework']);
    expect(faultsOf(variant((m) => (m.lessons[0].blocks[0].id = 'Intro Text')))).toEqual(['lessons.0.blocks.0.id: use lower-case letters, digits and single dashes']);
  });

  it('names a missing required field with its line', () => {
    const result = parseModuleSource(
      variant((m) => delete m.estimatedMinutes),
      'm.yaml',
    );
    expect(result.ok ? [] : result.faults).toEqual([{ file: 'm.yaml', line: 1, field: 'estimatedMinutes', message: 'missing required field: number' }]);
  });

  it('refuses duplicate YAML keys rather than silently keeping the last', () => {
    expect(faultsOf(SAMPLE.replace('version: 1\n', 'version: 1\nversion: 2\n'))[0]).toMatch(/^: not valid YAML: Map keys must be unique/);
  });
});

describe('checking several modules together', () => {
  const file = (folder: string, text: string) => ({ file: `${folder}/module.yaml`, folder, text });

  it('refuses a prerequisite that names no module', () => {
    const text = variant((m) => (m.prerequisites = ['foundations']));
    expect(checkContent([file('sample', text)]).faults.map((f) => `${f.field}: ${f.message}`)).toEqual(['prerequisites.0: unknown module "foundations"']);
  });

  it('returns the modules only when every file is valid', () => {
    expect(checkContent([file('sample', SAMPLE)]).modules.map((m) => m.id)).toEqual(['sample']);
    expect(checkContent([file('sample', SAMPLE), file('other', SAMPLE)]).modules).toEqual([]);
  });
});
