import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FIRST_ROWS } from '../../../renderer/src/trainer/Dashboard';
import { useTrainer } from '../../../renderer/src/trainer/store';
import { certificateCode } from '../../../core/cohort/certificate';
import { simulateCohort } from '../../../core/cohort/simulate';
import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { accountOf, progressFileText, sample, walkStatements } from '../../fixtures/cohort';
import { cohortFiles, createCohortNamed, fakePlatform, installWebCrypto, jsonFile, openUnlocked, resetStores } from './trainer-support';

/** Els, nurse: both questions wrong, completed at 0 %, below the sample module's passing score (50 %). */
function failedFile() {
  return progressFileText(
    accountOf(4),
    walkStatements({
      account: accountOf(4),
      registration: '44444444-4444-4444-8444-444444444444',
      answers: [
        { quiz: 'q-single', selected: ['tool'], at: '2026-11-05T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['weather'], at: '2026-11-05T09:01:00.000Z' },
      ],
      complete: { at: '2026-11-05T09:03:00.000Z', ms: 3 * 60_000 },
    }),
    { displayName: 'Els Maes', profession: 'nurse' },
  );
}

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

const matrix = () =>
  screen.getByRole('table', { name: 'Situation de chaque apprenant·e dans chaque module (réussi, pas encore réussi, en cours, pas commencé), score retenu et temps' });
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => c.textContent?.replace(/\s+/g, ' ').trim()));

describe('a cohort’s dashboard', () => {
  it('shows every learner against every module, passed or not in words, with the score that counts and time', async () => {
    await dashboard();
    const table = matrix();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/\s+/g, ' '));
    expect(headers).toEqual(['Apprenant·e', 'Profession', "Module d'essai seuil de réussite 50 %", 'Temps total']);
    expect(rowsOf(table)).toEqual([
      ['Amina Benali', 'Infirmier ou infirmière', 'réussi 100 % 4 min', '4 min'],
      ['Bruno Peeters', 'Médecin', 'en cours 2 min', '2 min'],
      ['Apprenant·e a0000003', 'Infirmier ou infirmière', 'réussi 50 % 6 min', '6 min'],
    ]);
    expect(screen.getByText('3 apprenant·es · 2 modules terminés · 2 modules réussis · 12 min de formation au total')).toBeVisible();
  });

  it('sums up each module: completion, median time, mean score, and the score bands', async () => {
    await dashboard();
    const completion = screen.getByRole('table', { name: /^Par module/ });
    expect(rowsOf(completion)).toEqual([["Module d'essai", '3', '2', '2', '67 %', '5 min', '75 %']]);
    const bands = screen.getByRole('table', { name: 'Nombre d’apprenant·es par tranche de score, pour chaque module' });
    expect(rowsOf(bands)).toEqual([["Module d'essai", '0', '0', '0', '0', '0', '1', '0', '0', '0', '1']]);
  });

  it('lists the hardest exercises with the most common wrong choice by its label', async () => {
    await dashboard();
    const hardest = screen.getByRole('table', { name: /^Exercices selon le score moyen au premier essai/ });
    expect(rowsOf(hardest)).toEqual([
      ['Qui reste responsable ?', "Module d'essai", '3', '67 %', '67 %', "L'outil (1 apprenant·e)"],
      ['Lesquels sont des données de santé ?', "Module d'essai", '2', '100 %', '100 %', '—'],
    ]);
  });

  it('filters by profession: the rows, the totals and the summaries follow', async () => {
    await dashboard();
    const filter = screen.getByRole('combobox', { name: 'Filtrer par profession' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Toutes les professions (3)', 'Médecin (1)', 'Infirmier ou infirmière (2)']);
    await userEvent.selectOptions(filter, 'Médecin (1)');
    expect(await screen.findByText('1 apprenant·e · 0 module terminé · 0 module réussi · 2 min de formation au total')).toBeVisible();
    expect(rowsOf(matrix())).toEqual([['Bruno Peeters', 'Médecin', 'en cours 2 min', '2 min']]);
    expect(screen.getByText('Aucun module terminé pour l’instant.')).toBeVisible();

    await userEvent.selectOptions(filter, 'Infirmier ou infirmière (2)');
    await waitFor(() => expect(rowsOf(matrix()).map((r) => r[0])).toEqual(['Amina Benali', 'Apprenant·e a0000003']));
    await userEvent.selectOptions(filter, 'Toutes les professions (3)');
    await waitFor(() => expect(rowsOf(matrix())).toHaveLength(3));
  });

  it('drills down to one learner: her modules passed or not, attempts, dates, score and passing score, time, and the objectives of those passed', async () => {
    await dashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Amina Benali' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Amina Benali' });
    expect(heading).toHaveFocus();
    expect(rowsOf(screen.getByRole('table'))).toEqual([["Module d'essai", 'réussi', '1', '2 novembre 2026', '2 novembre 2026', '100 %', '50 %', '4 min', '2']]);
    const objectives = screen.getByRole('heading', { level: 2, name: 'Objectifs attestés : modules réussis' });
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
          "Apprenant·e;Profession;Dernière activité;Module d'essai: statut;Module d'essai: résultat;Module d'essai: score (%);Module d'essai: seuil de réussite (%);Module d'essai: temps (min);Module d'essai: terminé le",
          'Amina Benali;Infirmier ou infirmière;2026-11-02;terminé;réussi;100;50;4;2026-11-02',
          'Apprenant·e a0000003;Infirmier ou infirmière;2026-11-04;terminé;réussi;50;50;6;2026-11-04',
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

  it('prints the training record of the current view: one table of the modules passed, a page per learner if asked, saved as a PDF through the platform', async () => {
    const platform = fakePlatform();
    await dashboard({ platform });
    await userEvent.click(screen.getByRole('button', { name: 'Imprimer le registre de formation' }));
    const title = await screen.findByRole('heading', { level: 1, name: /^Registre de formation à la maîtrise de l’IA/ });
    expect(title).toHaveTextContent('Registre de formation à la maîtrise de l’IA : Mardi');
    expect(title).toHaveFocus();
    // Within what Art. 4 asks: measures to ensure, to the best extent, a sufficient level of AI literacy; no more.
    const legal = screen.getByText(/dans toute la mesure du possible, un niveau suffisant de maîtrise de l’IA de son personnel \(article 4 du règlement \(UE\) 2024\/1689/);
    expect(legal).toBeVisible();
    expect(legal.textContent).not.toMatch(/certifi|conform/i);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Modules réussis']);
    const passed = screen.getByRole('table');
    expect(
      within(passed)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Apprenant·e', 'Profession', 'Module', 'Version', 'Durée prévue', 'Score', 'Date de réussite']);
    expect(rowsOf(passed)).toEqual([
      ['Amina Benali', 'Infirmier ou infirmière', "Module d'essai", '1', '5 min', '100 %', '2 novembre 2026'],
      ['Apprenant·e a0000003', 'Infirmier ou infirmière', "Module d'essai", '1', '5 min', '50 %', '4 novembre 2026'],
    ]);
    expect(screen.queryAllByRole('listitem')).toEqual([]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Ajouter une page par apprenant·e, avec les objectifs des modules réussis' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Modules réussis', 'Amina Benali', 'Bruno Peeters', 'Apprenant·e a0000003']);
    expect(screen.getByText('réussi le 2 novembre 2026 · version 1 · score 100 %')).toBeVisible();
    const objectives = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(objectives).toEqual(['Connaître les bases. (AI Act : Art. 4)', 'Connaître les bases. (AI Act : Art. 4)']);

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer en PDF' }));
    expect(platform.printPage).toHaveBeenCalledWith({ suggestedName: expect.stringMatching(/^Mardi - \d{4}-\d{2}-\d{2}\.pdf$/) });
    expect(await screen.findByText('Le registre est enregistré en PDF.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Revenir à la cohorte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mardi' })).toBeVisible();
  });

  it('says "pas encore réussi" for a learner who failed, in the grid, the CSV and the record, and attests no objective for her', async () => {
    const platform = fakePlatform();
    await dashboard({ platform });
    await userEvent.upload(screen.getByLabelText('Choisir des fichiers de progression'), [jsonFile('els.json', await failedFile())]);
    await screen.findByRole('button', { name: 'Els Maes' }, { timeout: 5000 });
    expect(rowsOf(matrix()).find((r) => r[0] === 'Els Maes')).toEqual(['Els Maes', 'Infirmier ou infirmière', 'pas encore réussi 0 % 3 min', '3 min']);

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));
    const csv = ((platform.saveTextFile as jest.Mock).mock.calls[0][0] as { text: string }).text;
    expect(csv.split('\r\n').find((line) => line.startsWith('Els Maes'))).toBe('Els Maes;Infirmier ou infirmière;2026-11-05;terminé;pas encore réussi;0;50;3;2026-11-05');

    await userEvent.click(screen.getByRole('button', { name: 'Imprimer le registre de formation' }));
    await screen.findByRole('heading', { level: 1, name: /^Registre de formation/ });
    const [passed, notYet] = screen.getAllByRole('table');
    expect(rowsOf(passed!).map((r) => r[0])).toEqual(['Amina Benali', 'Apprenant·e a0000003']);
    expect(screen.getByRole('heading', { level: 2, name: 'Modules terminés, pas encore réussis' })).toBeVisible();
    expect(rowsOf(notYet!)).toEqual([['Els Maes', 'Infirmier ou infirmière', "Module d'essai", 'pas encore réussi', '0 %', '50 %']]);
    await userEvent.click(screen.getByRole('checkbox', { name: /Ajouter une page par apprenant·e/ }));
    const page = screen.getByRole('heading', { level: 2, name: 'Els Maes' }).parentElement!;
    expect(within(page).queryAllByRole('listitem')).toEqual([]);
    expect(within(page).getByText('Aucun module réussi pour l’instant : aucun objectif n’est attesté.')).toBeVisible();
    expect(within(page).getByText("Module d'essai : pas encore réussi (score 0 %, seuil de réussite 50 %) ; aucun objectif attesté.")).toBeVisible();
  });

  it('checks a certificate code against the learner’s imported records: it matches her pass, or it does not', async () => {
    await dashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Amina Benali' }));
    await screen.findByRole('heading', { level: 1, name: 'Amina Benali' });
    const code = await certificateCode({ account: accountOf(1), moduleId: 'sample', moduleVersion: 1, completedAt: '2026-11-02T09:04:00.000Z' });
    const field = screen.getByRole('textbox', { name: 'Code figurant sur l’attestation' });
    await userEvent.type(field, code.toLowerCase());
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText("Le code correspond : Module d'essai (version 1) réussi le 2 novembre 2026, avec un score de 100 %.")).toBeVisible();

    await userEvent.clear(field);
    await userEvent.type(field, `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText('Le code ne correspond pas : aucun module réussi par cette personne, dans les fichiers importés ici, n’a ce code.')).toBeVisible();

    await userEvent.clear(field);
    await userEvent.type(field, '1234');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Ce n’est pas un code d’attestation : un code compte 12 lettres et chiffres\./);
  });

  it('holds every learner of a cohort larger than its first frame, then the sections below the matrix', async () => {
    const learners = FIRST_ROWS + 12;
    const files = await simulateCohort({ learners, seed: 3, appVersion: '0.1.0' }, [sample]);
    await openUnlocked();
    await createCohortNamed('Promotion 2027');
    await userEvent.upload(
      screen.getByLabelText('Choisir des fichiers de progression'),
      files.map((f, i) => jsonFile(`learner-${i}.json`, serialiseProgressFile(f))),
    );
    await screen.findByRole('heading', { level: 3, name: /fichiers traités/ }, { timeout: 20_000 });
    await waitFor(() => expect(rowsOf(matrix())).toHaveLength(learners));
    expect(matrix()).not.toHaveAttribute('aria-busy');
    const names = rowsOf(matrix()).map((row) => row[0]);
    expect(new Set(names).size).toBe(learners);
    expect(screen.getByText(new RegExp(`^${learners} apprenant·es · `))).toBeVisible();
    expect(screen.getByRole('table', { name: /^Par module/ })).toBeVisible();
    expect(screen.getByRole('table', { name: /^Exercices selon le score moyen au premier essai/ })).toBeVisible();
  }, 60_000);

  it('keeps the filter while moving inside the cohort, and resets it for another cohort', async () => {
    await dashboard();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filtrer par profession' }), 'Médecin (1)');
    expect(useTrainer.getState().profession).toBe('physician');
    await userEvent.click(screen.getByRole('button', { name: 'Toutes les cohortes' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Mardi/ }));
    expect(useTrainer.getState().profession).toBeNull();
  });
});
