import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks';
import type { TrainerCatalogue } from './catalogue';

/** The objectives of a module passed, each with the frameworks it answers to (AI Act, GDPR…). */
export function ObjectivesList({ moduleId, catalogue }: { moduleId: string; catalogue: TrainerCatalogue }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const mod = catalogue.modules.find((m) => m.id === moduleId);
  if (!mod) return <p className="hint">{t('learner.moduleNotInstalled')}</p>;
  return (
    <ul className="objectives">
      {mod.objectives.map((o) => {
        const refs = catalogue.frameworks[moduleId]?.[o.id] ?? [];
        return (
          <li key={o.id}>
            {o.text[lang]}
            {refs.length > 0 && (
              <span className="framework-refs">
                {' '}
                ({refs.map((r) => t('objectives.ref', { framework: t(`frameworks.${r.framework}`), ref: r.ref })).join(t('objectives.separator'))})
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
