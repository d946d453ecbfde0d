import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleMeta } from '../../../core/content/schema';
import { completionRatio } from '../../../core/progress';
import { ProgressBar } from '../components/ProgressBar';
import { CATALOGUE } from '../content/catalogue';
import { ExportProgress } from '../export/ExportProgress';
import { useServices } from '../context';
import { dueCards, endOfToday, hasCards } from '../db/due-cards';
import type { CareLitDatabase } from '../db/database';
import type { CardRow, ProgressRow } from '../db/rows';
import { markInteractive, useLanguage, useLocalized } from '../hooks';
import { formatPercent } from '../i18n';
import { useSession } from '../stores/session';
import '../cards/cards.css';

export function CatalogueScreen({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  // Cards are read with the progress, so their panel never pushes the modules down as it appears.
  const saved = useLiveQuery(
    async () => {
      const [progress, dueCardCount] = await Promise.all([db.progress.where('learnerId').equals(learnerId).toArray(), reviewableDueCount(db, learnerId)]);
      return { progress, dueCardCount };
    },
    [db, learnerId],
  );
  useEffect(() => {
    if (saved) markInteractive();
  }, [saved]);
  if (!saved) return null;
  const byModule = new Map(saved.progress.map((p) => [p.moduleId, p]));
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
      {saved.dueCardCount !== null && <DueCardsPanel count={saved.dueCardCount} />}
      {CATALOGUE.length === 0 ? (
        <p>{t('catalogue.empty')}</p>
      ) : (
        <ul className="module-list">
          {CATALOGUE.map((meta) => (
            <li key={meta.id}>
              <ModuleCard meta={meta} progress={byModule.get(meta.id)} />
            </li>
          ))}
        </ul>
      )}
      <ExportProgress learnerId={learnerId} />
    </section>
  );
}

function ModuleCard({ meta, progress }: { meta: ModuleMeta; progress: ProgressRow | undefined }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const localized = useLocalized();
  const openModule = useSession((s) => s.openModule);
  const title = localized(meta.title);
  const ratio = progress?.status === 'completed' ? 1 : completionRatio(meta.blockIds, progress?.doneBlockIds ?? []);
  const state = progress?.status === 'completed' ? 'completed' : progress ? 'in-progress' : 'not-started';
  const status = {
    'not-started': t('catalogue.notStarted'),
    'in-progress': t('catalogue.inProgress', { percent: formatPercent(ratio, lang) }),
    completed: t('catalogue.completed', { score: formatPercent(progress?.score ?? 0, lang) }),
  }[state];
  const [action, actionLabel] = {
    'not-started': ['catalogue.start', 'catalogue.startModule'],
    'in-progress': ['catalogue.resume', 'catalogue.resumeModule'],
    completed: ['catalogue.review', 'catalogue.reviewModule'],
  }[state] as [string, string];

  return (
    <article className="module-card" aria-labelledby={`module-${meta.id}`}>
      <h2 id={`module-${meta.id}`}>{title}</h2>
      <p>{localized(meta.summary)}</p>
      <p className="meta">{t('catalogue.minutes', { count: meta.estimatedMinutes })}</p>
      <ProgressBar ratio={ratio} label={t('catalogue.progressLabel', { title })} />
      <p className="status" data-state={state}>{status}</p>
      <button type="button" className="primary" onClick={() => openModule(meta.id)} aria-label={t(actionLabel, { title })}>
        {t(action)}
      </button>
    </article>
  );
}

/** Cards of installed modules whose term the module still defines: the ones the review screen can show. */
const REVIEWABLE = new Set(CATALOGUE.flatMap((meta) => meta.termIds.map((termId) => `${meta.id}/${termId}`)));
const isReviewable = (card: CardRow) => REVIEWABLE.has(`${card.moduleId}/${card.termId}`);

/** How many cards she can review today (through the [learnerId+due] index); null before her first cards. */
async function reviewableDueCount(db: CareLitDatabase, learnerId: string): Promise<number | null> {
  if (!(await hasCards(db, learnerId))) return null;
  return (await dueCards(db, learnerId, endOfToday(new Date()))).filter(isReviewable).length;
}

function DueCardsPanel({ count }: { count: number }) {
  const { t } = useTranslation('cards');
  const openReview = useSession((s) => s.openReview);
  return (
    <section className="panel due-cards" aria-labelledby="due-cards-title">
      <h2 id="due-cards-title">{count > 0 ? t('home.dueToday', { count }) : t('review.nothing')}</h2>
      {count > 0 ? (
        <button type="button" className="primary" onClick={openReview}>{t('home.reviewNow')}</button>
      ) : (
        <p>{t('home.comeBack')}</p>
      )}
    </section>
  );
}
