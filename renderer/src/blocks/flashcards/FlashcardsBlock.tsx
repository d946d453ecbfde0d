import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlashcardsState } from '../../../../core/blocks/flashcards/definition';
import type { GlossaryTerm } from '../../../../core/content/schema';
import { reviewCard, type CardGrade, type CardMemory } from '../../../../core/scheduling/fsrs';
import { CardReview, type ReviewItem } from '../../cards/CardReview';
import { Markdown } from '../../components/Markdown';
import { useLocalized } from '../../hooks';
import type { BlockViewProps } from '../types';

/**
 * Introduces the module's glossary cards: each term of the block goes into the learner's deck
 * (kept as it is when she already has it), then she reviews them once here. Afterwards they come
 * back on the home screen when due. Not scored: "Continue" never waits for it.
 */
export function FlashcardsBlock({ block, module, state, saveState, persisted }: BlockViewProps<'flashcards'>) {
  const { t } = useTranslation('flashcards');
  const localized = useLocalized();
  // The cards as they were when the block opened: grading one does not reshuffle the round.
  const [opened] = useState(state);
  const latest = useRef<FlashcardsState>(state);
  const items = useMemo(() => blockTerms(block.terms, module.glossary).flatMap((term) => reviewItem(term, opened)), [block.terms, module.glossary, opened]);

  const onGrade = async (item: ReviewItem, grade: CardGrade, now: Date): Promise<CardMemory> => {
    const memory = reviewCard(latest.current.memories[item.id] ?? item.memory, grade, now);
    const next = { memories: { ...latest.current.memories, [item.id]: memory } };
    latest.current = next;
    await saveState(next, { now: true });
    return memory;
  };

  return (
    <div className="flashcards-block">
      {block.intro ? <Markdown source={localized(block.intro)} /> : <p>{t('intro')}</p>}
      {!persisted && <p className="card-review-notice">{t('previewNotice')}</p>}
      <CardReview items={items} headingLevel={3} persisted={persisted} onGrade={onGrade} />
    </div>
  );
}

/** The block's glossary entries, in the block's order (the checker guarantees each exists). */
function blockTerms(termIds: readonly string[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const byId = new Map(glossary.map((term) => [term.id, term]));
  return [...new Set(termIds)].flatMap((id) => byId.get(id) ?? []);
}

function reviewItem(term: GlossaryTerm, state: FlashcardsState): ReviewItem[] {
  const memory = Object.hasOwn(state.memories, term.id) ? state.memories[term.id] : undefined;
  return memory ? [{ id: term.id, term: term.term, definition: term.definition, memory }] : [];
}
