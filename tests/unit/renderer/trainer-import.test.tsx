import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressFileText, accountOf, walkStatements } from '../../fixtures/cohort';
import { cohortSummaries } from '../../../renderer/src/db/cohorts';
import { cohortFiles, createCohortNamed, installWebCrypto, jsonFile, openUnlocked, resetStores, vaultOf } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

const HOSTILE = '<img src=x onerror=alert(1)>';

async function importThrough(label: string, files: File[], timeout = 5000) {
  await userEvent.upload(screen.getByLabelText(label), files);
  return screen.findByRole('heading', { level: 3, name: /fichiers? traités?/ }, { timeout });
}

/** The list of refused files (under its heading) or of imported ones (under its summary). */
const listUnder = (title: string) => screen.getByText(title, { selector: 'h4, summary' }).nextElementSibling as HTMLElement;

describe('importing learners’ progress files', () => {
  it('imports the good files and refuses the broken ones, each with its reason', async () => {
    const { db } = await openUnlocked();
    await createCohortNamed('Groupe du mardi');
    const { amina, bruno } = await cohortFiles();
    const tampered = amina.replace('"Amina Benali"', '"Amina B."');
    const files = [
      jsonFile('amina.json', amina),
      jsonFile('notes.json', 'this is not JSON'),
      jsonFile('bruno.json', bruno),
      jsonFile('amina-edited.json', tampered),
      jsonFile('empty.json', ''),
    ];
    const summary = await importThrough('Choisir des fichiers de progression', files);
    expect(summary).toHaveTextContent('5 fichiers traités : 2 importés, 3 refusés');
    await waitFor(() => expect(summary).toHaveFocus());

    const refused = listUnder('3 fichiers refusés');
    const items = within(refused).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([expect.stringContaining('notes.json'), expect.stringContaining('amina-edited.json'), expect.stringContaining('empty.json')]);
    expect(items[0]).toHaveTextContent('Le fichier n’est pas lisible en JSON');
    expect(items[1]).toHaveTextContent('Le fichier a été modifié après son export (son contrôle d’intégrité ne correspond pas).');
    expect(items[2]).toHaveTextContent('Le fichier est vide.');

    const imported = within(listUnder('2 fichiers importés')).getAllByRole('listitem');
    expect(imported[0]).toHaveTextContent('amina.json');
    expect(imported[0]).toHaveTextContent('Amina Benali · 3 nouveaux enregistrements');
    expect(imported[1]).toHaveTextContent('Bruno Peeters · 1 nouvel enregistrement');
    expect(await db.trainerLearners.count()).toBe(2);

    // The same file again adds nothing, and says so.
    const again = await importThrough('Choisir des fichiers de progression', [jsonFile('amina.json', amina)]);
    expect(again).toHaveTextContent('1 fichier traité : 0 importé, 1 déjà importé (rien de nouveau), 0 refusé');
    expect(within(listUnder('1 fichier importé')).getByRole('listitem')).toHaveTextContent('Amina Benali · déjà importé, rien de nouveau');
    expect((await cohortSummaries(vaultOf(db), (await db.trainerCohorts.toArray())[0]!.id)).map((l) => l.statementCount).sort()).toEqual([1, 3]);
  });

  it('shows its pickers in the interface’s language, each reached by Tab and named by what it does', async () => {
    await openUnlocked();
    await createCohortNamed('Groupe du jeudi');
    const files = screen.getByLabelText('Choisir des fichiers de progression');
    const folder = screen.getByLabelText(/^Choisir un dossier/);
    expect(screen.getByText('Choisir des fichiers de progression', { selector: 'label' })).toBeVisible();
    // The browser's own button (its "Choose Files", in the system's language) is hidden; the label is what shows.
    for (const input of [files, folder]) {
      expect(input).toHaveAttribute('type', 'file');
      expect(input).toHaveClass('visually-hidden');
      expect(input.nextElementSibling?.tagName).toBe('LABEL');
    }
    expect(folder).toHaveAttribute('webkitdirectory');
    files.blur();
    while (document.activeElement !== files) await userEvent.tab();
    await userEvent.tab();
    expect(folder).toHaveFocus();
  });

  it('translates a refusal with its values (a newer format, in English)', async () => {
    await openUnlocked({ language: 'en' });
    await userEvent.type(screen.getByLabelText('Cohort name'), 'Tuesday group');
    await userEvent.click(screen.getByRole('button', { name: 'Create the cohort' }));
    await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
    await screen.findByText("No results yet: import your learners' progress files above.");
    await userEvent.upload(screen.getByLabelText('Choose progress files'), [jsonFile('future.json', '{"format":"carelit-progress","formatVersion":7}')]);
    expect(await screen.findByRole('heading', { level: 3, name: '1 file processed: 0 imported, 1 refused' })).toBeVisible();
    expect(screen.getByText(/format 7; this version reads format 1/)).toBeVisible();
  });

  it('shows a hostile display name as plain text, never as HTML', async () => {
    await openUnlocked();
    await createCohortNamed('Groupe test');
    const text = await progressFileText(
      accountOf(9),
      walkStatements({ account: accountOf(9), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-05T10:00:00.000Z' }] }),
      {
        displayName: HOSTILE,
        profession: 'nurse',
      },
    );
    await importThrough('Choisir des fichiers de progression', [jsonFile('x.json', text)]);
    expect(within(listUnder('1 fichier importé')).getByRole('listitem')).toHaveTextContent(`${HOSTILE} · 1 nouvel enregistrement`);
    // And in the dashboard's matrix, as the learner's name.
    expect(await screen.findByRole('button', { name: HOSTILE })).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('imports only the .json files of a chosen folder, named by their path in it', async () => {
    const { db } = await openUnlocked();
    await createCohortNamed('Dossier partagé');
    const { amina, bruno } = await cohortFiles();
    const inFolder = (path: string, text: string) => {
      const file = jsonFile(path.split('/').pop()!, text);
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      return file;
    };
    const readme = new File(['Consignes'], 'LISEZMOI.txt', { type: 'text/plain' });
    Object.defineProperty(readme, 'webkitRelativePath', { value: 'export/LISEZMOI.txt' });
    const folderInput = screen.getByLabelText('Choisir un dossier (ses fichiers .json)');
    expect(folderInput).toHaveAttribute('webkitdirectory');
    const summary = await importThrough('Choisir un dossier (ses fichiers .json)', [inFolder('export/amina.json', amina), readme, inFolder('export/mardi/bruno.JSON', bruno)]);
    expect(summary).toHaveTextContent('2 fichiers traités : 2 importés, 0 refusé');
    expect(screen.getByText('export/mardi/bruno.JSON')).toBeVisible();
    expect(await db.trainerLearners.count()).toBe(2);
  });

  it('imports files and folders dropped together, reading folders recursively', async () => {
    const { db } = await openUnlocked();
    await createCohortNamed('Dépôt');
    const { amina, bruno, anonymous } = await cohortFiles();
    const fileEntry = (fullPath: string, file: File) => ({
      isFile: true,
      isDirectory: false,
      name: file.name,
      fullPath,
      file: (resolve: (f: File) => void) => resolve(file),
    });
    const dirEntry = (fullPath: string, children: object[]) => ({
      isFile: false,
      isDirectory: true,
      name: fullPath.split('/').pop(),
      fullPath,
      // Two batches then an empty one, as Chromium gives them.
      createReader: () => {
        const batches = [children.slice(0, 1), children.slice(1), []];
        return { readEntries: (resolve: (e: object[]) => void) => resolve(batches.shift() ?? []) };
      },
    });
    const folder = dirEntry('/groupe', [
      fileEntry('/groupe/bruno.json', jsonFile('bruno.json', bruno)),
      fileEntry('/groupe/photo.png', new File(['png'], 'photo.png')),
      dirEntry('/groupe/soir', [fileEntry('/groupe/soir/anonyme.json', jsonFile('anonyme.json', anonymous))]),
    ]);
    const single = fileEntry('/amina.json', jsonFile('amina.json', amina));
    const item = (entry: object) => ({ kind: 'file', webkitGetAsEntry: () => entry });
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { items: [item(single), item(folder)], files: [] } });

    const summary = await screen.findByRole('heading', { level: 3, name: /fichiers traités/ }, { timeout: 5000 });
    expect(summary).toHaveTextContent('3 fichiers traités : 3 importés, 0 refusé');
    const names = within(listUnder('3 fichiers importés'))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.file-name')?.textContent);
    expect(names).toEqual(['amina.json', 'groupe/bruno.json', 'groupe/soir/anonyme.json']);
    expect(within(listUnder('3 fichiers importés')).getByText(/Apprenant·e a0000003 · 4 nouveaux enregistrements/)).toBeVisible();
    expect(await db.trainerLearners.count()).toBe(3);
  });

  it('says how far it has got while importing, in a status message with a progress bar', async () => {
    await openUnlocked();
    await createCohortNamed('Gros groupe');
    const { amina } = await cohortFiles();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = jsonFile('lent.json', amina);
    // The second file is read only once the test lets it.
    Object.defineProperty(slow, 'text', { value: () => gate.then(() => amina) });
    // The upload itself returns at once: the import goes on behind it.
    await userEvent.upload(screen.getByLabelText('Choisir des fichiers de progression'), [jsonFile('a.json', amina), slow, jsonFile('c.json', 'x')]);
    const status = await screen.findByText(/Import de \d sur 3…/);
    expect(status.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    const bar = screen.getByRole('progressbar', { name: 'Avancement de l’import' });
    expect(bar).toHaveAttribute('max', '3');
    expect(screen.getByLabelText('Choisir des fichiers de progression')).toBeDisabled();
    release();
    // The same file twice: the second brings nothing new, and the summary says so.
    expect(await screen.findByRole('heading', { level: 3, name: /fichiers traités/ }, { timeout: 5000 })).toHaveTextContent(
      '3 fichiers traités : 1 importé, 1 déjà importé (rien de nouveau), 1 refusé',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('importing a whole cohort at once', () => {
  it('takes 40 simulated learners’ files in one go and shows each of them', async () => {
    const { simulateCohort } = await import('../../../core/cohort/simulate');
    const { serialiseProgressFile } = await import('../../../core/cohort/progress-file');
    const { sample } = await import('../../fixtures/cohort');
    const files = await simulateCohort({ learners: 40, seed: 7, appVersion: '0.1.0' }, [sample]);
    const { db } = await openUnlocked();
    await createCohortNamed('Promotion 2026');
    const summary = await importThrough(
      'Choisir des fichiers de progression',
      files.map((f, i) => jsonFile(`learner-${i}.json`, serialiseProgressFile(f))),
      25_000,
    );
    expect(summary).toHaveTextContent('40 fichiers traités : 40 importés, 0 refusé');
    expect(await db.trainerLearners.count()).toBe(40);
    // Forty imported files are listed collapsed, so the dashboard stays close.
    expect(screen.getByText('40 fichiers importés', { selector: 'summary' }).closest('details')).not.toHaveAttribute('open');
    const matrix = await screen.findByRole(
      'table',
      { name: 'Situation de chaque apprenant·e dans chaque module (réussi, pas encore réussi, en cours, pas commencé), score retenu et temps' },
      { timeout: 5000 },
    );
    expect(within(matrix).getAllByRole('row')).toHaveLength(41);
  }, 60_000);
});
