import { termIds, type FlashcardsState } from '../../../../core/blocks/flashcards/definition';
import { ensureCards, saveCardMemories } from '../../db/cards';
import type { StateStore } from '../types';

/**
 * A flashcards block's state is the learner's memory of its terms, which lives in her deck (the
 * `cards` table): the home screen finds the cards due there, across modules.
 */
export const deckStore: StateStore<FlashcardsState> = {
  async load({ db, learnerId, module, blockId, now }) {
    const block = module.lessons.flatMap((l) => l.blocks).find((b) => b.id === blockId);
    const ids = block && 'terms' in block ? termIds(block) : [];
    const cards = await ensureCards(db, learnerId, module.id, ids, now);
    return { memories: Object.fromEntries(cards.map((card) => [card.termId, card.memory])) };
  },
  async save({ db, learnerId, module }, next) {
    await saveCardMemories(db, learnerId, module.id, next.memories);
  },
};
