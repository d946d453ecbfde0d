import validateStatement from '@learninglocker/xapi-validation';
import { readFileSync } from 'node:fs';
import { statement as statementCheck } from '../../../core/cohort/statement-schema';
import { parseModuleSource } from '../../../core/content/parse';
import { answerStatements, definitionOf, isScoredBlock, scoreAnswer, type Answer, type Block, type ScoredBlock } from '../../../core/blocks';
import type { LearningModule } from '../../../core/content/schema';
import { moduleScore } from '../../../core/module-score';
import { seededRandom } from '../../../core/random';
import { moduleCompletedStatement } from '../../../core/xapi/statements';
import { fixtureUuid } from '../../fixtures/cohort';

/** Every scored block of the shipped modules, answered, and each module completed: all the kinds of statement the app makes. */
function shippedStatements() {
  return ['ai-basics', 'prompting', 'critical-review', 'connected-devices'].flatMap((id) => {
    const parsed = parseModuleSource(readFileSync(`modules/${id}/module.yaml`, 'utf8'), id);
    if (!parsed.ok) throw new Error(`${id} invalid`);
    const mod: LearningModule = parsed.module;
    const env = { accountName: 'b7e0d0c2-1a2b-4c3d-8e9f-0a1b2c3d4e5f', language: 'nl' as const, now: new Date('2026-11-28T10:00:00Z'), newId: fixtureUuid };
    const scored = mod.lessons.flatMap((l) => l.blocks).filter((b: Block): b is ScoredBlock => isScoredBlock(b));
    const answered = scored.flatMap((block) => {
      const answer = answerFor(block);
      return answerStatements(env, mod, block, answer, scoreAnswer(block, answer, mod)!, 42_000);
    });
    return [...answered, moduleCompletedStatement(env, mod, moduleScore(mod, new Map()), 1_800_000)];
  });
}

/** A first try by a middling learner, as `carelit simulate` makes it: some answers right, some wrong. */
function answerFor(block: ScoredBlock): Answer {
  return definitionOf(block).answer!.simulate.answer(block, { rng: seededRandom(7), ability: 0.4, language: 'fr', key: block.id, attempt: 0 }) as Answer;
}

describe('the import’s statement schema', () => {
  const statements = shippedStatements();

  it('accepts every kind of statement the app makes from the shipped modules', () => {
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements) expect(() => statementCheck(JSON.parse(JSON.stringify(statement)))).not.toThrow();
  });

  it('accepts only valid xAPI 1.0.3: what it accepts passes an xAPI validator', () => {
    for (const statement of statements) {
      const copy = JSON.parse(JSON.stringify(statement));
      statementCheck(copy);
      expect(validateStatement(copy)).toEqual([]);
    }
  });
});
