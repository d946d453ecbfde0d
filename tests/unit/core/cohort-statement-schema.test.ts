import validateStatement from '@learninglocker/xapi-validation';
import { readFileSync } from 'node:fs';
import { Fault } from '../../../core/cohort/checks';
import { statement as statementCheck, timestamp } from '../../../core/cohort/statement-schema';
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

describe('the import’s timestamps', () => {
  const accepted = (value: string) => {
    try {
      timestamp(value);
      return true;
    } catch (error) {
      if (!(error instanceof Fault)) throw error;
      return false;
    }
  };
  /** What a timestamp must be, said the slow way: a date that Date.parse reads back as written, from 2020 to 2099. */
  const real = (value: string) => {
    const t = Date.parse(value);
    return Number.isFinite(t) && t >= Date.UTC(2020, 0, 1) && t < Date.UTC(2100, 0, 1) && new Date(t).toISOString().slice(0, 19) === value.slice(0, 19);
  };
  const two = (n: number) => String(n).padStart(2, '0');

  it('accepts exactly the moments that exist, in every month of common, leap and century years, at the edges of the day', () => {
    const disagreements: string[] = [];
    let seen = 0;
    for (const year of [2019, 2020, 2023, 2024, 2099, 2100, 2000, 1900]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          for (const time of ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '09:30:00.5', '09:30:00.25', '09:30:00.125']) {
            const value = `${year}-${two(month)}-${two(day)}T${time}Z`;
            if (accepted(value) !== real(value)) disagreements.push(value);
            if (accepted(value)) seen += 1;
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    // 2020, 2023, 2024 and 2099 have 366 + 365 + 366 + 365 days, each at the five times of day that exist.
    expect(seen).toBe((366 + 365 + 366 + 365) * 5);
  });

  it('refuses what is not a UTC timestamp as toISOString writes it', () => {
    for (const value of [
      '2026-1-01T10:00:00Z',
      '2026-01-01 10:00:00Z',
      '2026-01-01T10:00:00+01:00',
      '2026-01-01T10:00:00.1234Z',
      '+02026-01-01T10:00:00Z',
      '2026-01-01T10:00Z',
      20260101,
    ]) {
      expect(accepted(value as string)).toBe(false);
    }
  });
});
