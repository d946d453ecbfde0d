import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlashcardsBlock as FlashcardsBlockData, GlossaryTerm } from '../../../../core/content/schema';
import { newCardMemory, reviewCard, type CardGrade, type CardMemory } from '../../../../core/scheduling/fsrs';
import { Markdown } from '../../components/Markdown';
import { useServices } from '../../context';
import { ensureCards, gradeCard } from '../../db/cards';
import { useLocalized } from '../../hooks';
import type { BlockProps } from '../types';
import { CardReview, type ReviewItem } from './CardReview';

type Memories = ReadonlyMap<string, CardMemory>;

/**
 * Introduces the module's glossary cards: each term of the block goes into the learner's deck
 * (kept as it is when she already has it), then she reviews them once here. Afterwards they come
 * back on the home screen when due. Not scored: "Continue" never waits for it.
 */
export function FlashcardsBlock({ block, module, learnerId }: BlockProps<FlashcardsBlockData>) {
  const { t } = useTranslation('flashcards');
  const localized = useLocalized();
  const { db } = useServices();
  const terms = useMemo(() => blockTerms(block, module.glossary), [block, module.glossary]);
  const termIds = useMemo(() => terms.map((term) => term.id), [terms]);
  // The preview saves nothing: every card starts as new, in memory.
  const [memories, setMemories] = useState<Memories | 'failed' | null>(() => (learnerId === null ? newMemories(terms) : null));

  useEffect(() => {
    if (learnerId === null) return;
    let live = true;
    ensureCards(db, learnerId, module.id, termIds, new Date()).then(
      (cards) => live && setMemories(new Map(cards.map((card) => [card.termId, card.memory]))),
      () => live && setMemories('failed'),
    );
    return () => {
      live = false;
    };
  }, [db, learnerId, module.id, termIds]);

  const items = useMemo(
    () => (memories instanceof Map ? terms.flatMap((term): ReviewItem[] => reviewItem(term, memories)) : []),
    [memories, terms],
  );

  const onGrade = async (item: ReviewItem, grade: CardGrade, now: Date): Promise<string> =>
    learnerId === null ? reviewCard(item.memory, grade, now).due : (await gradeCard(db, [learnerId, module.id, item.id], grade, now)).due;

  return (
    <div className="flashcards-block">
      {block.intro ? <Markdown source={localized(block.intro)} /> : <p>{t('block.intro')}</p>}
      {learnerId === null && <p className="flashcards-notice">{t('block.previewNotice')}</p>}
      {memories === null ? (
        <p role="status">{t('block.preparing')}</p>
      ) : memories === 'failed' ? (
        <p role="alert" className="error">{t('block.prepareFailed')}</p>
      ) : (
        <CardReview items={items} headingLevel={3} persisted={learnerId !== null} onGrade={onGrade} />
      )}
    </div>
  );
}

/** The block's glossary entries, in the block's order (the checker guarantees each exists). */
function blockTerms(block: FlashcardsBlockData, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const byId = new Map(glossary.map((term) => [term.id, term]));
  return [...new Set(block.terms)].flatMap((id) => byId.get(id) ?? []);
}

function newMemories(terms: readonly GlossaryTerm[]): Memories {
  const now = new Date();
  return new Map(terms.map((term) => [term.id, newCardMemory(now)]));
}

function reviewItem(term: GlossaryTerm, memories: Memories): ReviewItem[] {
  const memory = memories.get(term.id);
  return memory ? [{ id: term.id, term: term.term, definition: term.definition, memory }] : [];
}
