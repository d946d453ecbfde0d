import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import { cohortSummaries } from '../../../renderer/src/db/cohorts';
import { useSession } from '../../../renderer/src/stores/session';
import { accountOf, nadiaStatements, progressFileText, walkStatements } from '../../fixtures/cohort';
import { forged, HOSTILE_FILES, PROTOTYPE_NAMES } from '../../fixtures/hostile-files';
import { renderWithServices } from './render-app';
import { createCohortNamed, fakePlatform, installWebCrypto, jsonFile, openUnlocked, resetStores, vaultOf } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

const nadia = nadiaStatements();
const asAccount = (account: string) => nadia.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: account } } }));

async function importThrough(files: File[]) {
  await userEvent.upload(screen.getByLabelText('Choisir des fichiers de progression'), files);
  return screen.findByRole('heading', { level: 3, name: /fichiers? traités?/ }, { timeout: 8000 });
}

const matrixNames = () =>
  within(screen.getByRole('table', { name: 'Situation de chaque apprenant·e dans chaque module (réussi, pas encore réussi, en cours, pas commencé), score retenu et temps' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th')?.textContent);

describe('a copy of a learner’s file under another name', () => {
  async function copyThenGenuine() {
    const utils = await openUnlocked();
    await createCohortNamed('Mardi');
    const copy = await progressFileText(accountOf(9), asAccount(accountOf(9)), { displayName: 'Mallory Copy', profession: 'nurse' });
    const genuine = await progressFileText(accountOf(1), nadia, { displayName: 'Nadia Benali', profession: 'nurse' });
    // The copy comes first: the genuine file is the one that finds its records taken.
    const summary = await importThrough([jsonFile('copie.json', copy), jsonFile('nadia.json', genuine)]);
    return { ...utils, summary };
  }

  it('sets the later file aside with both names, credits nobody with it, and asks the trainer', async () => {
    const { summary } = await copyThenGenuine();
    expect(summary).toHaveTextContent('2 fichiers traités : 1 importé, 0 refusé, 1 en attente de votre décision');
    expect(
      screen.getByText('Ce fichier indique Nadia Benali, mais ses enregistrements sont déjà ceux de Mallory Copy dans cette cohorte. Décidez plus bas ce que vous gardez.'),
    ).toBeVisible();
    const held = await screen.findByRole('region', { name: '1 fichier en attente de votre décision' });
    const item = within(held).getByRole('article', { name: 'nadia.json' });
    expect(item).toHaveTextContent('Ce fichier indiqueNadia Benali a0000001');
    expect(item).toHaveTextContent('Ses enregistrements sont déjà ceux deMallory Copy a0000009 (3 enregistrements)');
    expect(item).toHaveTextContent('3 de ses 3 enregistrements appartiennent déjà à une autre personne.');
    expect(within(item).getByRole('button', { name: 'Garder Mallory Copy' })).toHaveAccessibleDescription(
      'Mallory Copy garde ces enregistrements ; rien de ce fichier n’est importé.',
    );
    expect(within(item).getByRole('button', { name: 'Remplacer Mallory Copy par Nadia Benali' })).toBeVisible();
    expect(within(item).getByRole('button', { name: 'Écarter ce fichier' })).toBeVisible();
    expect(matrixNames()).toEqual(['Mallory Copy']);
  });

  it('replaces the copy by the genuine file when the trainer chooses so', async () => {
    const { db } = await copyThenGenuine();
    await userEvent.click(await screen.findByRole('button', { name: 'Remplacer Mallory Copy par Nadia Benali' }));
    expect(await screen.findByText('Décision enregistrée pour nadia.json : le fichier a remplacé les enregistrements précédents.')).toBeVisible();
    await waitFor(() => expect(matrixNames()).toEqual(['Nadia Benali']));
    expect(screen.getByRole('heading', { level: 2, name: '0 fichier en attente de votre décision' })).toHaveFocus();
    const cohortId = (await db.trainerCohorts.toArray())[0]!.id;
    expect((await cohortSummaries(vaultOf(db), cohortId)).map((s) => [s.displayName, s.statementCount])).toEqual([['Nadia Benali', 3]]);
  });

  it('discards the held file when the trainer chooses so, the cohort as it was', async () => {
    await copyThenGenuine();
    await userEvent.click(await screen.findByRole('button', { name: 'Écarter ce fichier' }));
    expect(await screen.findByText('nadia.json est écarté.')).toBeVisible();
    expect(screen.queryByRole('article', { name: 'nadia.json' })).toBeNull();
    expect(matrixNames()).toEqual(['Mallory Copy']);
  });
});

describe('files that try to break the dashboard', () => {
  it('refuses every file whose module or exercise is named after a member of every object, and the dashboard still shows the others', async () => {
    await openUnlocked();
    await createCohortNamed('Mardi');
    const hostile = HOSTILE_FILES.filter((c) => c.finding === 1);
    expect(hostile).toHaveLength(PROTOTYPE_NAMES.length * 2);
    const bruno = await progressFileText(
      accountOf(2),
      walkStatements({ account: accountOf(2), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-03T10:00:00.000Z' }] }),
      { displayName: 'Bruno Peeters' },
    );
    const files = [...(await Promise.all(hostile.map(async (c, i) => jsonFile(`${i}.json`, await c.bytes())))), jsonFile('bruno.json', bruno)];
    const summary = await importThrough(files);
    expect(summary).toHaveTextContent(`${files.length} fichiers traités : 1 importé, ${hostile.length} refusés`);
    expect(screen.getAllByText(/Le fichier ne respecte pas le format des fichiers de progression en statements\[0\]\.object\.id : not a CareLit activity\./)).toHaveLength(
      hostile.length,
    );
    await waitFor(() => expect(matrixNames()).toEqual(['Bruno Peeters']));
  });

  it('shows names cleaned of what disguises them, flags a name that mixes alphabets, and neutralises formulas in the CSV', async () => {
    const platform = fakePlatform();
    await openUnlocked({ platform });
    await createCohortNamed('Mardi');
    const named = (n: number, displayName: string) =>
      forged(
        (p) => {
          p.learner.displayName = displayName;
        },
        progressFileText(accountOf(n), walkStatements({ account: accountOf(n), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-03T10:00:00.000Z' }] })).then((t) =>
          JSON.parse(t),
        ),
      );
    await importThrough([
      jsonFile('a.json', await named(3, 'Nadia \u202eilaneB')),
      jsonFile('b.json', await named(4, 'N\u0430dia Benali')),
      jsonFile('c.json', await named(5, '\u00a0=HYPERLINK("http://x")')),
    ]);
    await waitFor(() => expect(matrixNames()).toHaveLength(3));
    expect(matrixNames()).toEqual(['=HYPERLINK("http://x")', 'Nadia ilaneB', 'N\u0430dia Benali (alphabets mélangés : vérifiez ce nom)']);
    expect(document.body.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));
    const csv = (platform.saveTextFile as jest.Mock).mock.calls[0][0].text as string;
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)";/);
  });
});

describe('a learner’s own name, on her profile', () => {
  it('is refused when it holds half a character, and kept without what would disguise it', async () => {
    useSession.setState({ learnerId: null, view: { name: 'profiles' } });
    const { db } = await renderWithServices(<App />, { language: 'fr' });
    const field = await screen.findByLabelText('Nom affiché');
    // Her profession is hers to choose (none is chosen for her): only the name is at fault here.
    await userEvent.click(screen.getByRole('radio', { name: 'Infirmier ou infirmière' }));
    fireEvent.change(field, { target: { value: 'Nadia \ud800' } });
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon profil' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce nom contient un caractère incomplet qui ne peut pas s’afficher. Retapez-le.');
    expect(await db.learners.count()).toBe(0);
    fireEvent.change(field, { target: { value: ' Nadia\u200b \u202eBenali ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon profil' }));
    await waitFor(async () => expect((await db.learners.toArray()).map((l) => l.displayName)).toEqual(['Nadia Benali']));
  });
});
