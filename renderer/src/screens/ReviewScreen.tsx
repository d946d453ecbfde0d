import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningModule } from '../../../core/content/schema';
import type { CardGrade } from '../../../core/scheduling/fsrs';
import { CardReview, type ReviewItem } from '../cards/CardReview';
import { loadModule } from '../content/catalogue';
import { useServices } from '../context';
import { cardKey, gradeCard, type CardKey } from '../db/cards';
import { dueCards, endOfToday } from '../db/due-cards';
import type { CareLitDatabase } from '../db/database';
import type { CardRow } from '../db/rows';
import { useSession } from '../stores/session';

type DueItem = ReviewItem & { key: CardKey };

/**
 * Reviews the cards due today, across modules. The list is read once when the screen opens, so
 * a grade never reshuffles it; a card graded "again" comes back at the end of this round.
 */
export function ReviewScreen({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation('cards');
  const { db } = useServices();
  const showCatalogue = useSession((s) => s.showCatalogue);
  const [items, setItems] = useState<DueItem[] | 'failed' | null>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // "Review now" is gone once this screen shows: focus starts on its title, not on the page.
    title.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    loadDueItems(db, learnerId, new Date()).then(
      (due) => live && setItems(due),
      () => live && setItems('failed'),
    );
    return () => {
      live = false;
    };
  }, [db, learnerId]);

  const onGrade = async (item: DueItem, grade: CardGrade, now: Date) => (await gradeCard(db, item.key, grade, now)).memory;
  const back = (
    <button type="button" className="primary" onClick={showCatalogue}>
      {t('review.back')}
    </button>
  );

  return (
    <section className="review" aria-labelledby="review-title">
      <button type="button" className="link-button" onClick={showCatalogue}>
        ← {t('review.back')}
      </button>
      <h1 id="review-title" tabIndex={-1} ref={title}>
        {t('review.title')}
      </h1>
      {items === null ? (
        <p role="status">{t('review.loading')}</p>
      ) : items === 'failed' ? (
        <p role="alert" className="error">
          {t('review.loadFailed')}
        </p>
      ) : items.length === 0 ? (
        <>
          <p>{t('review.nothing')}</p>
          {back}
        </>
      ) : (
        <>
          <p>{t('review.intro')}</p>
          <CardReview items={items} headingLevel={2} persisted onGrade={onGrade} afterSummary={<div className="actions">{back}</div>} />
        </>
      )}
    </section>
  );
}

/** Today's due cards with their term and definition, from each module's glossary. */
async function loadDueItems(db: CareLitDatabase, learnerId: string, now: Date): Promise<DueItem[]> {
  const due = await dueCards(db, learnerId, endOfToday(now));
  const loaded = await Promise.all([...new Set(due.map((card) => card.moduleId))].map((id) => loadModule(id)));
  const modules = new Map(loaded.flatMap((result) => (result.ok ? [[result.module.id, result.module] as const] : [])));
  return due.flatMap((card) => dueItem(card, modules.get(card.moduleId)));
}

/** A card whose module is gone, or whose term the module no longer defines, is skipped. */
function dueItem(card: CardRow, module: LearningModule | undefined): DueItem[] {
  const term = module?.glossary.find((entry) => entry.id === card.termId);
  if (!module || !term) return [];
  return [{ id: `${card.moduleId}/${card.termId}`, key: cardKey(card), term: term.term, definition: term.definition, memory: card.memory, moduleTitle: module.title }];
}
