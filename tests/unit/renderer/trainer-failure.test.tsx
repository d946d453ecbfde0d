import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openCohort } from '../../../renderer/src/db/cohorts';
import { place, refOf, sealAt } from '../../../renderer/src/db/vault';
import { useTrainer } from '../../../renderer/src/trainer/store';
import { accountOf } from '../../fixtures/cohort';
import { createCohortNamed, installWebCrypto, openUnlocked, resetStores } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

/** A cohort holding a learner record this version cannot show (written by a future version, say), sealed as any other. */
async function brokenCohort() {
  const utils = await openUnlocked();
  await createCohortNamed('Mardi');
  const cohort = (await utils.db.trainerCohorts.toArray())[0]!;
  const silence = jest.spyOn(console, 'error').mockImplementation(() => {});
  const vault = { db: utils.db, keys: useTrainer.getState().keys! };
  const ref = await refOf(vault, cohort.id, accountOf(9));
  const record = {
    summary: { account: accountOf(9), statementCount: 1, modules: { sample: { status: 'completed' } }, items: { 'sample/q': null } },
    exportedAt: '2026-11-20T16:00:00.000Z',
    importedAt: '2026-11-20T16:05:00.000Z',
  };
  await utils.db.trainerLearners.put({ cohortId: cohort.id, ref, sealed: await sealAt(vault, place.learner(cohort.id, ref), record) });
  // As any write to a learner does.
  await utils.db.trainerCohorts.update(cohort.id, { rev: cohort.rev + 1 });
  return { ...utils, cohort, silence };
}

describe('a cohort whose data cannot be shown', () => {
  it('says so and lets the trainer go back to her other cohorts', async () => {
    const { silence } = await brokenCohort();
    expect(await screen.findByRole('heading', { level: 1, name: 'Cette cohorte n’a pas pu s’afficher.' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Toutes les cohortes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vos cohortes' })).toBeVisible();
    silence.mockRestore();
  });

  it('can be deleted from there, after a confirmation, with everything imported into it', async () => {
    const { db, cohort, silence } = await brokenCohort();
    await screen.findByRole('heading', { level: 1, name: 'Cette cohorte n’a pas pu s’afficher.' });
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer la cohorte' }));
    expect(screen.getByText(/Supprimer « Mardi » et tout ce qui y a été importé/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Oui, supprimer' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos cohortes' });
    await waitFor(async () => expect(await db.trainerCohorts.get(cohort.id)).toBeUndefined());
    expect(await db.trainerLearners.where('cohortId').equals(cohort.id).count()).toBe(0);
    silence.mockRestore();
  });

  it('can be archived from there, and the list still opens', async () => {
    const { db, cohort, silence } = await brokenCohort();
    await screen.findByRole('heading', { level: 1, name: 'Cette cohorte n’a pas pu s’afficher.' });
    await userEvent.click(await screen.findByRole('button', { name: 'Archiver la cohorte' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos cohortes' });
    expect(await openCohort({ db, keys: useTrainer.getState().keys! }, cohort.id)).toMatchObject({ archivedAt: expect.any(String) });
    silence.mockRestore();
  });
});
