import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPinRecord } from '../../../core/learner-pin';
import { App } from '../../../renderer/src/App';
import { backupOf } from '../../../renderer/src/db/backup';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { deleteLearner, learnerData, setPin } from '../../../renderer/src/db/profiles';
import { useSession } from '../../../renderer/src/stores/session';
import { study } from '../../fixtures/learner-work';
import { freshDatabase, renderWithServices, testPlatform } from './render-app';

// jsdom has neither WebCrypto's `subtle` (PINs, digests) nor TextEncoder: Node's stand in.
beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
  Object.assign(globalThis, { TextEncoder, TextDecoder });
});

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'profiles' }, notice: null, request: null });
});

async function app(db: CareLitDatabase = freshDatabase(), language: 'fr' | 'nl' | 'en' = 'en') {
  await renderWithServices(<App />, { db, language });
  return db;
}

describe('creating a profile', () => {
  it('chooses no profession for her, and refuses to go on without one, saying so on the group', async () => {
    const db = await app();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Display name' }), 'Sara Haddad');
    const group = screen.getByRole('group', { name: 'Profession' });
    expect(
      within(group)
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked),
    ).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Choose your profession.'));
    expect(within(group).getByRole('radio', { name: 'Physician' })).toHaveFocus();
    expect(within(group).getByRole('radio', { name: 'Nurse' })).toHaveAttribute('aria-invalid', 'true');
    expect(await db.learners.count()).toBe(0);

    await userEvent.click(within(group).getByRole('radio', { name: 'Physician' }));
    expect(screen.queryByText('Choose your profession.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    expect(await db.learners.toArray()).toMatchObject([{ displayName: 'Sara Haddad', profession: 'physician' }]);
  });

  it('says both at once when the name and the profession are missing', async () => {
    await app();
    await userEvent.click(await screen.findByRole('button', { name: 'Create my profile' }));
    expect(screen.getByRole('textbox', { name: 'Display name' })).toHaveAccessibleDescription('Enter a display name.');
    expect(screen.getByRole('group', { name: 'Profession' })).toHaveAccessibleDescription(expect.stringContaining('Choose your profession.'));
  });
});

describe('a profile protected by a PIN', () => {
  async function protectedProfile() {
    const db = freshDatabase();
    const amina = await createLearner(db, 'Amina Benali', 'nurse');
    await study(db, amina);
    await setPin(db, amina.id, await createPinRecord('4821', 1000));
    await createLearner(db, 'Bram Peeters', 'physician');
    await app(db);
    return { db, amina };
  }

  it('cannot be opened without its PIN, and shows nothing of hers meanwhile', async () => {
    const { amina } = await protectedProfile();
    const profile = await screen.findByRole('button', { name: /Amina Benali/ });
    expect(profile).toHaveTextContent('protected by a PIN');
    await userEvent.click(profile);
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile of Amina Benali' })).toBeVisible();
    expect(useSession.getState().learnerId).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Modules' })).toBeNull();
    expect(screen.queryByText(/Ma note privée/)).toBeNull();
    // Not even her counts on the way to deleting it.
    await userEvent.click(screen.getByText('I forgot my PIN'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete this profile…' }));
    expect(screen.getByRole('group', { name: 'Delete the profile of Amina Benali?' })).not.toHaveTextContent(/\d/);

    await userEvent.type(screen.getByLabelText('PIN'), '0000');
    await userEvent.click(screen.getByRole('button', { name: 'Open the profile' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not the PIN of this profile.');
    expect(screen.getByLabelText('PIN')).toHaveAttribute('aria-invalid', 'true');
    expect(useSession.getState().learnerId).toBeNull();

    await userEvent.type(screen.getByLabelText('PIN'), '4821');
    await userEvent.click(screen.getByRole('button', { name: 'Open the profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    expect(useSession.getState().learnerId).toBe(amina.id);
  });

  it('takes a pasted PIN', async () => {
    await protectedProfile();
    await userEvent.click(await screen.findByRole('button', { name: /Amina Benali/ }));
    await userEvent.click(await screen.findByLabelText('PIN'));
    await userEvent.paste(' 4821 ');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
  });

  it('makes her wait after three wrong tries, and says for how long', async () => {
    await protectedProfile();
    await userEvent.click(await screen.findByRole('button', { name: /Amina Benali/ }));
    for (const pin of ['1111', '2222', '3333']) {
      await userEvent.type(await screen.findByLabelText('PIN'), `${pin}{Enter}`);
      await screen.findByRole('alert');
    }
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This is not the PIN of this profile. Wait 30 seconds before the next try.'));
    expect(screen.getByRole('button', { name: 'Open the profile' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says plainly what to do when the PIN is forgotten, and lets her delete the profile', async () => {
    const { db, amina } = await protectedProfile();
    await userEvent.click(await screen.findByRole('button', { name: /Amina Benali/ }));
    await userEvent.click(await screen.findByText('I forgot my PIN'));
    expect(screen.getByText(/A PIN cannot be recovered/)).toBeVisible();
    expect(screen.getByText(/delete the profile first, then choose “Restore a backup”/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Delete this profile…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the profile of Amina Benali' }));
    expect(await screen.findByText('The profile of Amina Benali was deleted, with everything in it.')).toBeVisible();
    expect(await db.learners.get(amina.id)).toBeUndefined();
    expect(await learnerData(db, amina.id)).toEqual({ attempts: 0, progress: 0, outbox: 0, blockStates: 0, cards: 0, settings: 0 });
  });
});

describe('her own profile', () => {
  async function signedIn() {
    const db = freshDatabase();
    const amina = await createLearner(db, 'Amina Benali', 'nurse');
    await study(db, amina);
    act(() => useSession.setState({ learnerId: amina.id, view: { name: 'catalogue' } }));
    await app(db);
    await userEvent.click(await screen.findByRole('button', { name: 'My profile: Amina Benali' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toHaveFocus();
    return { db, amina };
  }

  it('is renamed and given another profession', async () => {
    const { db, amina } = await signedIn();
    const name = screen.getByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Amina Haddad');
    await userEvent.click(screen.getByRole('radio', { name: 'Physiotherapist' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeVisible();
    expect(await db.learners.get(amina.id)).toMatchObject({ displayName: 'Amina Haddad', profession: 'physiotherapist', accountName: amina.accountName });
    expect(await screen.findByRole('button', { name: 'My profile: Amina Haddad' })).toBeVisible();
  });

  it('is not renamed to a name that holds half a character, and a new name is kept as names are shown', async () => {
    const { db, amina } = await signedIn();
    const name = screen.getByRole('textbox', { name: 'Display name' });
    fireEvent.change(name, { target: { value: 'Amina \ud800' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This name holds a broken character that cannot be shown. Type it again.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(await db.learners.get(amina.id)).toMatchObject({ displayName: 'Amina Benali' });
    fireEvent.change(name, { target: { value: ' Amina\u200b \u202eHaddad ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeVisible();
    expect(await db.learners.get(amina.id)).toMatchObject({ displayName: 'Amina Haddad' });
  });

  it('gets a PIN typed twice, which is then asked to open her profile', async () => {
    const { db, amina } = await signedIn();
    await userEvent.type(screen.getByLabelText('New PIN'), '12');
    await userEvent.type(screen.getByLabelText('The new PIN again'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Set this PIN' }));
    expect(screen.getByLabelText('New PIN')).toHaveAccessibleDescription(expect.stringContaining('A PIN has at least 4 digits.'));
    await userEvent.clear(screen.getByLabelText('New PIN'));
    await userEvent.clear(screen.getByLabelText('The new PIN again'));
    await userEvent.type(screen.getByLabelText('New PIN'), '2468');
    await userEvent.type(screen.getByLabelText('The new PIN again'), '2486');
    await userEvent.click(screen.getByRole('button', { name: 'Set this PIN' }));
    expect(screen.getByLabelText('The new PIN again')).toHaveAccessibleDescription('The two PINs are not the same.');
    await userEvent.clear(screen.getByLabelText('The new PIN again'));
    await userEvent.type(screen.getByLabelText('The new PIN again'), '2468');
    await userEvent.click(screen.getByRole('button', { name: 'Set this PIN' }));
    // Derived at full strength here, as in the app: it takes a moment.
    expect(await screen.findByText('Your PIN is set. It is asked each time your profile is opened.', {}, { timeout: 15_000 })).toBeVisible();
    expect((await db.learners.get(amina.id))!.pin).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Switch profile' }));
    await userEvent.click(await screen.findByRole('button', { name: /Amina Benali/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile of Amina Benali' })).toBeVisible();
  }, 40_000);

  it('is deleted after a confirmation that names her and counts what goes', async () => {
    const { db, amina } = await signedIn();
    await userEvent.click(screen.getByRole('button', { name: 'Delete my profile…' }));
    const confirm = screen.getByRole('group', { name: 'Delete the profile of Amina Benali?' });
    expect(within(confirm).getByRole('heading', { name: 'Delete the profile of Amina Benali?' })).toHaveFocus();
    expect(
      within(confirm)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'the answers and their scores: 2',
      'the progress in each module: 1',
      'the records (what a trainer’s export and the organisation’s LRS receive): 3',
      'the reflection notes and the drafts: 1',
      'the glossary cards: 2',
      'the settings: 1',
    ]);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep the profile' }));
    expect(screen.getByRole('button', { name: 'Delete my profile…' })).toHaveFocus();
    expect(await db.learners.get(amina.id)).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Delete my profile…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the profile of Amina Benali' }));
    expect(await screen.findByText('The profile of Amina Benali was deleted, with everything in it.')).toBeVisible();
    expect(await db.learners.count()).toBe(0);
    expect(await learnerData(db, amina.id)).toEqual({ attempts: 0, progress: 0, outbox: 0, blockStates: 0, cards: 0, settings: 0 });
  });

  it('says how many of her records will never reach the organisation’s LRS, when one is configured', async () => {
    const { db, amina } = await signedIn();
    await userEvent.click(screen.getByRole('button', { name: 'Delete my profile…' }));
    // No LRS: her records only wait for a trainer's export, which the list already counts.
    expect(screen.queryByText(/Learning Record Store/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Keep the profile' }));

    await db.settings.put({ key: 'lrs-connection', value: { endpoint: 'https://lrs.example.org/xapi/', key: 'carelit' } });
    const [first] = await db.outbox.where('learnerId').equals(amina.id).toArray();
    await db.outbox.update(first!.id, { sync: 'sent', sentAt: '2026-12-06T10:00:00.000Z' });
    await userEvent.click(screen.getByRole('button', { name: 'Delete my profile…' }));
    expect(
      await screen.findByText('2 of these records have not reached the organisation’s Learning Record Store yet: once the profile is deleted, they will never be sent.'),
    ).toBeVisible();
  });

  it('is saved as one backup file through the platform', async () => {
    await signedIn();
    const save = jest.spyOn(testPlatform, 'saveTextFile').mockResolvedValueOnce({ saved: true });
    await userEvent.click(screen.getByRole('button', { name: 'Save a backup of my profile' }));
    expect(await screen.findByText('Your backup went to your browser, which usually puts it in your Downloads folder.')).toBeVisible();
    const request = save.mock.calls[0]![0];
    expect(request).toMatchObject({ kind: 'backup', suggestedName: expect.stringMatching(/^carelit-backup-amina-benali-\d{4}-\d{2}-\d{2}\.json$/) });
    expect(JSON.parse(request.text)).toMatchObject({ format: 'carelit-backup', profile: { displayName: 'Amina Benali' } });
    save.mockRestore();
  });

  it('says why a backup was not saved', async () => {
    await signedIn();
    const save = jest.spyOn(testPlatform, 'saveTextFile').mockResolvedValueOnce({ saved: false, error: 'disk-full' });
    await userEvent.click(screen.getByRole('button', { name: 'Save a backup of my profile' }));
    expect(await screen.findByText(/There is not enough space on that disk/)).toBeVisible();
    save.mockRestore();
  });
});

describe('restoring a backup', () => {
  it('reads the file, says whose it is and what it holds, and opens the restored profile with her progress', async () => {
    const source = freshDatabase();
    const amina = await createLearner(source, 'Amina Benali', 'nurse');
    await study(source, amina);
    const { text } = await backupOf(source, amina.id, '0.1.0', new Date('2026-12-06T12:00:00Z'));
    const db = await app(freshDatabase(), 'fr');

    await userEvent.click(await screen.findByRole('button', { name: 'Restaurer une sauvegarde' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Restaurer une sauvegarde' })).toHaveFocus();
    await userEvent.upload(
      screen.getByLabelText('Choisir un fichier de sauvegarde'),
      new File([text], 'carelit-backup-amina-benali-2026-12-06.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Sauvegarde du profil « Amina Benali » (Infirmier ou infirmière), enregistrée le 6 décembre 2026.')).toBeVisible();
    expect(screen.getByText('Réponses : 2')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Restaurer comme nouveau profil' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    const restored = (await db.learners.toArray())[0]!;
    expect(restored).toMatchObject({ displayName: 'Amina Benali', accountName: amina.accountName });
    expect(await learnerData(db, restored.id)).toEqual(await learnerData(source, amina.id));
    expect(screen.getByRole('article', { name: "Module d'essai" })).toHaveTextContent(/Réussi, score/);
  });

  it('says in words why a file is refused', async () => {
    await app();
    await userEvent.click(await screen.findByRole('button', { name: 'Restore a backup' }));
    await userEvent.upload(
      await screen.findByLabelText('Choose a backup file'),
      new File(['{"format":"carelit-progress","formatVersion":1}'], 'progress.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a CareLit backup. A progress file, made for a trainer, cannot be restored as a profile.');
    expect(screen.queryByRole('button', { name: 'Restore as a new profile' })).toBeNull();
  });

  it('refuses to put a backup next to the profile it came from', async () => {
    const db = freshDatabase();
    const amina = await createLearner(db, 'Amina Benali', 'nurse');
    const { text } = await backupOf(db, amina.id, '0.1.0');
    await app(db);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore a backup' }));
    const input = await screen.findByLabelText('Choose a backup file');
    fireEvent.change(input, { target: { files: [new File([text], 'b.json')] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Restore as a new profile' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This backup is of the profile of Amina Benali, which is still on this computer.');
    expect(await db.learners.count()).toBe(1);
    await deleteLearner(db, amina.id);
  });
});
