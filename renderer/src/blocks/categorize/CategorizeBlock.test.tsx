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
const TRAY = { fr: 'Cartes à trier', nl: 'Te sorteren kaarten', en: 'Cards to sort' };

const card = (name: string) => screen.getByRole('button', { name });
const zone = (name: string) => screen.getByRole('group', { name });
/** The cards in a zone, read as the learner reads them, in the order shown. */
const cardsIn = (name: string) =>
  within(zone(name))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.categorize-card-text')?.textContent);
const shownOrder = (language: 'fr' | 'nl' | 'en', shown = block) =>
  within(zone(TRAY[language]))
    .getAllByRole('button')
    .map((b) => shown.items.find((i) => i.text[language] === b.textContent)!.id);
/** What the exercise last said in its live region (the other status is the answer's result). */
const announced = () => screen.getAllByRole('status').find((s) => s.getAttribute('aria-live') === 'polite' && !s.classList.contains('answer-result'))?.textContent;
/** Tab until `element` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(element: HTMLElement, shift = false) {
  for (let presses = 0; presses < 20 && document.activeElement !== element; presses++) await userEvent.tab({ shift });
  expect(element).toHaveFocus();
}
/** A zone's own place: the zones have no layout in jsdom, so each is given a box, one under the other. */
function layOut(names: string[]) {
  names.forEach((name, i) => {
    jest
      .spyOn(zone(name), 'getBoundingClientRect')
      .mockReturnValue({ left: 0, right: 600, top: i * 200, bottom: i * 200 + 180, width: 600, height: 180, x: 0, y: i * 200, toJSON: () => ({}) });
  });
}

describe('sorting cards', () => {
  it('shows every card in a tray to sort, and one labelled zone per group, with the keys to use', async () => {
    await renderBlock(block, { language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    expect(cardsIn('Cards to sort').sort()).toEqual(block.items.map((i) => i.text.en).sort());
    expect(zone('Cards to sort')).toHaveAccessibleDescription('3 cards');
    for (const group of block.groups) {
      expect(zone(group.label.en)).toHaveAccessibleDescription('0 cards');
      expect(within(zone(group.label.en)).getByText('No card here yet.')).toBeVisible();
    }
    expect(card('A spam filter')).toHaveAccessibleDescription(
      'With the keyboard: Space or Enter picks a card up, the arrow keys or the numbers 1 to 3 choose its group, Space or Enter puts it there, Escape cancels.',
    );
    expect(card('A spam filter')).toHaveAttribute('aria-pressed', 'false');
  });

  it('can be done with the keyboard alone, in the order she sees: Space picks a card up, a number or the arrows choose, Space puts it down, and the next card to sort gets focus', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    const shown = shownOrder('en').map((id) => block.items.find((i) => i.id === id)!);

    await userEvent.tab();
    for (const [n, current] of shown.entries()) {
      expect(card(current.text.en)).toHaveFocus();
      await userEvent.keyboard(' ');
      expect(card(current.text.en)).toHaveAttribute('aria-pressed', 'true');
      expect(announced()).toMatch(new RegExp(`^“${current.text.en}” picked up\\. Choose its group with the arrow keys or the numbers 1 to 3`));
      const number = block.groups.findIndex((g) => g.id === current.group) + 1;
      // The first by its number, the others with the arrows (from the tray, group 1 is one step away).
      if (n === 0) await userEvent.keyboard(String(number));
      else await userEvent.keyboard('{ArrowRight}'.repeat(number));
      const group = block.groups[number - 1]!.label.en;
      expect(announced()).toBe(`Group ${number} of 3: ${group}.`);
      await userEvent.keyboard('{Enter}');
      expect(cardsIn(group)).toContain(current.text.en);
      const left = shown.length - n - 1;
      expect(announced()).toBe(
        `“${current.text.en}” placed in “${group}”. ${left === 0 ? 'Every card is sorted: you can check your answer.' : `${left} card${left === 1 ? '' : 's'} left to sort.`}`,
      );
    }
    // The last card keeps focus where it went; Tab goes on to the check.
    expect(card(shown[shown.length - 1]!.text.en)).toHaveFocus();
    await tabTo(screen.getByRole('button', { name: 'Check my answer' }));
    await userEvent.keyboard('{Enter}');

    expect(submit).toHaveBeenCalledWith({ placements: { triage: 'high', chatbot: 'limited', spam: 'minimal' } });
  });

  it('lets a placed card be picked up again, moved to another group or sent back to the tray; Escape leaves it where it was', async () => {
    const db = freshDatabase();
    await renderBlock(block, { db, language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    const spam = () => card('A spam filter');
    await tabTo(spam());
    await userEvent.keyboard('{Enter}2{Enter}');
    expect(cardsIn('Limited risk')).toEqual(['A spam filter']);

    await tabTo(spam());
    await userEvent.keyboard(' {ArrowRight}');
    expect(announced()).toBe('Group 3 of 3: Minimal risk.');
    expect(zone('Minimal risk')).toHaveAttribute('data-target');
    await userEvent.keyboard(' ');
    expect(cardsIn('Minimal risk')).toEqual(['A spam filter']);
    expect(cardsIn('Limited risk')).toEqual([]);
    expect(spam()).toHaveFocus();

    // Left from group 3: group 2, group 1, then the tray.
    await userEvent.keyboard(' {ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(announced()).toBe('Back to the cards to sort.');
    await userEvent.keyboard('{Enter}');
    expect(cardsIn('Cards to sort')).toContain('A spam filter');
    expect(announced()).toBe('“A spam filter” is back with the cards to sort. 3 cards left to sort.');
    expect(spam()).toHaveFocus();

    await userEvent.keyboard(' 1');
    expect(zone('High risk')).toHaveAttribute('data-target');
    await userEvent.keyboard('{Escape}');
    expect(announced()).toBe('“A spam filter” stays with the cards to sort.');
    expect(spam()).toHaveAttribute('aria-pressed', 'false');
    expect(spam()).toHaveFocus();
    expect(zone('High risk')).not.toHaveAttribute('data-target');
    expect(cardsIn('High risk')).toEqual([]);
    await waitFor(async () => expect((await db.blockStates.toArray()).map((r) => r.state)).toEqual([{ placements: {} }]));
  });

  it('shows the cards in her own order, the same on every visit and in every language, with a pinned card in its place', async () => {
    const order = async (learnerId: string, language: 'fr' | 'nl' | 'en', shown = block) => {
      const view = await renderBlock(shown, { learnerId, language });
      await screen.findByRole('group', { name: shown.prompt[language] });
      const ids = shownOrder(language, shown);
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

  it('refuses to check while a card is still to sort, and marks the tray in words', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    await userEvent.click(card('A spam filter'));
    await userEvent.click(within(zone('Minimal risk')).getByText('Minimal risk'));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Sort every card first: 2 cards are still to sort.');
    expect(submit).not.toHaveBeenCalled();
    expect(zone('Cards to sort')).toHaveAccessibleDescription('2 cards These cards have no group yet.');
    expect(zone('Minimal risk')).toHaveAccessibleDescription('1 card');
  });

  it('with a pointer, a click on a card then on a group places it, and submits exactly the last place of each card', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'fr' });
    await screen.findByRole('group', { name: block.prompt.fr });
    await userEvent.click(card('Un outil qui trie les urgences'));
    expect(card('Un outil qui trie les urgences')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(zone('Risque limité')).getByText('Risque limité'));
    expect(cardsIn('Risque limité')).toEqual(['Un outil qui trie les urgences']);
    expect(announced()).toBe(
      'Carte « Un outil qui trie les urgences » placée dans « Risque limité ». Il reste 2 cartes à trier.'.replace(/« | »/g, (m) => m.replace(' ', '\u00a0')),
    );

    // Moved again, with the other group's "Place here" button (what a screen reader's browse mode reaches).
    await userEvent.click(card('Un outil qui trie les urgences'));
    await userEvent.click(within(zone('Risque élevé')).getByRole('button', { name: 'Placer ici\u00a0: Risque élevé' }));
    await userEvent.click(card('Un chatbot pour les patients'));
    await userEvent.click(within(zone('Risque élevé')).getByText('Risque élevé'));
    expect(zone('Risque élevé')).toHaveAccessibleDescription('2 cartes');
    expect(zone('Risque limité')).toHaveAccessibleDescription('0 carte');

    // A click on the picked-up card itself puts it down where it was.
    await userEvent.click(card('Un filtre anti-spam'));
    await userEvent.click(card('Un filtre anti-spam'));
    expect(card('Un filtre anti-spam')).toHaveAttribute('aria-pressed', 'false');
    expect(cardsIn('Cartes à trier')).toEqual(['Un filtre anti-spam']);
    await userEvent.click(card('Un filtre anti-spam'));
    await userEvent.click(within(zone('Risque minimal')).getByRole('button', { name: 'Placer ici\u00a0: Risque minimal' }));
    expect(within(zone('Cartes à trier')).getByText('Toutes les cartes sont triées. Vous pouvez encore en déplacer une, ou la remettre ici.')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledWith({ placements: { triage: 'high', chatbot: 'high', spam: 'minimal' } });
  });

  it('with a pointer, a card dragged onto a group goes there, and one released outside every zone goes back', async () => {
    // One user for the whole drag: the button stays down between the calls.
    const user = userEvent.setup();
    await renderBlock(block, { language: 'en' });
    await screen.findByRole('group', { name: block.prompt.en });
    layOut(['Cards to sort', 'High risk', 'Limited risk', 'Minimal risk']);
    const spam = card('A spam filter');
    await user.pointer([
      { keys: '[MouseLeft>]', target: spam, coords: { clientX: 50, clientY: 50 } },
      { coords: { clientX: 60, clientY: 250 } },
      { coords: { clientX: 80, clientY: 650 } },
    ]);
    expect(spam).toHaveAttribute('data-dragging');
    expect(spam.style.transform).toBe('translate(30px, 600px)');
    expect(zone('Minimal risk')).toHaveAttribute('data-target');
    expect(zone('High risk')).not.toHaveAttribute('data-target');
    await user.pointer({ keys: '[/MouseLeft]', coords: { clientX: 80, clientY: 650 } });
    expect(cardsIn('Minimal risk')).toEqual(['A spam filter']);
    expect(announced()).toBe('“A spam filter” placed in “Minimal risk”. 2 cards left to sort.');
    // The click that ends the drag picks nothing up.
    expect(card('A spam filter')).toHaveAttribute('aria-pressed', 'false');

    const chatbot = card('A chatbot for patients');
    await user.pointer([
      { keys: '[MouseLeft>]', target: chatbot, coords: { clientX: 50, clientY: 50 } },
      { coords: { clientX: 900, clientY: 450 } },
      { keys: '[/MouseLeft]', coords: { clientX: 900, clientY: 450 } },
    ]);
    expect(cardsIn('Cards to sort')).toContain('A chatbot for patients');
    expect(announced()).toBe('“A chatbot for patients” stays with the cards to sort.');
    expect(card('A chatbot for patients')).not.toHaveAttribute('data-dragging');

    // A press that hardly moves is a click: the card is picked up.
    await user.pointer([
      { keys: '[MouseLeft>]', target: card('A tool that triages emergencies'), coords: { clientX: 10, clientY: 10 } },
      { coords: { clientX: 12, clientY: 12 } },
      { keys: '[/MouseLeft]' },
    ]);
    expect(card('A tool that triages emergencies')).toHaveAttribute('aria-pressed', 'true');
  });

  // French puts a no-break space before a colon, hence \s in the expected results.
  it('after answering shows each card in the group she chose, whether it was right and why, then the score and explanation, locked', async () => {
    const db = freshDatabase();
    await savedTry(db, block, { placements: { triage: 'high', chatbot: 'minimal', spam: 'minimal' } });
    await renderBlock(block, { db, language: 'fr' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 cartes sur 3 dans le bon groupe'));

    const cardIn = (group: string, text: string) => within(zone(group)).getByText(text).closest('li')!;
    const triage = cardIn('Risque élevé', 'Un outil qui trie les urgences');
    expect(triage).toHaveTextContent(/✓ Bon groupe\s:\sRisque élevé\.Il touche l’accès aux soins\.$/);
    const chatbot = cardIn('Risque minimal', 'Un chatbot pour les patients');
    expect(chatbot).toHaveTextContent(/✗ Votre choix\s:\sRisque minimal\. Bon groupe\s:\sRisque limité\.Il doit dire qu’il est une IA\.$/);
    expect(chatbot).toHaveAttribute('data-state', 'wrong');
    expect(triage).toHaveAttribute('data-state', 'right');
    expect(zone('Risque limité')).toHaveAccessibleDescription('0 carte');
    expect(screen.queryByRole('group', { name: 'Cartes à trier' })).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);

    expect(screen.getByRole('heading', { level: 3, name: 'Explication' })).toBeVisible();
    expect(screen.getByText('Le risque dépend de l’usage.')).toBeVisible();
  });

  it('moves focus to the result once the answer is checked', async () => {
    await renderBlock(block, { language: 'en', learnerId: null });
    await screen.findByRole('group', { name: block.prompt.en });
    for (const item of block.items) {
      await userEvent.click(card(item.text.en));
      await userEvent.click(within(zone(block.groups.find((g) => g.id === item.group)!.label.en)).getByRole('button', { name: /^Place here/ }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    const result = await screen.findByText('3 of 3 cards in the right group');
    expect(result.closest('[role="status"]')).toHaveFocus();
  });

  it('says so when the answer could not be saved, and keeps every card where it was for another try', async () => {
    const submit = jest.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    await renderBlock(block, { submit, language: 'nl' });
    await screen.findByRole('group', { name: block.prompt.nl });
    for (const [text, group] of [
      ['Een tool die spoedpatiënten triageert', 'Hoog risico'],
      ['Een chatbot voor patiënten', 'Beperkt risico'],
      ['Een spamfilter', 'Minimaal risico'],
    ] as const) {
      await userEvent.click(card(text));
      await userEvent.click(within(zone(group)).getByRole('button', { name: `Hier leggen: ${group}` }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Je antwoord kon niet worden opgeslagen.');
    expect(cardsIn('Beperkt risico')).toEqual(['Een chatbot voor patiënten']);
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit).toHaveBeenLastCalledWith({ placements: { triage: 'high', chatbot: 'limited', spam: 'minimal' } });
  });

  it('keeps two exercises on one page apart: sorting in one never changes the other', async () => {
    const other: CategorizeBlockData = { ...block, id: 'risk-classes-again' };
    const db = freshDatabase();
    await renderBlock(block, { db });
    await renderBlock(other, { db });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'A spam filter' })).toHaveLength(2));
    const [first, second] = screen.getAllByRole('group', { name: block.prompt.en });
    await userEvent.click(within(first!).getByRole('button', { name: 'A spam filter' }));
    expect(within(second!).queryAllByRole('button', { name: /^Place here/ })).toEqual([]);
    await userEvent.click(within(first!).getByRole('button', { name: 'Place here: Minimal risk' }));
    expect(within(within(first!).getByRole('group', { name: 'Minimal risk' })).getByRole('button', { name: 'A spam filter' })).toBeVisible();
    expect(within(within(second!).getByRole('group', { name: 'Cards to sort' })).getByRole('button', { name: 'A spam filter' })).toBeVisible();
  });
});

describe('a half-sorted exercise', () => {
  it('is kept as she sorts: after a reload the cards she placed are where she put them, the others still to sort', async () => {
    const db = freshDatabase();
    const first = await renderBlock(block, { db });
    await userEvent.click(await screen.findByRole('button', { name: 'A spam filter' }));
    await userEvent.click(within(zone('Minimal risk')).getByRole('button', { name: 'Place here: Minimal risk' }));
    await userEvent.click(card('A tool that triages emergencies'));
    await userEvent.click(within(zone('Limited risk')).getByRole('button', { name: 'Place here: Limited risk' }));
    first.unmount();
    await waitFor(async () => expect((await db.blockStates.toArray()).map((r) => r.state)).toEqual([{ placements: { spam: 'minimal', triage: 'limited' } }]));

    await renderBlock(block, { db });
    await screen.findByRole('button', { name: 'A spam filter' });
    expect(cardsIn('Minimal risk')).toEqual(['A spam filter']);
    expect(cardsIn('Limited risk')).toEqual(['A tool that triages emergencies']);
    expect(cardsIn('Cards to sort')).toEqual(['A chatbot for patients']);
    expect(zone('Cards to sort')).toHaveAccessibleDescription('1 card');
  });
});
