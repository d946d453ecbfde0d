import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTrainerKey } from '../../../core/cohort/passphrase';
import { createCohort } from '../../../renderer/src/db/cohorts';
import { TrainerScreen } from '../../../renderer/src/trainer/TrainerScreen';
import { useTrainer } from '../../../renderer/src/trainer/store';
import { databaseWithPassphrase, installWebCrypto, PASSPHRASE, renderTrainer, resetStores, TEST_ITERATIONS } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

const passphraseField = () => screen.findByLabelText('Phrase de passe formateur·rice');

async function tryPassphrase(text: string) {
  const field = await passphraseField();
  await waitFor(() => expect(field).toBeEnabled());
  await userEvent.clear(field);
  await userEvent.type(field, text);
  await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
}

describe('wrong passphrases at the door', () => {
  it('make her wait from the third in a row, saying how long and until when, with the form closed, even after a reload', async () => {
    const db = await databaseWithPassphrase();
    await renderTrainer(undefined, { db });
    await tryPassphrase('pas la bonne 1');
    await screen.findByText(/Ce n’est pas la bonne phrase de passe/);
    await tryPassphrase('pas la bonne 2');
    await waitFor(async () => expect((await db.settings.get('trainer-guesses'))?.value).toMatchObject({ failures: 2 }));
    expect(screen.queryByText(/Patientez/)).toBeNull();
    await tryPassphrase('pas la bonne 3');
    const wait = await screen.findByText(/^Trop de phrases de passe erronées d’affilée\. Patientez 30 secondes : vous pourrez réessayer à \d\d:\d\d\.$/);
    expect(wait).toHaveAttribute('role', 'alert');
    expect(await passphraseField()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Déverrouiller' })).toBeDisabled();

    // Another page on the same computer (a reload): the wait holds.
    cleanup();
    resetStores();
    await renderTrainer(undefined, { db });
    expect(await screen.findByText(/Patientez (30|29|28) secondes/)).toBeVisible();
    expect(await passphraseField()).toBeDisabled();

    // Once the time is up, the right passphrase opens, and the count starts again.
    await db.settings.put({ key: 'trainer-guesses', value: { failures: 3, lastFailureAt: new Date(Date.now() - 31_000).toISOString() } });
    cleanup();
    resetStores();
    await renderTrainer(undefined, { db });
    await tryPassphrase(PASSPHRASE);
    await screen.findByRole('heading', { level: 1, name: 'Vos cohortes' });
    expect(await db.settings.get('trainer-guesses')).toBeUndefined();
  });
});

describe('an area left alone', () => {
  it('locks itself after the idle time, drops the keys, and says why at the door', async () => {
    const db = await databaseWithPassphrase();
    await renderTrainer(<TrainerScreen iterations={TEST_ITERATIONS} idleMs={1500} />, { db });
    await tryPassphrase(PASSPHRASE);
    expect(await screen.findByText('Se verrouille après 2 secondes sans activité.')).toBeVisible();
    // Activity keeps it open…
    for (let i = 0; i < 3; i += 1) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
      await userEvent.keyboard('{Shift}');
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Vos cohortes' })).toBeVisible();
    // …its absence closes it.
    expect(await screen.findByText('L’espace formateur·rice s’est verrouillé après 2 secondes sans activité.', undefined, { timeout: 4000 })).toHaveAttribute('role', 'status');
    expect(useTrainer.getState().keys).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Vos cohortes' })).toBeNull();
  });
});

describe('cohorts her passphrase does not open', () => {
  it('are listed apart, without a name, and can be deleted', async () => {
    const db = await databaseWithPassphrase();
    // Saved under another passphrase's keys (the record was replaced, or set up again).
    const other = (await createTrainerKey('une autre phrase de passe', TEST_ITERATIONS)).keys;
    const cohort = await createCohort({ db, keys: other }, 'Urgences, Saint-Pierre');
    await renderTrainer(undefined, { db });
    await tryPassphrase(PASSPHRASE);
    const heading = await screen.findByRole('heading', { level: 2, name: '1 cohorte que cette phrase de passe n’ouvre pas' });
    expect(heading).toBeVisible();
    expect(screen.queryByText(/Urgences/)).toBeNull();
    const closed = screen.getByRole('list', { name: '1 cohorte que cette phrase de passe n’ouvre pas' });
    await userEvent.click(within(closed).getByRole('button', { name: /^Supprimer : Cohorte chiffrée, créée le/ }));
    await userEvent.click(within(closed).getByRole('button', { name: 'Oui, supprimer' }));
    await waitFor(async () => expect(await db.trainerCohorts.get(cohort.id)).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('heading', { name: /n’ouvre pas/ })).toBeNull());
  });
});
