import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ServicesProvider } from '../../renderer/src/context';
import { openCohort } from '../../renderer/src/db/cohorts';
import type { Vault } from '../../renderer/src/db/vault';
import { initI18n } from '../../renderer/src/i18n';
import { webPlatform } from '../../renderer/src/platform/web';
import { loadTrainerCatalogue } from '../../renderer/src/trainer/catalogue';
import { Dashboard, FIRST_ROWS } from '../../renderer/src/trainer/Dashboard';
import { addTrainerStrings } from '../../renderer/src/trainer/strings';
import { useTrainer } from '../../renderer/src/trainer/store';

/**
 * The trainer's dashboard, rendered once just after unlocking, in milliseconds from the render
 * call: to its first frame (the totals and the matrix's first FIRST_ROWS learners, or all of
 * them in a smaller cohort: what the top of the page shows), and to the frame where the matrix
 * holds every learner and the last section (the hardest exercises) is there, drawn in the
 * background after the first. Frames are seen as the browser is about to paint them. The module
 * chunks are loaded before (the area loads them while the passphrase is checked, before any cohort is shown).
 */
export async function renderDashboardOnce(vault: Vault, cohortId: string, root: HTMLElement): Promise<{ firstMs: number; firstRows: number; completeMs: number }> {
  const [i18n, cohort, learners] = await Promise.all([
    initI18n('fr'),
    openCohort(vault, cohortId),
    vault.db.trainerLearners.where('cohortId').equals(cohortId).count(),
    loadTrainerCatalogue(),
  ]);
  if (typeof cohort === 'string') return { firstMs: Number.NaN, firstRows: 0, completeMs: Number.NaN };
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
  const firstRows = Math.min(learners, FIRST_ROWS);
  let firstMs: number | null = null;
  return new Promise((resolve) => {
    const check = () => {
      // The matrix: a header row, then a row per learner.
      const rows = root.querySelector('table')?.querySelectorAll('tbody tr').length ?? 0;
      if (firstMs === null && rows >= firstRows) firstMs = performance.now() - start;
      if (rows >= learners && root.querySelector('#hardest-title')) resolve({ firstMs: firstMs!, firstRows, completeMs: performance.now() - start });
      else requestAnimationFrame(check);
    };
    check();
  });
}
