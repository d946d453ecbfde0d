import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listCohorts } from '../../../renderer/src/db/cohorts';
import { createCohortNamed, installWebCrypto, openUnlocked, resetStores, vaultOf } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

const list = (name: string) => screen.getByRole('list', { name });

describe('a trainer’s cohorts', () => {
  it('refuses a cohort without a name', async () => {
    const { db } = await openUnlocked();
    await userEvent.click(screen.getByRole('button', { name: 'Créer la cohorte' }));
    const field = screen.getByLabelText('Nom de la cohorte');
    expect(screen.getByRole('alert')).toHaveTextContent('Donnez un nom à la cohorte.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await db.trainerCohorts.count()).toBe(0);
  });

  it('creates a cohort and opens it, then lists it with the current ones', async () => {
    const { db } = await openUnlocked();
    await createCohortNamed('Infirmier·ères, Saint-Pierre, printemps 2026');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(await listCohorts(vaultOf(db))).toMatchObject([{ name: 'Infirmier·ères, Saint-Pierre, printemps 2026' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Toutes les cohortes' }));
    const current = await waitFor(() => list('Cohortes en cours'));
    expect(within(current).getByRole('button', { name: /Infirmier·ères, Saint-Pierre, printemps 2026 0 apprenant·e · créée le/ })).toBeVisible();
  });

  it('renames a cohort, focus back on the Rename button', async () => {
    const { db } = await openUnlocked();
    await createCohortNamed('Kinés 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Renommer' }));
    const field = screen.getByLabelText('Nouveau nom de la cohorte');
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, 'Kinés, Erasme, 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le nom' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kinés, Erasme, 2026' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Renommer' })).toHaveFocus();
    expect(screen.getByText('La cohorte s’appelle désormais Kinés, Erasme, 2026.')).toBeVisible();
    expect((await listCohorts(vaultOf(db)))[0]).toMatchObject({ name: 'Kinés, Erasme, 2026' });
  });

  it('archives a cohort, which is then listed apart, and restores it', async () => {
    const { db } = await openUnlocked();
    await createCohortNamed('Session de janvier');
    await userEvent.click(screen.getByRole('button', { name: 'Archiver la cohorte' }));
    const restore = await screen.findByRole('button', { name: 'Réactiver la cohorte' });
    expect(restore).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Session de janvier (archivée)');
    expect((await listCohorts(vaultOf(db)))[0]).toMatchObject({ archivedAt: expect.any(String) });

    await userEvent.click(screen.getByRole('button', { name: 'Toutes les cohortes' }));
    const archived = await waitFor(() => list('Cohortes archivées'));
    expect(within(archived).getByRole('button', { name: /Session de janvier/ })).toBeVisible();
    expect(screen.getByText('Aucune cohorte en cours. Créez-en une ci-dessus.')).toBeVisible();

    await userEvent.click(within(archived).getByRole('button', { name: /Session de janvier/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Réactiver la cohorte' }));
    expect(await screen.findByRole('button', { name: 'Archiver la cohorte' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Toutes les cohortes' }));
    expect(within(await waitFor(() => list('Cohortes en cours'))).getByRole('button', { name: /Session de janvier/ })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Cohortes archivées' })).toBeNull();
  });
});
