import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTrainer } from '../../../renderer/src/trainer/store';
import { cohortFiles, createCohortNamed, fakePlatform, installWebCrypto, jsonFile, openUnlocked, resetStores } from './trainer-support';

beforeAll(installWebCrypto);
beforeEach(resetStores);

/** The cohort "Mardi" with Amina (nurse, 100 %), Bruno (physician, in progress) and a nurse who shared no name (50 %). */
async function dashboard(options: Parameters<typeof openUnlocked>[0] = {}) {
  const utils = await openUnlocked(options);
  await createCohortNamed('Mardi');
  const { amina, bruno, anonymous } = await cohortFiles();
  await userEvent.upload(screen.getByLabelText('Choisir des fichiers de progression'), [
    jsonFile('amina.json', amina),
    jsonFile('bruno.json', bruno),
    jsonFile('anonyme.json', anonymous),
  ]);
  await screen.findByRole('heading', { level: 3, name: /fichiers traités/ }, { timeout: 5000 });
  await screen.findByRole('button', { name: 'Bruno Peeters' }, { timeout: 5000 });
  return utils;
}

const matrix = () => screen.getByRole('table', { name: 'Statut, score et temps de chaque apprenant·e dans chaque module' });
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => c.textContent?.replace(/\s+/g, ' ').trim()));

describe('a cohort’s dashboard', () => {
  it('shows every learner against every module, with status, score and time', async () => {
    await dashboard();
    const table = matrix();
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Apprenant·e', 'Profession', 'Module d\'essai', 'Temps total']);
    expect(rowsOf(table)).toEqual([
      ['Amina Benali', 'Infirmier ou infirmière', 'terminé 100 % 4 min', '4 min'],
      ['Bruno Peeters', 'Médecin', 'en cours 2 min', '2 min'],
      ['Apprenant·e a0000003', 'Infirmier ou infirmière', 'terminé 50 % 6 min', '6 min'],
    ]);
    expect(screen.getByText('3 apprenant·es · 2 modules terminés · 12 min de formation au total')).toBeVisible();
  });

  it('sums up each module: completion, median time, mean score, and the score bands', async () => {
    await dashboard();
    const completion = screen.getByRole('table', { name: /^Par module/ });
    expect(rowsOf(completion)).toEqual([['Module d\'essai', '3', '2', '67 %', '5 min', '75 %']]);
    const bands = screen.getByRole('table', { name: 'Nombre d’apprenant·es par tranche de score, pour chaque module' });
    expect(rowsOf(bands)).toEqual([['Module d\'essai', '0', '0', '0', '0', '0', '1', '0', '0', '0', '1']]);
  });

  it('lists the hardest exercises with the most common wrong choice by its label', async () => {
    await dashboard();
    const hardest = screen.getByRole('table', { name: /^Exercices selon le score moyen au premier essai/ });
    expect(rowsOf(hardest)).toEqual([
      ['Qui reste responsable ?', 'Module d\'essai', '3', '67 %', '67 %', 'L\'outil (1 apprenant·e)'],
      ['Lesquels sont des données de santé ?', 'Module d\'essai', '2', '100 %', '100 %', '—'],
    ]);
  });

  it('filters by profession: the rows, the totals and the summaries follow', async () => {
    await dashboard();
    const filter = screen.getByRole('combobox', { name: 'Filtrer par profession' });
    expect(within(filter).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Toutes les professions (3)',
      'Médecin (1)',
      'Infirmier ou infirmière (2)',
    ]);
    await userEvent.selectOptions(filter, 'Médecin (1)');
    expect(await screen.findByText('1 apprenant·e · 0 module terminé · 2 min de formation au total')).toBeVisible();
    expect(rowsOf(matrix())).toEqual([['Bruno Peeters', 'Médecin', 'en cours 2 min', '2 min']]);
    expect(screen.getByText('Aucun module terminé pour l’instant.')).toBeVisible();

    await userEvent.selectOptions(filter, 'Infirmier ou infirmière (2)');
    await waitFor(() => expect(rowsOf(matrix()).map((r) => r[0])).toEqual(['Amina Benali', 'Apprenant·e a0000003']));
    await userEvent.selectOptions(filter, 'Toutes les professions (3)');
    await waitFor(() => expect(rowsOf(matrix())).toHaveLength(3));
  });

  it('drills down to one learner: her modules, dates, score, time and the objectives she covered', async () => {
    await dashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Amina Benali' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Amina Benali' });
    expect(heading).toHaveFocus();
    expect(rowsOf(screen.getByRole('table'))).toEqual([
      ['Module d\'essai', 'terminé', '2 novembre 2026', '2 novembre 2026', '100 %, niveau atteint', '4 min', '2'],
    ]);
    const objectives = screen.getByRole('heading', { level: 2, name: 'Objectifs couverts' });
    expect(objectives).toBeVisible();
    expect(screen.getByRole('listitem')).toHaveTextContent('Connaître les bases. (AI Act : Art. 4)');

    await userEvent.click(screen.getByRole('button', { name: 'Revenir à la cohorte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mardi' })).toHaveFocus();
  });

  it('downloads exactly the current view as CSV, with a BOM, through the platform', async () => {
    const platform = fakePlatform();
    await dashboard({ platform });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filtrer par profession' }), 'Infirmier ou infirmière (2)');
    await waitFor(() => expect(rowsOf(matrix())).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));

    expect(platform.saveTextFile).toHaveBeenCalledTimes(1);
    const [request] = (platform.saveTextFile as jest.Mock).mock.calls[0];
    expect(request.kind).toBe('csv');
    expect(request.suggestedName).toMatch(/^Mardi - Infirmier ou infirmière - \d{4}-\d{2}-\d{2}\.csv$/);
    expect(request.text).toBe(
      '\uFEFF' +
        [
          'Apprenant·e;Profession;Dernière activité;Module d\'essai: statut;Module d\'essai: score (%);Module d\'essai: temps (min);Module d\'essai: terminé le',
          'Amina Benali;Infirmier ou infirmière;2026-11-02;terminé;100;4;2026-11-02',
          'Apprenant·e a0000003;Infirmier ou infirmière;2026-11-04;terminé;50;6;2026-11-04',
          '',
        ].join('\r\n'),
    );
    expect(await screen.findByText('Le fichier CSV est enregistré.')).toBeVisible();
  });

  it('says why a CSV could not be saved, and nothing when she cancelled', async () => {
    const saveTextFile = jest.fn().mockResolvedValueOnce({ saved: false, error: 'disk-full' }).mockResolvedValueOnce({ saved: false });
    await dashboard({ platform: fakePlatform({ saveTextFile }) });
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));
    expect(await screen.findByText(/Il n’y a plus assez de place sur ce disque/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));
    await waitFor(() => expect(saveTextFile).toHaveBeenCalledTimes(2));
    expect(screen.queryByText(/Il n’y a plus assez de place/)).toBeNull();
    expect(screen.queryByText('Le fichier CSV est enregistré.')).toBeNull();
  });

  it('prints the training record of the current view: per learner, modules completed, dates, time and objectives', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await dashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Imprimer le registre de formation' }));
    const title = await screen.findByRole('heading', { level: 1, name: /^Registre de formation à la maîtrise de l’IA/ });
    expect(title).toHaveTextContent('Registre de formation à la maîtrise de l’IA : Mardi');
    expect(title).toHaveFocus();
    expect(screen.getByText(/article 4 du règlement européen sur l’IA \(règlement \(UE\) 2024\/1689\)/)).toBeVisible();
    const learners = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(learners).toEqual(['Amina Benali', 'Bruno Peeters', 'Apprenant·e a0000003']);
    expect(screen.getByText('terminé le 2 novembre 2026 · durée 4 min · score 100 %')).toBeVisible();
    const objectives = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(objectives).toEqual(['Connaître les bases. (AI Act : Art. 4)', 'Connaître les bases. (AI Act : Art. 4)']);

    await userEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Revenir à la cohorte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mardi' })).toBeVisible();
    print.mockRestore();
  });

  it('keeps the filter while moving inside the cohort, and resets it for another cohort', async () => {
    await dashboard();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filtrer par profession' }), 'Médecin (1)');
    expect(useTrainer.getState().profession).toBe('physician');
    await userEvent.click(screen.getByRole('button', { name: 'Toutes les cohortes' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Mardi/ }));
    expect(useTrainer.getState().profession).toBeNull();
  });
});
