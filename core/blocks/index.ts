import type { LearningModule } from '../content/schema';
import { answeredStatement, type Statement, type StatementEnv } from '../xapi/statements';
import { BLOCKS } from './registry';
import type { AnyBlockDefinition, BlockDefinition, Counts, ModuleContext, Outcome, PartOutcome, Score } from './types';

/*
 * Everything that depends on which block types exist, derived from the one registry: no other
 * code names a block type.
 */
export type Blocks = typeof BLOCKS;
export type BlockType = keyof Blocks;
/* eslint-disable @typescript-eslint/no-explicit-any */
export type BlockOf<T extends BlockType> = Blocks[T] extends BlockDefinition<any, infer B, any, any, any> ? B : never;
export type AnswerOf<T extends BlockType> = Blocks[T] extends BlockDefinition<any, any, infer A, any, any> ? A : never;
export type StateOf<T extends BlockType> = Blocks[T] extends BlockDefinition<any, any, any, infer S, any> ? S : never;
export type PartOf<T extends BlockType> = Blocks[T] extends BlockDefinition<any, any, any, any, infer P> ? P : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

export type Block = { [T in BlockType]: BlockOf<T> }[BlockType];
/** Types a learner answers (and that are scored). */
export type ScoredType = { [T in BlockType]: [AnswerOf<T>] extends [never] ? never : T }[BlockType];
export type ScoredBlock = { [T in ScoredType]: BlockOf<T> }[ScoredType];
export type Answer = { [T in ScoredType]: AnswerOf<T> }[ScoredType];
/** Types that keep a learner's work in progress. */
export type StatefulType = { [T in BlockType]: [StateOf<T>] extends [never] ? never : T }[BlockType];

export const BLOCK_TYPES = Object.keys(BLOCKS) as BlockType[];

/** The definition of a block's type, seen from code that handles every type alike. */
export function definitionOf(block: { type: string }): AnyBlockDefinition {
  return (BLOCKS as Record<string, AnyBlockDefinition>)[block.type]!;
}

export function isScoredBlock(block: Block): block is ScoredBlock {
  return definitionOf(block).answer !== null;
}

/** Which answer counts for a scored block: the first (final) or the latest (every try kept). */
export function answerCounts(block: ScoredBlock): Counts {
  return definitionOf(block).answer!.counts;
}

/**
 * Whether a saved answer completes its block. Any answer does, except for a type answered step
 * by step (a scenario's path, complete at an ending); such an answer that no longer fits its
 * block (the module changed) is not complete either: she plays it again.
 */
export function answerFinishes(block: ScoredBlock, answer: unknown): boolean {
  const facet = definitionOf(block).answer!;
  if (!facet.finished) return true;
  const parsed = facet.schema.safeParse(answer);
  return parsed.success && facet.fits(block, parsed.data) && facet.finished(block, parsed.data);
}

/** Scores an answer in its module, or returns null when it does not fit the block (wrong shape, unknown ids, nothing given). */
export function scoreAnswer(block: ScoredBlock, answer: unknown, mod: ModuleContext): Outcome | null {
  const facet = definitionOf(block).answer!;
  const parsed = facet.schema.safeParse(answer);
  if (!parsed.success || !facet.fits(block, parsed.data)) return null;
  return facet.score(block, parsed.data, mod) as Outcome;
}

/** The statements an answer makes, each a CareLit `answered` statement about the block. */
export function answerStatements(env: StatementEnv, mod: LearningModule, block: ScoredBlock, answer: Answer, outcome: Outcome<PartOutcome>, durationMs: number): Statement[] {
  const record = {
    answered: (interaction: Parameters<typeof answeredStatement>[3], score: Score = outcome) => answeredStatement(env, mod, block, interaction, score, durationMs),
  };
  return definitionOf(block).answer!.xapi.statements(block, answer, outcome, record);
}

/** A score without its parts: what a statement, a progress row and the module score keep. */
export function scoreOf(outcome: Outcome): Omit<Outcome, 'parts'> {
  const { raw, max, scaled, correct } = outcome;
  return { raw, max, scaled, correct };
}
