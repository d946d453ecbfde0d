import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CategorizeBlock as CategorizeBlockData } from '../../../../core/blocks/categorize/definition';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { renderBlock, savedTry } from '../../../../tests/unit/renderer/render-block';
const block: CategorizeBlockData = {
  id: 'risk-classes',
  type: 'categorize',
  prompt: { fr: 'Quelle classe de risque ?', nl: 'Welke risicoklasse?', en: 'Which risk class?' },
  groups: [
    { id: 'high', label: { fr: 'Risque élevé', nl: 'Hoog risico', en: 'High risk' } },
    { id: 'limited', label: { fr: 'Risque limité', nl: 'Beperkt risico', en: 'Limited risk' } },
    { id: 'minimal', label: { fr: 'Risque minimal', nl: 'Minimaal risico', en: 'Minimal risk' } },
  ],
  items: [
    {
      id: 'triage',
      text: { fr: 'Un outil qui trie les urgences', nl: 'Een tool die spoedpatiënten triageert', en: 'A tool that triages emergencies' },
      group: 'high',
      feedback: { fr: 'Il touche l’accès aux soins.', nl: 'Het raakt aan toegang tot zorg.', en: 'It affects access to care.' },
    },
    {
      id: 'chatbot',
      text: { fr: 'Un chatbot pour les patients', nl: 'Een chatbot voor patiënten', en: 'A chatbot for patients' },
      group: 'limited',
      feedback: { fr: 'Il doit dire qu’il est une IA.', nl: 'Hij moet zeggen dat hij een AI is.', en: 'It must say it is an AI.' },
    },
    {
      id: 'spam',
      text: { fr: 'Un filtre anti-spam', nl: 'Een spamfilter', en: 'A spam filter' },
      group: 'minimal',
      feedback: { fr: 'Aucune obligation particulière.', nl: 'Geen bijzondere verplichting.', en: 'No particular duty.' },
    },
  ],
  explanation: { fr: 'Le risque dépend de l’usage.', nl: 'Het risico hangt af van het gebruik.', en: 'The risk depends on the use.' },
};

const item = (name: string) => screen.getByRole('group', { name });

describe('categorize block', () => {
  it('can be done with the keyboard alone, in the order she sees: Tab goes from item to item, arrows choose the group, Enter checks', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    const { container } = await renderBlock(block, { submit, language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    const shown = [...container.querySelectorAll('.categorize-item legend')].map((legend) => block.items.find((i) => i.text.en === legend.textContent)!);
    expect(shown.map((i) => i.id).sort()).toEqual(block.items.map((i) => i.id).sort());

    for (const current of shown) {
      await userEvent.tab();
      expect(within(item(current.text.en)).getByRole('radio', { name: 'High risk' })).toHaveFocus();
      const steps = block.groups.findIndex((g) => g.id === current.group);
      await userEvent.keyboard(` ${'{ArrowRight}'.repeat(steps)}`);
      expect(within(item(current.text.en)).getByRole('radio', { name: block.groups[steps]!.label.en })).toBeChecked();
    }
    await userEvent.keyboard('{Enter}');

    expect(submit).toHaveBeenCalledWith({ placements: { triage: 'high', chatbot: 'limited', spam: 'minimal' } });
  });

  it('shows the items in her own order, the same on every visit and in every language, with a pinned item in its place', async () => {
    const order = async (learnerId: string, language: 'fr' | 'nl' | 'en', shown = block) => {
      const view = await renderBlock(shown, { learnerId, language });
      await screen.findByRole('group', { name: shown.prompt[language] });
      const ids = [...view.container.querySelectorAll('.categorize-item legend')].map((legend) => shown.items.find((i) => i.text[language] === legend.textContent)!.id);
      view.unmount();
      return ids;
    };
    const amina = await order('amina', 'en');
    expect(await order('amina', 'nl')).toEqual(amina);
    const learners = ['bram', 'chloe', 'dries', 'elif', 'fien', 'gaspard'];
    const others = [];
    for (const learner of learners) others.push((await order(learner, 'en')).join());
    expect(new Set([amina.join(), ...others]).size).toBeGreaterThan(1);

    const pinned = { ...block, items: block.items.map((i) => (i.id === 'triage' ? { ...i, pinned: true } : i)) };
    for (const learner of learners.slice(0, 3)) expect((await order(learner, 'fr', pinned))[0]).toBe('triage');
  });

  it('refuses to check while an item has no group, and marks the items still to place', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    await userEvent.click(within(item('A spam filter')).getByRole('radio', { name: 'Minimal risk' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Place every item first: 2 items have no group yet.');
    expect(submit).not.toHaveBeenCalled();
    expect(item('A chatbot for patients')).toHaveAccessibleDescription('Not placed yet: choose a group.');
    expect(item('A spam filter')).not.toHaveAccessibleDescription();
  });

  it('with a pointer, submits exactly the last group chosen for each item, and counts the items per group on the way', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'fr' });
    await screen.findByRole('group', { name: block.prompt.fr });
    await userEvent.click(within(item('Un outil qui trie les urgences')).getByText('Risque limité'));
    await userEvent.click(within(item('Un outil qui trie les urgences')).getByText('Risque élevé'));
    await userEvent.click(within(item('Un chatbot pour les patients')).getByText('Risque élevé'));

    const summary = screen.getByRole('list', { name: 'Votre classement jusqu’ici' });
    expect(within(summary).getByText('Risque élevé : 2 éléments')).toBeVisible();
    expect(within(summary).getByText('Risque limité : 0 élément')).toBeVisible();
    expect(within(summary).getByText('Pas encore classé : 1 élément')).toBeVisible();

    await userEvent.click(within(item('Un filtre anti-spam')).getByText('Risque minimal'));
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledWith({ placements: { triage: 'high', chatbot: 'high', spam: 'minimal' } });
  });

  // French puts a no-break space before a colon, hence \s in the expected descriptions.
  it('after answering shows, for each item, where she put it, whether it was right and why, then the score and explanation, locked', async () => {
    const db = freshDatabase();
    await savedTry(db, block, { placements: { triage: 'high', chatbot: 'minimal', spam: 'minimal' } });
    await renderBlock(block, { db, language: 'fr' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 éléments sur 3 dans le bon groupe'));

    const triage = item('Un outil qui trie les urgences');
    expect(triage).toHaveAccessibleDescription(/^✓ Bon groupe\s:\sRisque élevé\. Il touche l’accès aux soins\.$/);
    const chatbot = item('Un chatbot pour les patients');
    expect(chatbot).toHaveAccessibleDescription(/^✗ Votre choix\s:\sRisque minimal\. Bon groupe\s:\sRisque limité\. Il doit dire qu’il est une IA\.$/);
    expect(within(chatbot).getByRole('radio', { name: 'Risque minimal' })).toBeChecked();
    expect(within(chatbot).getByRole('radio', { name: 'Risque limité' })).toBeDisabled();

    expect(screen.getByRole('heading', { level: 3, name: 'Explication' })).toBeVisible();
    expect(screen.getByText('Le risque dépend de l’usage.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Vérifier ma réponse' })).toBeNull();
  });

  it('says so when the answer could not be saved, and keeps every choice for another try', async () => {
    const submit = jest.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'nl' });
    await screen.findByRole('group', { name: block.prompt.nl });
    await userEvent.click(within(item('Een tool die spoedpatiënten triageert')).getByRole('radio', { name: 'Hoog risico' }));
    await userEvent.click(within(item('Een chatbot voor patiënten')).getByRole('radio', { name: 'Beperkt risico' }));
    await userEvent.click(within(item('Een spamfilter')).getByRole('radio', { name: 'Minimaal risico' }));
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Je antwoord kon niet worden opgeslagen.');
    expect(within(item('Een chatbot voor patiënten')).getByRole('radio', { name: 'Beperkt risico' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit).toHaveBeenLastCalledWith({ placements: { triage: 'high', chatbot: 'limited', spam: 'minimal' } });
  });

  it('keeps two exercises on one page apart: choosing in one never changes the other', async () => {
    const other: CategorizeBlockData = { ...block, id: 'risk-classes-again' };
    const db = freshDatabase();
    await renderBlock(block, { db });
    await renderBlock(other, { db });
    await waitFor(() => expect(screen.getAllByRole('group', { name: 'A spam filter' })).toHaveLength(2));
    const [first, second] = screen.getAllByRole('group', { name: 'A spam filter' });
    await userEvent.click(within(first!).getByRole('radio', { name: 'Minimal risk' }));
    await userEvent.click(within(second!).getByRole('radio', { name: 'High risk' }));
    expect(within(first!).getByRole('radio', { name: 'Minimal risk' })).toBeChecked();
  });
});

describe('a half-sorted exercise', () => {
  it('is kept as she sorts: after a reload the items she placed are where she put them', async () => {
    const db = freshDatabase();
    const first = await renderBlock(block, { db });
    await userEvent.click(within(await screen.findByRole('group', { name: 'A spam filter' })).getByRole('radio', { name: 'Minimal risk' }));
    await userEvent.click(within(item('A tool that triages emergencies')).getByRole('radio', { name: 'Limited risk' }));
    first.unmount();
    await waitFor(async () => expect((await db.blockStates.toArray()).map((r) => r.state)).toEqual([{ placements: { spam: 'minimal', triage: 'limited' } }]));

    await renderBlock(block, { db });
    expect(within(await screen.findByRole('group', { name: 'A spam filter' })).getByRole('radio', { name: 'Minimal risk' })).toBeChecked();
    expect(within(item('A tool that triages emergencies')).getByRole('radio', { name: 'Limited risk' })).toBeChecked();
    expect(within(screen.getByRole('list', { name: 'Your sorting so far' })).getByText('Not placed yet: 1 item')).toBeVisible();
  });
});
