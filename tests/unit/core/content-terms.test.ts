import { readFileSync } from 'node:fs';
import { parseTermList, termChecker, termFaults } from '../../../core/content/terms';
import { contentCheck, codeTextTermFaults, readModuleFiles } from '../../../cli/content';
import { checkContent } from '../../../core/content/check';

const list = parseTermList(
  `fr:
  - preferred: agent conversationnel
    forbidden: [chatbot, assistant conversationnel]
    note: CURRICULUM
nl:
  - preferred: chatbot voor het grote publiek
    forbidden: [publieke chatbot]
    note: reads as a government chatbot
en: []
`,
  'terms.yaml',
);
if (!list.ok) throw new Error('the test list must be valid');
const check = termChecker(list.list);

describe('one term per concept per language', () => {
  it('finds a forbidden variant as a whole word or phrase, whatever its case, in its own language only', () => {
    expect(check('Le Chatbot de la mutualité répond.', 'fr')).toMatchObject([{ found: 'Chatbot', preferred: 'agent conversationnel' }]);
    expect(check('Un assistant  conversationnel', 'fr')).toHaveLength(1);
    expect(check('Les chatbots', 'fr')).toEqual([]);
    expect(check('De chatbot van het ziekenfonds', 'nl')).toEqual([]);
    expect(check('Een publieke chatbot', 'nl')).toMatchObject([{ preferred: 'chatbot voor het grote publiek' }]);
  });

  it('names the file, line and field of each variant in a module, under its language key', () => {
    const yaml = [
      'title:',
      '  fr: Un chatbot',
      '  nl: Een chatbot',
      '  en: A chatbot',
      'segments:',
      '  fr:',
      '    - text: "Bonjour."',
      '    - text: "Le chatbot vous répond."',
    ].join('\n');
    expect(termFaults(check, 'm.yaml', yaml).map((f) => `${f.line} ${f.field}`)).toEqual(['2 title.fr', '8 segments.fr.1.text']);
  });

  it('checks every string of a UI strings file in the file’s language', () => {
    expect(termFaults(check, 'locales/fr/common.json', '{\n  "app": {\n    "help": "Demandez au chatbot"\n  }\n}', 'fr')).toMatchObject([{ line: 3, field: 'app.help' }]);
  });

  it('checks the interface’s texts written in code too, each on its line: the prompt checker’s messages and the rubric’s names', () => {
    const words = parseTermList(
      'fr:\n  - preferred: x\n    forbidden: ["rôle manquant"]\n    note: test\nnl:\n  - preferred: y\n    forbidden: ["rijksregisternummer"]\n    note: test\nen:\n  - preferred: z\n    forbidden: ["personal data left in"]\n    note: test\n',
      'terms.yaml',
    );
    if (!words.ok) throw new Error('the test list must be valid');
    const lines = readFileSync('core/prompt-check/messages.ts', 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    const shipped = checkContent(readModuleFiles('modules')).modules;
    const rubricLines = readFileSync('core/blocks/prompt-lab/definition.ts', 'utf8').split('\n');
    const rubricLineOf = (text: string) => rubricLines.findIndex((line) => line.includes(text)) + 1;
    expect(codeTextTermFaults('modules', shipped, termChecker(words.list))).toMatchObject([
      { file: 'core/prompt-check/messages.ts', line: lineOf('Rôle manquant'), field: 'fr.missing.role', message: expect.stringContaining('write "x"') },
      { file: 'core/prompt-check/messages.ts', line: lineOf('Rijksregisternummer:'), field: 'nl.personalData.niss', message: expect.stringContaining('write "y"') },
      { file: 'core/blocks/prompt-lab/definition.ts', line: rubricLineOf('Personal data left in'), field: 'en.personal-data', message: expect.stringContaining('write "z"') },
    ]);
    expect(rubricLineOf('Personal data left in')).toBeGreaterThan(1);
    expect(lineOf('Rôle manquant')).toBeGreaterThan(1);
    // A folder of test modules has no prompt checker beside it.
    expect(codeTextTermFaults('tests/fixtures/modules/terms', shipped, termChecker(words.list))).toEqual([]);
  });

  it('refuses a term list that is not one', () => {
    expect(parseTermList('fr: []\nnl: []\n', 'terms.yaml')).toMatchObject({ ok: false });
    expect(parseTermList('fr:\n  - preferred: x\n    forbidden: []\n    note: y\nnl: []\nen: []\n', 'terms.yaml')).toMatchObject({ ok: false });
  });

  it('makes content check refuse a module that uses a forbidden variant, with its file and line', () => {
    expect(contentCheck('tests/fixtures/modules/terms')).toEqual({
      code: 1,
      stdout: [`tests/fixtures/modules/terms/sample/module.yaml:32: lessons.0.blocks.0.body.fr: "littératie en IA": write "maîtrise de l'IA" (AI Act Art. 4)`],
      stderr: [],
    });
  });

  it('finds none in the shipped modules and UI strings', () => {
    expect(contentCheck('modules')).toMatchObject({ code: 0 });
  });
});
