import validateStatement from '@learninglocker/xapi-validation';
import { existsSync, readFileSync } from 'node:fs';
import { examplePath, moduleWithExample } from '../../tests/fixtures/examples';
import { answerStatements, BLOCK_TYPES, definitionOf, isScoredBlock, scoreAnswer, type Answer } from '.';
import { buildProgressFile, serialiseProgressFile } from '../cohort/progress-file';
import { readProgressFile } from '../cohort/read-progress-file';
import { exerciseText, mistakeText, reportModule } from '../cohort/report';
import { statement as statementCheck } from '../cohort/statement-schema';
import { summariseLearner } from '../cohort/summary';
import { moduleStats } from '../content/stats';
import { LANGUAGES } from '../i18n';
import { seededRandom } from '../random';

/*
 * The contract every block type keeps, run for each type of the registry: a new type is held to
 * it without writing a line here. Its worked example (the authors' guide shows the same file) is
 * a valid block; an answer a learner could give is scored part by part; its statements are valid
 * xAPI that the trainer's import accepts; the import's summary and the report read them back in
 * words, in every language.
 */
const ACCOUNT = '0d7f1c2a-4b3e-4c5d-8e6f-7a8b9c0d1e2f';

describe.each(BLOCK_TYPES)('the %s block type', (type) => {
  it('has a worked example that is one valid block of its type', () => {
    expect(existsSync(examplePath(type))).toBe(true);
    const { block } = moduleWithExample(type);
    expect(block.type).toBe(type);
  });

  it('gives content stats its texts in every language and its minutes', () => {
    const { mod, block } = moduleWithExample(type);
    const facet = definitionOf(block).content;
    for (const text of facet.texts(block, mod)) for (const lang of LANGUAGES) expect(text[lang].trim()).not.toBe('');
    expect(facet.minutes(block)).toBeGreaterThanOrEqual(0);
    expect(moduleStats(mod).blocksByType[type]).toBe(1);
    expect(definitionOf(block).label.fr && definitionOf(block).label.nl && definitionOf(block).label.en).toBeTruthy();
  });

  it('keeps no work in progress, or starts it in a shape its own schema accepts', () => {
    const { mod, block } = moduleWithExample(type);
    const state = definitionOf(block).state;
    if (state) expect(state.schema.safeParse(state.initial(block, mod, new Date('2026-11-20T09:00:00Z'))).success).toBe(true);
  });

  it('scores a learner’s answer part by part, records it as valid xAPI that the trainer’s import accepts, and the report reads it back in words', async () => {
    const { mod, block } = moduleWithExample(type);
    if (!isScoredBlock(block)) {
      expect(definitionOf(block).answer).toBeNull();
      return;
    }
    const facet = definitionOf(block).answer!;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const learner = { rng: seededRandom(seed), ability: seed / 7, language: LANGUAGES[seed % 3]!, key: `${mod.id}/${block.id}`, attempt: 0 };
      const answer = facet.simulate.answer(block, learner) as Answer;
      const outcome = scoreAnswer(block, answer, mod);
      expect(outcome).not.toBeNull();
      expect(outcome!.raw).toBeGreaterThanOrEqual(0);
      expect(outcome!.raw).toBeLessThanOrEqual(outcome!.max);
      expect(outcome!.scaled).toBeCloseTo(outcome!.raw / outcome!.max, 10);
      expect(outcome!.parts.length).toBeGreaterThan(0);
      for (const part of outcome!.parts) expect(typeof part.correct).toBe('boolean');

      // A fresh id for each statement: an answer may make several.
      const ids = seededRandom(seed + 100);
      const env = { accountName: ACCOUNT, language: learner.language, now: new Date('2026-11-20T09:00:00Z'), newId: () => ids.uuid() };
      const statements = answerStatements(env, mod, block, answer, outcome!, 61_000);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(validateStatement(JSON.parse(JSON.stringify(statement)))).toEqual([]);
        expect(() => statementCheck(JSON.parse(JSON.stringify(statement)))).not.toThrow();
      }
      const file = await buildProgressFile({ appVersion: '0.1.0', exportedAt: new Date('2026-11-20T10:00:00Z'), accountName: ACCOUNT, statements });
      expect(await readProgressFile(serialiseProgressFile(file))).toMatchObject({ ok: true });

      const item = summariseLearner({ account: ACCOUNT }, file.statements).items[`${mod.id}/${block.id}`]!;
      expect(item).toMatchObject({ type, correct: outcome!.correct, scaled: outcome!.scaled });
      const catalogue = [reportModule(mod)];
      const labelled = Object.keys(catalogue[0]!.items[block.id]!.choices);
      for (const mistake of item.mistakes) {
        // Every id a mistake names has a label: the report never shows an id in its place.
        for (const id of mistake) expect(labelled).toContain(id);
        for (const lang of LANGUAGES) expect(mistakeText(catalogue, item, mistake, lang).trim()).not.toBe('');
      }
      for (const lang of LANGUAGES) expect(exerciseText(catalogue, mod.id, block.id, lang)).not.toBe(block.id);
    }
  });
});

describe('the authors’ guide', () => {
  const guide = readFileSync('modules/README.md', 'utf8');

  it.each(BLOCK_TYPES)('shows the %s example exactly as the file the tests use', (type) => {
    const shown = new RegExp(`<!-- example: ${type} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- /example -->`).exec(guide);
    expect(shown?.[1]).toBe(readFileSync(examplePath(type), 'utf8'));
  });
});
