import type { CategorizeBlock } from '../content/schema';
import type { Score } from './quiz';

export interface CategorizeAnswer {
  /** Item id → group id where the learner placed it. */
  placements: Record<string, string>;
}

/** One point per item in its right group: sorting is partly right more often than not. */
export function scoreCategorize(block: CategorizeBlock, answer: CategorizeAnswer): Score {
  const raw = block.items.filter((item) => answer.placements[item.id] === item.group).length;
  const max = block.items.length;
  return { raw, max, scaled: raw / max, correct: raw === max };
}

/** Every item placed, each in a group the exercise has, and nothing else. */
export function isValidCategorizeAnswer(block: CategorizeBlock, answer: CategorizeAnswer): boolean {
  const groups = new Set(block.groups.map((g) => g.id));
  const items = new Set(block.items.map((i) => i.id));
  const entries = Object.entries(answer.placements);
  return (
    entries.length === items.size &&
    entries.every(([item, group]) => items.has(item) && groups.has(group))
  );
}
