import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleMeta } from '../../../core/content/schema';
import { completionRatio } from '../../../core/progress';
import { ProgressBar } from '../components/ProgressBar';
import { CATALOGUE } from '../content/catalogue';
import { useServices } from '../context';
import type { ProgressRow } from '../db/rows';
import { markInteractive, useLanguage, useLocalized } from '../hooks';
import { formatPercent } from '../i18n';
import { useSession } from '../stores/session';

export function CatalogueScreen({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const progress = useLiveQuery(() => db.progress.where('learnerId').equals(learnerId).toArray(), [db, learnerId]);
  useEffect(() => {
    if (progress) markInteractive();
  }, [progress]);
  if (!progress) return null;
  const byModule = new Map(progress.map((p) => [p.moduleId, p]));
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
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
