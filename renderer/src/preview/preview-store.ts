import { useMemo, useState, useSyncExternalStore } from 'react';
import { scoreAnswer, scoreOf, type Answer, type Block, type ScoredBlock } from '../../../core/blocks';
import type { ModuleContext } from '../../../core/blocks/types';
import type { HostStore, TryRow } from '../blocks/BlockHost';
import { InvalidAnswerError } from '../db/study';

const NONE: TryRow[] = [];
const PREVIEW_SEED = 'preview';

/** One preview column's memory: each block's answers and work in progress, and who to tell of a change. */
class PreviewMemory {
  private readonly tries = new Map<string, TryRow[]>();
  private readonly states = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  private count = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  triesOf(blockId: string): TryRow[] {
    return this.tries.get(blockId) ?? NONE;
  }

  stateOf(blockId: string): unknown {
    return this.states.get(blockId);
  }

  keepState(blockId: string, state: unknown): void {
    this.states.set(blockId, state);
  }

  addTry(block: ScoredBlock, answer: Answer, module: ModuleContext): void {
    const outcome = scoreAnswer(block, answer, module);
    // The block shows its own "could not save" message, as in the player.
    if (!outcome) throw new InvalidAnswerError(`invalid answer for ${block.id}`);
    const row: TryRow = { id: `preview-${++this.count}`, answeredAt: new Date().toISOString(), answer: structuredClone(answer), score: scoreOf(outcome) };
    this.tries.set(block.id, [...this.triesOf(block.id), row]);
    this.changed();
  }

  forget(blockId: string): void {
    this.tries.delete(blockId);
    this.states.delete(blockId);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * The authors' preview's block host store: answers scored by core exactly as the player scores
 * them, and work in progress, in this column's memory only — no learner, no statement, nothing
 * written.
 */
export function usePreviewStore(module: ModuleContext): { store: HostStore; submit(block: ScoredBlock, answer: Answer): Promise<void>; clear(blockId: string): void } {
  const [memory] = useState(() => new PreviewMemory());
  return useMemo(
    () => ({
      store: {
        persisted: false,
        // One order for every column and every visit: an author sees what a learner sees, in each language alike.
        seed: PREVIEW_SEED,
        useTries: (block: Block) => useSyncExternalStore(memory.subscribe, () => memory.triesOf(block.id)),
        loadState: async (block: Block) => memory.stateOf(block.id),
        saveState: async (block: Block, state: unknown) => memory.keepState(block.id, state),
      },
      submit: async (block: ScoredBlock, answer: Answer) => memory.addTry(block, answer, module),
      clear: (blockId: string) => memory.forget(blockId),
    }),
    [memory, module],
  );
}
