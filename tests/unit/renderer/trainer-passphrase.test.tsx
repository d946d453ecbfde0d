import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openTrainerKey, type TrainerKeyRecord } from '../../../core/cohort/passphrase';
import { App } from '../../../renderer/src/App';
import { createLearner } from '../../../renderer/src/db/learners';
import { useSession } from '../../../renderer/src/stores/session';
import * as trainerCatalogue from '../../../renderer/src/trainer/catalogue';
import { useTrainer } from '../../../renderer/src/trainer/store';
import { freshDatabase, renderWithServices } from './render-app';
import { databaseWithPassphrase, installWebCrypto, PASSPHRASE, renderTrainer, resetStores, TEST_ITERATIONS } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

/** The area is open once its cohorts are listed (none yet). */
async function areaOpen() {
  const heading = await screen.findByRole('heading', { level: 1, name: 'Vos cohortes' });
  await screen.findByText('Aucune cohorte en cours. Créez-en une ci-dessus.');
  return heading;
}

describe('setting the trainer passphrase on a first visit', () => {
  it('says a forgotten passphrase cannot be recovered', async () => {
    await renderTrainer();
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisir une phrase de passe formateur·rice' })).toHaveFocus();
    expect(screen.getByText(/Notez-la et conservez-la en lieu sûr/)).toBeVisible();
    expect(screen.getByText(/Une phrase de passe oubliée ne peut pas être récupérée/)).toBeVisible();
  });

  it('refuses a passphrase shorter than ten characters, saying so on the field', async () => {
    const { db } = await renderTrainer();
    await userEvent.type(await screen.findByLabelText('Phrase de passe'), 'court');
    await userEvent.type(field('Retapez la phrase de passe'), 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la phrase de passe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('La phrase de passe est trop courte : il faut au moins 10 caractères.');
    expect(field('Phrase de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Phrase de passe')).toHaveFocus();
    expect(await db.settings.get('trainer-passphrase')).toBeUndefined();
    expect(useTrainer.getState().keys).toBeNull();
  });

  it('refuses two passphrases that differ, on the second field', async () => {
    const { db } = await renderTrainer();
    await userEvent.type(await screen.findByLabelText('Phrase de passe'), PASSPHRASE);
    await userEvent.type(field('Retapez la phrase de passe'), `${PASSPHRASE}!`);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la phrase de passe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Les deux phrases de passe ne sont pas identiques.');
    expect(field('Retapez la phrase de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Retapez la phrase de passe')).toHaveFocus();
    expect(await db.settings.get('trainer-passphrase')).toBeUndefined();
  });

  it('says that a forgotten passphrase means the cohort data are gone, and that the files can be imported again', async () => {
    await renderTrainer();
    expect(await screen.findByText(/sans elle les données des cohortes sont perdues/)).toBeVisible();
    expect(screen.getByText(/importer à nouveau les fichiers de progression de vos apprenant·es/)).toBeVisible();
    expect(screen.getByText(/elle chiffre aussi les cohortes conservées sur cet ordinateur/)).toBeVisible();
  });

  it('keeps only a salt and a key check, never the passphrase nor a key, and opens the area', async () => {
    const { db } = await renderTrainer();
    await userEvent.type(await screen.findByLabelText('Phrase de passe'), PASSPHRASE);
    await userEvent.type(field('Retapez la phrase de passe'), PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la phrase de passe' }));
    expect(await areaOpen()).toHaveFocus();

    const row = await db.settings.get('trainer-passphrase');
    expect(row).toEqual({
      key: 'trainer-passphrase',
      value: {
        algorithm: 'PBKDF2-SHA-256+HKDF/AES-256-GCM',
        iterations: TEST_ITERATIONS,
        salt: expect.stringMatching(/^[0-9a-f]{32}$/),
        check: expect.stringMatching(/^[0-9a-f]+$/),
      },
    });
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain(PASSPHRASE);
    expect(stored).not.toContain(Buffer.from(PASSPHRASE).toString('hex'));
    expect(stored).not.toContain(Buffer.from(PASSPHRASE).toString('base64'));
    if (row?.key !== 'trainer-passphrase') throw new Error('no record');
    await expect(openTrainerKey(PASSPHRASE, row.value as TrainerKeyRecord)).resolves.not.toBeNull();
  });

  it('shows it is working while the passphrase is derived, and cannot be sent twice', async () => {
    await renderTrainer();
    await userEvent.type(await screen.findByLabelText('Phrase de passe'), PASSPHRASE);
    await userEvent.type(field('Retapez la phrase de passe'), PASSPHRASE);
    const submit = screen.getByRole('button', { name: 'Enregistrer la phrase de passe' });
    act(() => submit.click());
    expect(submit).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Sécurisation de la phrase de passe…');
    await areaOpen();
  });
});

describe('unlocking the trainer area', () => {
  it('refuses a wrong passphrase with a clear message, focus back on the field, and stays closed', async () => {
    const db = await databaseWithPassphrase();
    await renderTrainer(undefined, { db });
    const input = await screen.findByLabelText('Phrase de passe formateur·rice');
    expect(input).toHaveFocus();
    await userEvent.type(input, 'pas la bonne phrase');
    await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce n’est pas la bonne phrase de passe.');
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(useTrainer.getState().keys).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Vos cohortes' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verrouiller' })).toBeNull();
  });

  it('opens with the right passphrase, and Lock closes it again', async () => {
    const db = await databaseWithPassphrase();
    await renderTrainer(undefined, { db });
    await userEvent.type(await screen.findByLabelText('Phrase de passe formateur·rice'), PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await areaOpen()).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Verrouiller' }));
    expect(await screen.findByLabelText('Phrase de passe formateur·rice')).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Vos cohortes' })).toBeNull();
  });

  it('loads the installed modules while the passphrase is checked, before any cohort is opened', async () => {
    const load = jest.spyOn(trainerCatalogue, 'loadTrainerCatalogue');
    try {
      await renderTrainer(undefined, { db: await databaseWithPassphrase() });
      await userEvent.type(await screen.findByLabelText('Phrase de passe formateur·rice'), PASSPHRASE);
      expect(load).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
      await areaOpen();
      expect(load).toHaveBeenCalled();
      await expect(load.mock.results[0]!.value).resolves.toMatchObject({ modules: expect.arrayContaining([expect.objectContaining({ id: 'sample' })]) });
    } finally {
      load.mockRestore();
    }
  });

  it('keeps the unlocked state in memory only: nothing about it is stored', async () => {
    const db = await databaseWithPassphrase();
    await renderTrainer(undefined, { db });
    await userEvent.type(await screen.findByLabelText('Phrase de passe formateur·rice'), PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    await areaOpen();
    expect(localStorage.length).toBe(0);
    const stored = Object.keys(sessionStorage)
      .map((k) => sessionStorage.getItem(k))
      .join('\n');
    expect(stored).not.toMatch(/unlock/i);
    expect(await db.settings.toArray()).toHaveLength(1);
  });
});

describe('the way in, from the profile choice', () => {
  it('is a button on the profile screen; leaving the area locks it and comes back to the profiles', async () => {
    useSession.setState({ learnerId: null, view: { name: 'profiles' } });
    const db = freshDatabase();
    await createLearner(db, 'Sofie Claes', 'nurse');
    await renderWithServices(<App />, { db, language: 'fr' });
    await userEvent.click(await screen.findByRole('button', { name: 'Espace formateur·rice' }));
    // Loaded on demand, then the first visit's set-up.
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisir une phrase de passe formateur·rice' })).toBeVisible();
    expect(useSession.getState().view).toEqual({ name: 'trainer' });

    await userEvent.click(screen.getByRole('button', { name: 'Revenir aux profils' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Qui se forme/ })).toBeVisible();
    expect(useTrainer.getState().keys).toBeNull();
  });

  it('is also there on a computer with no profile yet', async () => {
    useSession.setState({ learnerId: null, view: { name: 'profiles' } });
    await renderWithServices(<App />, { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Create your profile' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Trainer area' })).toBeVisible();
  });
});

describe('the passphrase record', () => {
  it('is never replaced by a second set-up: the first one stays, and nothing opens', async () => {
    const { setPassphrase } = await import('../../../renderer/src/db/trainer');
    const db = await databaseWithPassphrase();
    const before = await db.settings.get('trainer-passphrase');
    await expect(setPassphrase(db, 'une autre phrase de passe', TEST_ITERATIONS)).resolves.toBeNull();
    expect(await db.settings.get('trainer-passphrase')).toEqual(before);
  });
});
