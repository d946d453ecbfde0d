import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scorePromptLab, type PromptLabBlock as PromptLabBlockData } from '../../../../core/blocks/prompt-lab/definition';
import type { Language } from '../../../../core/i18n';
import { checkPrompt, pseudonymise } from '../../../../core/prompt-check';
import type { PersonalDataFinding } from '../../../../core/prompt-check/types';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { renderBlock, savedTry } from '../../../../tests/unit/renderer/render-block';
import { rebaseFindings, segmentsOf } from './highlight';
import { CHECK_DELAY_MS } from './usePromptCheck';

const block: PromptLabBlockData = {
  id: 'discharge-summary',
  type: 'prompt-lab',
  profession: 'nurse',
  task: {
    fr: 'Demandez à un outil d’IA un **résumé de sortie** pour le patient.',
    nl: 'Vraag een AI-tool om een **ontslagsamenvatting** voor de patiënt.',
    en: 'Ask an AI tool for a **discharge summary** for the patient.',
  },
  source: {
    fr: 'Patient : Jan Peeters\nNISS : 85.07.30-033.28\nTél. : 0470 12 34 56\nCourriel : jan.peeters@example.be',
    nl: 'Patiënt: Jan Peeters\nINSZ: 85.07.30-033.28\nTel.: 0470 12 34 56\nE-mail: jan.peeters@example.be',
    en: 'Patient: Jan Peeters\nNISS: 85.07.30-033.28\nPhone: 0470 12 34 56\nEmail: jan.peeters@example.be',
  },
  criteria: [
    {
      id: 'discharge-summary',
      must: 'include',
      text: { fr: 'Un résumé de sortie.', nl: 'Een ontslagsamenvatting.', en: 'A discharge summary.' },
      cues: { fr: ['resume de sortie'], nl: ['ontslagsamenvatting'], en: ['discharge summary', 'discharge letter'] },
    },
    {
      id: 'for-the-patient',
      must: 'include',
      text: { fr: 'Pour le patient.', nl: 'Voor de patiënt.', en: 'For the patient.' },
      cues: { fr: ['pour + patient*'], nl: ['voor + patient*'], en: ['for + patient*'] },
    },
    {
      id: 'as-a-list',
      must: 'include',
      text: { fr: 'Sous forme de liste.', nl: 'Als lijst.', en: 'As a list.' },
      cues: { fr: ['liste*'], nl: ['lijst*'], en: ['list*', 'bullet*'] },
    },
    {
      id: 'no-record',
      must: 'exclude',
      text: { fr: 'Sans le dossier entier.', nl: 'Zonder het hele dossier.', en: 'Without the whole record.' },
      cues: { fr: ['dossier entier'], nl: ['hele dossier'], en: ['whole record'] },
    },
  ],
  expert: {
    prompt: {
      fr: 'Vous êtes infirmier. Rédigez un résumé de sortie pour [PATIENT].',
      nl: 'Je bent verpleegkundige. Schrijf een ontslagsamenvatting voor [PATIËNT].',
      en: 'You are a nurse. Write a discharge summary for [PATIENT].',
    },
    reasoning: {
      fr: 'Le prompt donne un **rôle** et ne contient aucun identifiant.',
      nl: 'De prompt geeft een **rol** en bevat geen identificatiegegevens.',
      en: 'The prompt gives a **role** and holds no identifier.',
    },
  },
  sample: {
    fr: 'Vous êtes infirmière dans le service. Préparez le résumé de sortie en liste à puces courte pour le patient [PATIENT], 150 mots au plus, en langage simple ; si vous avez un doute, dites-le.',
    nl: 'Je bent verpleegkundige op de afdeling. Maak de ontslagsamenvatting als korte lijst voor de patiënt [PATIËNT], maximaal 150 woorden, in eenvoudige taal; zeg het als je twijfelt.',
    en: 'You are a nurse on the ward. Draft the discharge summary as a short bulleted list for the patient [PATIENT], at most 150 words, in plain language; if unsure, say so.',
  },
};

/** A prompt copied straight from the source file: every identifier still in it. */
const LEAKY = 'Write a discharge letter for Jan Peeters, NISS 85.07.30-033.28, phone 0470 12 34 56, email jan.peeters@example.be.';
const leaks = (text: string, lang: Language = 'en') => checkPrompt(text, lang).findings.filter((f): f is PersonalDataFinding => f.kind === 'personal-data');
/** The score the lab gives a prompt, as core computes it. */
const labScore = (prompt: string, lang: Language = 'en') => scorePromptLab(block, { prompt, lang }).raw;

const field = (name = 'Your prompt') => screen.getByRole<HTMLTextAreaElement>('textbox', { name });
const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((m) => m.textContent);
const personalDataList = () => screen.findByRole('list', { name: 'Personal data to remove' });
/** The task's criteria after a try, each as its list item reads. */
const checklist = (name = 'What this task asks of your prompt') =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

async function write(text: string, name?: string) {
  await userEvent.click(field(name));
  await userEvent.paste(text);
}

describe('prompt-lab block', () => {
  it('shows the task card for her profession and the fictitious source as plain text in a scrollable, labelled region', async () => {
    await renderBlock(block, { language: 'fr' });
    await screen.findByRole('textbox');

    expect(screen.getByRole('heading', { level: 3, name: 'Votre tâche' })).toBeVisible();
    expect(screen.getByText(/^Pour\s:\sInfirmier ou infirmière$/)).toBeVisible();
    expect(screen.getByText('résumé de sortie').tagName).toBe('STRONG');
    const source = screen.getByRole('region', { name: 'Document source (fictif)' });
    expect(source).toHaveTextContent('NISS : 85.07.30-033.28');
    expect(source).toHaveAccessibleDescription(/contient volontairement des identifiants/);
    // Focusable, so it scrolls with the keyboard too.
    expect(source).toHaveAttribute('tabindex', '0');
    expect(field('Votre prompt')).toHaveValue('');
  });

  it('waits for a pause in typing, then marks each identifier in place and lists it with its type, its exact text and how to fix it', async () => {
    jest.useFakeTimers();
    try {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const { container } = await renderBlock(block, { learnerId: null, language: 'en' });
      await user.click(field());
      await user.paste(LEAKY);
      act(() => jest.advanceTimersByTime(CHECK_DELAY_MS - 50));
      expect(marks(container)).toEqual([]);
      expect(screen.queryByText(/items? of personal data/)).toBeNull();

      act(() => jest.advanceTimersByTime(50));
      const expected = leaks(LEAKY).sort((a, b) => a.start - b.start);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(marks(container)).toEqual(expected.map((f) => LEAKY.slice(f.start, f.end)));
      // The layer behind the field holds exactly her text (as text, never as HTML), and is hidden from assistive technology.
      const layer = container.querySelector('.prompt-lab-layer')!;
      expect(layer).toHaveAttribute('aria-hidden', 'true');
      expect(layer.textContent).toBe(`${LEAKY}\u200b`);

      const items = within(await personalDataList()).getAllByRole('listitem');
      expect(items).toHaveLength(expected.length);
      const niss = items.find((item) => item.textContent!.includes('85.07.30-033.28'))!;
      expect(niss).toHaveTextContent('National register number (NISS)');
      expect(niss).toHaveTextContent(expected.find((f) => f.type === 'niss')!.message);
      expect(within(niss).getByRole('button', { name: 'Remove this' })).toHaveAccessibleDescription(/National register number \(NISS\).*85\.07\.30-033\.28/);

      const missing = checkPrompt(LEAKY, 'en').findings.length - expected.length;
      expect(screen.getByText(`${expected.length} items of personal data, ${missing} element${missing === 1 ? '' : 's'} missing, task criteria met: 2 of 4`)).toHaveAttribute(
        'role',
        'status',
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the marks on the identifiers she did not touch while she types elsewhere, before the next check runs', async () => {
    jest.useFakeTimers();
    try {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const { container } = await renderBlock(block, { learnerId: null, language: 'en' });
      await user.click(field());
      await user.paste(LEAKY);
      act(() => jest.advanceTimersByTime(CHECK_DELAY_MS));
      const before = marks(container);
      expect(before.length).toBeGreaterThanOrEqual(3);

      await user.type(field(), 'Please ', { initialSelectionStart: 0, initialSelectionEnd: 0 });
      expect(field()).toHaveValue(`Please ${LEAKY}`);
      expect(marks(container)).toEqual(before);
      // Typing inside an identifier drops its mark until the next check says what it is now.
      const inEmail = 'Please '.length + LEAKY.indexOf('jan.peeters@') + 1;
      await user.type(field(), 'X', { initialSelectionStart: inEmail, initialSelectionEnd: inEmail });
      expect(marks(container)).toEqual(before.filter((m) => m !== 'jan.peeters@example.be'));
    } finally {
      jest.useRealTimers();
    }
  });

  it('pseudonymises every identifier in one click, then Undo brings back exactly the text she had', async () => {
    const { container } = await renderBlock(block, { learnerId: null, language: 'en' });
    await write(LEAKY);
    await personalDataList();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Pseudonymise' }));
    const safe = pseudonymise(LEAKY, leaks(LEAKY), 'en');
    expect(field()).toHaveValue(safe);
    expect(field()).toHaveFocus();
    expect(marks(container)).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Personal data to remove' })).toBeNull();
    expect(screen.getByText(`${leaks(LEAKY).length} items of personal data replaced by placeholders.`)).toHaveAttribute('role', 'status');

    await userEvent.click(undo);
    expect(field()).toHaveValue(LEAKY);
    expect(marks(container)).toHaveLength(leaks(LEAKY).length);
    expect(undo).toBeDisabled();
    expect(field()).toHaveFocus();
  });

  it('removes just one identifier with its own "Remove this", and focus moves to the next one', async () => {
    await renderBlock(block, { learnerId: null, language: 'en' });
    await write(LEAKY);
    const email = leaks(LEAKY).find((f) => f.type === 'email')!;
    const item = within(await personalDataList())
      .getAllByRole('listitem')
      .find((li) => li.textContent!.includes('jan.peeters@example.be'))!;
    expect(item).toHaveTextContent('Email address');

    await userEvent.click(within(item).getByRole('button', { name: 'Remove this' }));
    const after = pseudonymise(LEAKY, [email], 'en');
    expect(field()).toHaveValue(after);
    expect(after).toContain('85.07.30-033.28');
    const left = within(screen.getByRole('list', { name: 'Personal data to remove' })).getAllByRole('listitem');
    expect(left).toHaveLength(leaks(LEAKY).length - 1);
    expect(left.some((li) => li.textContent!.includes('jan.peeters@example.be'))).toBe(false);
    expect(screen.getAllByRole('button', { name: 'Remove this' })).toContain(document.activeElement);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field()).toHaveValue(LEAKY);
  });

  it('a try sends her prompt with the language she works in, and she can keep editing', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(block, { submit: submit, language: 'nl' });
    await screen.findByRole('textbox');
    await write('Je bent verpleegkundige. Schrijf een ontslagsamenvatting.', 'Je prompt');
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn prompt' }));

    expect(submit).toHaveBeenCalledWith({ prompt: 'Je bent verpleegkundige. Schrijf een ontslagsamenvatting.', lang: 'nl' });
    expect(field('Je prompt')).toBeEnabled();
    expect(field('Je prompt')).not.toHaveAttribute('readonly');
  });

  it('shows the expert prompt and its reasoning only once a try exists, with the score and the try number', async () => {
    // The authors' preview scores each try in memory, exactly as the player does.
    await renderBlock(block, { learnerId: null });
    expect(screen.queryByRole('heading', { name: 'Compare with an expert’s prompt' })).toBeNull();
    expect(screen.queryByText(/^Score:/)).toBeNull();

    await write(LEAKY);
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    const first = labScore(LEAKY);
    expect(await screen.findByText(`Score: ${first} / 100`)).toBeVisible();
    expect(screen.getByText('Try 1')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Compare with an expert’s prompt' })).toBeVisible();
    expect(screen.getByRole('figure', { name: 'The expert’s prompt' })).toHaveTextContent('You are a nurse. Write a discharge summary for [PATIENT].');
    expect(screen.getByText('role').tagName).toBe('STRONG');

    // A second, better try: she edits on, and the new score counts.
    await userEvent.click(screen.getByRole('button', { name: 'Pseudonymise' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    const second = labScore(pseudonymise(LEAKY, leaks(LEAKY), 'en'));
    expect(second).toBeGreaterThan(first);
    expect(await screen.findByText('Try 2')).toBeVisible();
    expect(screen.getByText(`Score: ${second} / 100`)).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Your earlier tries:' })).getByRole('listitem')).toHaveTextContent(`Try 1: ${first} / 100`);
  });

  it('once the expert’s prompt is shown, says that copying it earns nothing, as she writes and after she checks', async () => {
    await renderBlock(block, { learnerId: null });
    await write(block.sample.en);
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    expect(await screen.findByText('Passed.')).toBeVisible();
    expect(screen.queryByText(/repeats most of the expert’s prompt/)).toBeNull();

    await userEvent.clear(field());
    await write(block.expert.prompt.en);
    expect(await screen.findByText('Your prompt repeats most of the expert’s prompt: checked like this, it would score 0. Write it in your own words.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    expect(await screen.findByText('Try 2')).toBeVisible();
    expect(screen.getByText('Score: 0 / 100')).toBeVisible();
    expect(screen.getByText('Not passed yet.')).toBeVisible();
    expect(
      within(screen.getAllByRole('status').find((s) => s.classList.contains('prompt-lab-result'))!).getByText(/^This try repeats most of the expert’s prompt, so it scores 0\./),
    ).toBeVisible();
  });

  it('a learner coming back finds her latest prompt, its try number and her earlier scores', async () => {
    const db = freshDatabase();
    const tries = ['Write a summary.', 'You are a nurse. Write a summary.', 'You are a nurse. Write a discharge summary for the GP, in a list.'];
    for (const prompt of tries) await savedTry(db, block, { prompt, lang: 'en' });
    const scores = tries.map((prompt) => labScore(prompt));
    await renderBlock(block, { db });

    expect(await screen.findByText('Try 3')).toBeVisible();
    expect(field()).toHaveValue(tries[2]);
    expect(screen.getByText(`Score: ${scores[2]} / 100`)).toBeVisible();
    const earlier = within(screen.getByRole('list', { name: 'Your earlier tries:' })).getAllByRole('listitem');
    expect(earlier.map((li) => li.textContent)).toEqual([`Try 1: ${scores[0]} / 100`, `Try 2: ${scores[1]} / 100`]);
  });

  it('after a try, says in words whether the lab is passed and which of the task’s criteria her prompt meets', async () => {
    await renderBlock(block, { learnerId: null });
    // A well-built prompt for another task: every element of a good prompt, none of this task's criteria.
    const offTopic = 'You are a nurse. Context: the patient is 80. Explain heart failure as a list of 5 points, at most 100 words, for her family. If you are not sure, say so.';
    await write(offTopic);
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    expect(await screen.findByText(`Score: ${labScore(offTopic)} / 100`)).toBeVisible();
    expect(labScore(offTopic)).toBeLessThan(50);
    expect(screen.getByText('Not passed yet.')).toBeVisible();
    expect(checklist()).toEqual(['✗Not met: A discharge summary.', '✗Not met: For the patient.', '✓Met: As a list.', '✓Met: Without the whole record.']);

    await userEvent.clear(field());
    const good =
      'You are a nurse. Context: the patient goes home today. Write a discharge summary for the patient, as a list, in plain words, at most 150 words. If you are not sure, say so.';
    await write(good);
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    expect(await screen.findByText('Try 2')).toBeVisible();
    expect(screen.getByText(`Score: ${labScore(good)} / 100`)).toBeVisible();
    expect(screen.getByText('Passed.')).toBeVisible();
    expect(checklist().every((item) => item!.startsWith('✓Met: '))).toBe(true);
  });

  it('after a try, says of each criterion whose words stood only in a list why they did not count, in her language', async () => {
    await renderBlock(block, { learnerId: null });
    const stuffed = 'You are a nurse. Context: I work on a ward. Write a short text, at most 150 words. If you are not sure, say so.\nDischarge summary, for patient, list.';
    await write(stuffed);
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    expect(await screen.findByText('Score: 0 / 100')).toBeVisible();
    expect(labScore(stuffed)).toBe(0);
    const why = 'A list of words is not an instruction: say in a sentence what the AI tool must do with';
    expect(checklist()).toEqual([
      `✗Not met: A discharge summary.${why} “Discharge summary”.`,
      `✗Not met: For the patient.${why} “for” and “patient”.`,
      `✗Not met: As a list.${why} “list”.`,
      '✓Met: Without the whole record.',
    ]);
    // Written as an instruction, the same words count.
    await userEvent.clear(field());
    await write('You are a nurse. Context: I work on a ward. Write a discharge summary for the patient as a list, at most 150 words. If you are not sure, say so.');
    await userEvent.click(screen.getByRole('button', { name: 'Check my prompt' }));
    expect(await screen.findByText('Passed.')).toBeVisible();
    expect(screen.queryByText(new RegExp(why))).toBeNull();
  });

  it('says why a list of words did not count in French and Dutch too', async () => {
    const { unmount } = await renderBlock(block, { learnerId: null, language: 'fr' });
    await write(
      'Vous êtes infirmière. Contexte : je travaille dans un service. Rédigez un court texte. Si vous avez un doute, dites-le.\nRésumé de sortie ; pour patient ; liste.',
      'Votre prompt',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier mon prompt' }));
    expect(await screen.findByText('Score : 0 / 100')).toBeVisible();
    expect(checklist('Ce que cette tâche demande à votre prompt')[1]).toBe(
      '✗Pas rempli : Pour le patient.Une liste de mots n’est pas une consigne : dites dans une phrase ce que l’outil d’IA doit faire de «\u00a0pour\u00a0» et «\u00a0patient\u00a0».',
    );
    unmount();

    await renderBlock(block, { learnerId: null, language: 'nl' });
    await write(
      'Je bent verpleegkundige. Context: ik werk op een afdeling. Schrijf een korte tekst. Als je twijfelt, zeg het.\n- Ontslagsamenvatting\n- voor patiënt\n- lijst',
      'Je prompt',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn prompt' }));
    expect(await screen.findByText('Score: 0 / 100')).toBeVisible();
    expect(checklist('Wat deze taak van je prompt vraagt')[0]).toBe(
      '✗Niet vervuld: Een ontslagsamenvatting.Een lijst van woorden is geen instructie: zeg in een zin wat de AI-tool met ‘Ontslagsamenvatting’ moet doen.',
    );
  });

  it('pseudonymises with placeholders in the interface language that keep each person’s role', async () => {
    await renderBlock(block, { learnerId: null, language: 'nl' });
    const text = 'Schrijf een ontslagsamenvatting voor Jan Peeters, INSZ 85.07.30-033.28. Huisarts: dr. Anne Claessens.';
    await write(text, 'Je prompt');
    await screen.findByRole('list', { name: 'Persoonsgegevens om te verwijderen' });
    await userEvent.click(screen.getByRole('button', { name: 'Pseudonimiseren' }));
    expect(field('Je prompt')).toHaveValue('Schrijf een ontslagsamenvatting voor [PATIËNT], INSZ [INSZ]. Huisarts: dr. [ARTS].');
  });

  it('refuses an empty prompt with a message tied to the field', async () => {
    const submit = jest.fn();
    await renderBlock(block, { submit: submit, language: 'fr' });
    await screen.findByRole('textbox');
    await write('   ', 'Votre prompt');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier mon prompt' }));

    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Écrivez d’abord votre prompt\s:\sle champ est vide\.$/);
    expect(field('Votre prompt')).toHaveFocus();
    expect(field('Votre prompt')).toBeInvalid();
    expect(field('Votre prompt')).toHaveAccessibleDescription(/le champ est vide/);
  });

  it('says so when a try could not be saved, and keeps her text for another try', async () => {
    const submit = jest.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    await renderBlock(block, { submit: submit, language: 'fr' });
    await screen.findByRole('textbox');
    await write('Vous êtes infirmier. Rédigez un résumé.', 'Votre prompt');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier mon prompt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Votre réponse n’a pas pu être enregistrée');
    expect(field('Votre prompt')).toHaveValue('Vous êtes infirmier. Rédigez un résumé.');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier mon prompt' }));
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit).toHaveBeenLastCalledWith({ prompt: 'Vous êtes infirmier. Rédigez un résumé.', lang: 'fr' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a prompt being written', () => {
  it('is kept as she types: after a reload, the text is back and is checked again', async () => {
    const db = freshDatabase();
    const first = await renderBlock(block, { db });
    await screen.findByRole('textbox', { name: 'Your prompt' });
    await write('Tu es infirmière. Rédige un résumé pour Jan Peeters.');
    first.unmount();
    await waitFor(async () => expect((await db.blockStates.toArray()).map((r) => r.state)).toEqual([{ text: 'Tu es infirmière. Rédige un résumé pour Jan Peeters.' }]));

    await renderBlock(block, { db });
    expect(await screen.findByRole('textbox', { name: 'Your prompt' })).toHaveValue('Tu es infirmière. Rédige un résumé pour Jan Peeters.');
    expect(await screen.findByRole('heading', { name: 'Personal data to remove' })).toBeVisible();
  });
});

describe('prompt-lab highlighting helpers', () => {
  const span = (type: PersonalDataFinding['type'], start: number, end: number): PersonalDataFinding => ({ kind: 'personal-data', type, start, end, message: '' });
  const missingRole = { kind: 'missing-element', element: 'role', message: '' } as const;

  it('cuts the text so that every character is drawn exactly once, skipping overlapping or stale spans', () => {
    const text = 'Jan Peeters, 0470 12 34 56';
    const segments = segmentsOf(text, [span('phone', 13, 26), span('name', 0, 11), span('other', 4, 11), span('email', 20, 40)]);
    expect(segments.map((s) => [s.text, s.finding?.type])).toEqual([
      ['Jan Peeters', 'name'],
      [', ', undefined],
      ['0470 12 34 56', 'phone'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('moves spans after an edit, keeps those before it, drops the one it touched, and keeps missing elements', () => {
    const before = 'Jan Peeters, 0470 12 34 56';
    const findings = [span('name', 0, 11), span('phone', 13, 26), missingRole];
    expect(rebaseFindings(before, `Dear ${before}`, findings)).toEqual([span('name', 5, 16), span('phone', 18, 31), missingRole]);
    expect(rebaseFindings(before, `${before} today`, findings)).toEqual(findings);
    expect(rebaseFindings(before, 'Jan Peeters, 0470 99 34 56', findings)).toEqual([span('name', 0, 11), missingRole]);
  });
});
