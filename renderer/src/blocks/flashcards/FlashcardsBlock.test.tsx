import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FlashcardsBlock as FlashcardsBlockData } from '../../../../core/blocks/flashcards/definition';
import type { Language } from '../../../../core/i18n';
import { newCardMemory, reviewCard } from '../../../../core/scheduling/fsrs';
import { sampleModule } from '../../../../tests/fixtures/sample-module';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { renderBlock as host } from '../../../../tests/unit/renderer/render-block';
import type { CareLitDatabase } from '../../db/database';

const mod = sampleModule();
const block = mod.lessons.flatMap((l) => l.blocks).find((b): b is FlashcardsBlockData => b.type === 'flashcards')!;
const minute = 60_000;
const day = 24 * 60 * minute;

function renderBlock(learnerId: string | null, { db = freshDatabase(), language = 'en' }: { db?: CareLitDatabase; language?: Language } = {}) {
  return host(block, { module: mod, learnerId, db, language });
}

describe('flashcards block', () => {
  it('puts the block’s terms in her deck and shows them one at a time, term first', async () => {
    const { db } = await renderBlock('amina');
    expect(await screen.findByText('Card 1 of 3')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Hallucination' })).toBeVisible();
    expect(screen.queryByText('An answer an AI tool makes up but presents as a fact.')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Good/ })).toBeNull();
    expect((await db.cards.toArray()).map((c) => [c.learnerId, c.moduleId, c.termId, c.memory.state])).toEqual([
      ['amina', 'sample', 'hallucination', 'new'],
      ['amina', 'sample', 'health-data', 'new'],
      ['amina', 'sample', 'prompt', 'new'],
    ]);
  });

  it('shows the definition and four grades, each saying when the card would come back', async () => {
    await renderBlock('amina');
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    expect(screen.getByText('An answer an AI tool makes up but presents as a fact.')).toHaveFocus();
    const grades = within(screen.getByRole('group', { name: 'How well did you remember it?' })).getAllByRole('button');
    const names = ['Again in 1 minute', 'Hard in 6 minutes', 'Good in 10 minutes', 'Easy in 8 days'];
    expect(grades).toHaveLength(4);
    grades.forEach((button, i) => {
      expect(button).toHaveAccessibleName(names[i]);
      expect(button).toHaveAttribute('aria-keyshortcuts', String(i + 1));
    });
    expect(screen.getByText('You can also press the keys 1 to 4.')).toBeVisible();
  });

  it('saves each grade with its FSRS result, moves to the next card and says when the graded one comes back', async () => {
    const { db } = await renderBlock('amina');
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    const before = Date.now();
    await userEvent.click(screen.getByRole('button', { name: 'Easy in 8 days' }));
    expect(await screen.findByRole('heading', { name: 'Prompt' })).toHaveFocus();
    expect(screen.getByText('Card 2 of 3')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Saved. This card comes back in 8 days.');
    const saved = (await db.cards.get(['amina', 'sample', 'hallucination']))!;
    expect(saved.memory).toMatchObject({ state: 'review', reps: 1, lastReview: expect.any(String) });
    expect(saved.due).toBe(saved.memory.due);
    expect(Date.parse(saved.due) - before).toBeGreaterThanOrEqual(8 * day - minute);
  });

  it('ends with a summary and says the cards come back on the home screen', async () => {
    await renderBlock('amina');
    // The card she did not remember comes back once more, at the end of the round.
    for (const grade of ['Again', 'Good', 'Good', 'Good']) {
      await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
      await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${grade} in`) }));
    }
    expect(await screen.findByRole('heading', { name: 'Review finished' })).toHaveFocus();
    expect(screen.getByText('You reviewed 3 cards.')).toBeVisible();
    expect(screen.getByText('Again: 1')).toBeVisible();
    expect(screen.getByText('Good: 3')).toBeVisible();
    expect(screen.getByText(/come back on the home screen when it is due/)).toBeVisible();
  });

  it('asks a card graded “again” once more at the end of the round, as she now remembers it', async () => {
    const { db } = await renderBlock('amina');
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    await userEvent.click(screen.getByRole('button', { name: 'Again in 1 minute' }));
    expect(await screen.findByRole('heading', { name: 'Prompt' })).toHaveFocus();
    expect(screen.getByText('Card 2 of 4')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Saved. This card comes back at the end of this round.');
    for (let i = 0; i < 2; i++) {
      await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
      await userEvent.click(screen.getByRole('button', { name: /^Good in/ }));
    }
    expect(await screen.findByRole('heading', { name: 'Hallucination' })).toHaveFocus();
    expect(screen.getByText('Card 4 of 4')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show the definition' }));
    // Its grades now start from the "again" just saved, not from the card as it was.
    const saved = (await db.cards.get(['amina', 'sample', 'hallucination']))!;
    expect(saved.memory.lapses + saved.memory.reps).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /^Good in \d+ minutes$/ })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /^Good in/ }));
    expect(await screen.findByRole('heading', { name: 'Review finished' })).toBeVisible();
    expect((await db.cards.get(['amina', 'sample', 'hallucination']))!.memory.reps).toBe(saved.memory.reps + 1);
  });

  it('grades with the keys 1 to 4 once the definition shows, and not before', async () => {
    const { db } = await renderBlock('amina');
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    await userEvent.keyboard('4');
    expect(await screen.findByRole('heading', { name: 'Prompt' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Saved. This card comes back in 8 days.');
    expect((await db.cards.get(['amina', 'sample', 'hallucination']))!.memory.state).toBe('review');
    // The term alone: a digit does nothing.
    await userEvent.keyboard('3');
    expect(screen.getByText('Card 2 of 3')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Show the definition' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show the definition' }));
    await userEvent.keyboard('1');
    expect(await screen.findByRole('heading', { name: 'Health data' })).toHaveFocus();
    expect(screen.getByText('Card 3 of 4')).toBeVisible();
  });

  it('works with the keyboard alone, focus following each step', async () => {
    await renderBlock('amina');
    await screen.findByText('Card 1 of 3');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show the definition' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('An answer an AI tool makes up but presents as a fact.')).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Hard in 6 minutes' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(await screen.findByRole('heading', { name: 'Prompt' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show the definition' })).toHaveFocus();
  });

  it('keeps what she already learned: a card she has is not reset, and its grades show her real schedule', async () => {
    const db = freshDatabase();
    const learnedAt = new Date(Date.now() - 3 * day);
    const memory = reviewCard(reviewCard(newCardMemory(learnedAt), 'good', learnedAt), 'good', new Date(learnedAt.getTime() + 10 * minute));
    await db.cards.add({ learnerId: 'amina', moduleId: 'sample', termId: 'hallucination', due: memory.due, memory });
    await renderBlock('amina', { db });
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    expect(await db.cards.get(['amina', 'sample', 'hallucination'])).toMatchObject({ memory });
    expect(screen.getByRole('button', { name: /^Good in \d+ days$/ })).toBeVisible();
  });

  it('says so when a grade could not be saved, and keeps the card for another try', async () => {
    const db = freshDatabase();
    await renderBlock('amina', { db });
    await userEvent.click(await screen.findByRole('button', { name: 'Show the definition' }));
    const failing = jest.spyOn(db.cards, 'bulkPut').mockRejectedValueOnce(new Error('quota'));
    await userEvent.click(screen.getByRole('button', { name: 'Good in 10 minutes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your review could not be saved');
    expect(screen.getByRole('heading', { name: 'Hallucination' })).toBeVisible();
    failing.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Good in 10 minutes' }));
    expect(await screen.findByRole('heading', { name: 'Prompt' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks the learner’s language, with French wording of the delays', async () => {
    await renderBlock('amina', { language: 'fr' });
    expect(await screen.findByText('Carte 1 sur 3')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher la définition' }));
    expect(screen.getByRole('button', { name: 'À revoir dans 1 minute' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Facile dans 8 jours' }));
    expect(await screen.findByRole('heading', { name: 'Requête (prompt)' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Enregistré. Cette carte reviendra dans 8 jours.');
  });

  it('in the authors’ preview, reviews work in memory and a notice says nothing is saved', async () => {
    const { db } = await renderBlock(null, { language: 'nl' });
    expect(await screen.findByText(/er wordt niets opgeslagen/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Toon de definitie' }));
    await userEvent.click(screen.getByRole('button', { name: 'Goed over 10 minuten' }));
    expect(await screen.findByRole('heading', { name: 'Prompt' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Niet opgeslagen (voorbeeldweergave). Deze kaart zou over 10 minuten terugkomen.');
    expect(await db.cards.count()).toBe(0);
  });
});
