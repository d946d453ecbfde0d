import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ServicesProvider } from '../../renderer/src/context';
import { openCohort } from '../../renderer/src/db/cohorts';
import type { Vault } from '../../renderer/src/db/vault';
import { initI18n } from '../../renderer/src/i18n';
import { webPlatform } from '../../renderer/src/platform/web';
import { loadTrainerCatalogue } from '../../renderer/src/trainer/catalogue';
import { Dashboard } from '../../renderer/src/trainer/Dashboard';
import { addTrainerStrings } from '../../renderer/src/trainer/strings';
import { useTrainer } from '../../renderer/src/trainer/store';

/**
 * The trainer's dashboard, rendered once just after unlocking: milliseconds from the render call
 * until the learners × modules matrix holds every learner. The module chunks are loaded before
 * (the trainer area loads them when it opens, before any cohort is shown).
 */
export async function renderDashboardOnce(vault: Vault, cohortId: string, root: HTMLElement): Promise<number> {
  const [i18n, cohort, learners] = await Promise.all([
    initI18n('fr'),
    openCohort(vault, cohortId),
    vault.db.trainerLearners.where('cohortId').equals(cohortId).count(),
    loadTrainerCatalogue(),
  ]);
  if (typeof cohort === 'string') return Number.NaN;
  addTrainerStrings(i18n);
  useTrainer.getState().unlock(vault.keys);
  const start = performance.now();
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{ db: vault.db, platform: webPlatform() }}>
        <Dashboard cohort={cohort} />
      </ServicesProvider>
    </I18nextProvider>,
  );
  return new Promise((resolve) => {
    const check = () => {
      // The matrix: a header row, then a row per learner.
      const rows = root.querySelector('table')?.querySelectorAll('tbody tr').length ?? 0;
      if (rows >= learners) resolve(performance.now() - start);
      else requestAnimationFrame(check);
    };
    check();
  });
}
