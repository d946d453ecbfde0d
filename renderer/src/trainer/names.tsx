import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { learnerName, nameMixesScripts } from './format';

/**
 * A learner's name as the trainer area shows it, with a word beside it when it mixes alphabets.
 * A plain function, not a component: the dashboard writes 200 of them.
 */
export function nameContent(learner: { account: string; displayName?: string }, t: TFunction): ReactNode {
  const name = learnerName(learner, t);
  if (!nameMixesScripts(learner)) return name;
  return (
    <>
      {name} <span className="tag name-flag">{t('trainer:names.mixedScripts')}</span>
    </>
  );
}
