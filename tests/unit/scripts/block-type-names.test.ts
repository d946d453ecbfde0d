import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BLOCK_TYPES } from '../../../core/blocks';

/*
 * A block type is one unit: outside its own folders (core/blocks/<type>/ and
 * renderer/src/blocks/<type>/), production code names it as a string literal in the two
 * registries at most. Anything else that depends on a type must come from the registries, or
 * a new type would have to be added there by hand — and forgetting it would fail silently.
 */
const ROOT = join(__dirname, '../../..');
const PRODUCTION = ['core', 'renderer/src', 'cli', 'electron', 'scripts', 'locales', 'bench'];
const CODE = /\.(ts|tsx|mjs|cjs|json)$/;

/** The same word meaning something else: not a block type. */
const OTHER_MEANINGS: { file: RegExp; line: RegExp; why: string }[] = [
  { file: /^core\/markdown\/parse\.ts$|^renderer\/src\/components\/Markdown\.tsx$/, line: /kind: 'text'|case 'text'/, why: 'a Markdown run of plain text' },
  { file: /\.tsx$/, line: /type="text"/, why: 'an HTML text field' },
  { file: /^cli\/(prompt-check|carelit)\.ts$/, line: /"text"/, why: 'the "text" member of a prompt-check input line' },
  { file: /^core\/blocks\/[a-z-]+\/definition\.ts$/, line: /path: \[[^\]]*'text'\]/, why: 'a content field named "text", in a checker fault\'s path' },
  { file: /^bench\/output-review\.ts$/, line: /^const NAME = 'output-review';$/, why: "the name of the benchmark that measures the block, and of its page's folder" },
  {
    file: /^bench\/device-data\.ts$/,
    line: /name: 'device-data'|'bench', 'device-data'|'dist', 'bench', 'device-data'/,
    why: "the device-data benchmark's name and its page's folder",
  },
];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? (name === 'node_modules' ? [] : files(path)) : CODE.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

function namesAsLiteral(file: string, type: string): boolean {
  const literal = new RegExp(`['"\`]${type.replace(/-/g, '\\-')}['"\`]`);
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .some((line) => literal.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line) && !OTHER_MEANINGS.some((m) => m.file.test(file) && m.line.test(line)));
}

const productionFiles = PRODUCTION.flatMap(files).map((f) => relative('.', f).split('\\').join('/'));

describe.each(BLOCK_TYPES)('the %s block type', (type) => {
  it('is named outside its own folders by the two registries at most', () => {
    const own = [`core/blocks/${type}/`, `renderer/src/blocks/${type}/`];
    const naming = productionFiles.filter((file) => !own.some((dir) => file.startsWith(dir)) && namesAsLiteral(file, type));
    expect(naming.filter((f) => f !== 'core/blocks/registry.ts' && f !== 'renderer/src/blocks/registry.tsx')).toEqual([]);
  });
});
