import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '../../../core/i18n';
import { newCardMemory } from '../../../core/scheduling/fsrs';
import { App } from '../../../renderer/src/App';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import type { CardRow } from '../../../renderer/src/db/rows';
import { useSession } from '../../../renderer/src/stores/session';
import { freshDatabase, renderWithServices } from './render-app';

const day = 24 * 60 * 60 * 1000;

function card(learnerId: string, termId: string, dueInMs: number): CardRow {
  const now = Date.now();
  const memory = { ...newCardMemory(new Date(now - 5 * day)), due: new Date(now + dueInMs).toISOString() };
  return { learnerId, moduleId: 'sample', termId, due: memory.due, memory };
}

/** Amina on the home screen, with the cards given. */
async function homeWith(cards: (learnerId: string) => CardRow[], language: Language = 'en') {
  const db: CareLitDatabase = freshDatabase();
  const learner = await createLearner(db, 'Amina Benali', 'nurse');
  await db.cards.bulkAdd(cards(learner.id));
  act(() => useSession.setState({ learnerId: learner.id, view: { name: 'catalogue' } }));
  await renderWithServices(<App />, { db, language });
  return { db, learner };
}

beforeEach(() => {
  sessionStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'profiles' } });
});

describe('glossary cards due today', () => {
  it('says nothing about cards to a learner who has none yet', async () => {
    await homeWith(() => []);
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Review now' })).toBeNull();
    expect(screen.queryByText('No card to review today.')).toBeNull();
  });

  it('counts on the home screen only her cards due today that can still be shown', async () => {
    await homeWith((id) => [
      card(id, 'hallucination', -3 * day),
      card(id, 'prompt', -60_000),
      card(id, 'health-data', 3 * day),
      card(id, 'removed-term', -day),
      card('someone-else', 'prompt', -day),
    ]);
    expect(await screen.findByRole('heading', { name: '2 cards to review today' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Review now' })).toBeVisible();
  });

  it('uses the plural forms of each language', async () => {
    await homeWith((id) => [card(id, 'prompt', -day)], 'fr');
    expect(await screen.findByRole('heading', { name: '1 carte à revoir aujourd’hui' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Réviser maintenant' })).toBeVisible();
  });

  it('reviews the due cards on the review screen, each with its module, skipping a term the module no longer has', async () => {
    const { db, learner } = await homeWith((id) => [
      card(id, 'hallucination', -3 * day),
      card(id, 'removed-term', -2 * day),
      card(id, 'prompt', -60_000),
      card(id, 'health-data', 3 * day),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Review now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your cards' })).toHaveFocus();
    expect(await screen.findByText('Card 1 of 2')).toBeVisible();
    const first = screen.getByRole('article', { name: 'Hallucination' });
    expect(within(first).getByText('Module: Sample module')).toBeVisible();

    await userEvent.click(within(first).getByRole('button', { name: 'Show the definition' }));
    expect(screen.getByText('An answer an AI tool makes up but presents as a fact.')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: /^Easy in \d+ days$/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Prompt' })).toHaveFocus();
    expect(screen.getByText('Card 2 of 2')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show the definition' }));
    await userEvent.click(screen.getByRole('button', { name: /^Easy in \d+ days$/ }));

    expect(await screen.findByRole('heading', { name: 'Review finished' })).toHaveFocus();
    expect(screen.getByText('You reviewed 2 cards.')).toBeVisible();
    const saved = await db.cards.where('learnerId').equals(learner.id).toArray();
    expect(saved.filter((c) => Date.parse(c.due) <= Date.now()).map((c) => c.termId)).toEqual(['removed-term']);
    expect(saved.find((c) => c.termId === 'hallucination')!.memory.reps).toBe(1);

    const backButtons = screen.getAllByRole('button', { name: 'Back to modules' });
    await userEvent.click(backButtons[backButtons.length - 1]!);
    // Her home shows cards only when some are due: none now.
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: /to review today/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Review now' })).toBeNull();
  });

  it('asks a card she did not remember again at the end of the round, and saves both grades', async () => {
    const { db, learner } = await homeWith((id) => [card(id, 'hallucination', -day), card(id, 'prompt', -day)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Review now' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    await userEvent.keyboard('1');
    expect(await screen.findByRole('heading', { level: 2, name: 'Prompt' })).toHaveFocus();
    expect(screen.getByText('Card 2 of 3')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show the definition' }));
    await userEvent.keyboard('3');
    expect(await screen.findByRole('heading', { level: 2, name: 'Hallucination' })).toHaveFocus();
    expect(screen.getByText('Card 3 of 3')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show the definition' }));
    await userEvent.keyboard('3');
    expect(await screen.findByText('You reviewed 2 cards.')).toBeVisible();
    expect(screen.getByText('Again: 1')).toBeVisible();
    expect(screen.getByText('Good: 2')).toBeVisible();
    const saved = (await db.cards.get([learner.id, 'sample', 'hallucination']))!;
    expect(saved.memory.reps).toBe(2);
    expect(Date.parse(saved.due)).toBeGreaterThan(Date.now());
  });

  it('says so calmly when nothing is left to review, with the way back', async () => {
    await homeWith((id) => [card(id, 'prompt', 2 * day)]);
    act(() => useSession.getState().openReview());
    expect(await screen.findByText('No card to review today.')).toBeVisible();
    await userEvent.click(screen.getAllByRole('button', { name: 'Back to modules' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
  });
});
