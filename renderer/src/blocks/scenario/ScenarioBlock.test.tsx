import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../../../core/blocks';
import { moduleWithExample } from '../../../../tests/fixtures/examples';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { renderBlock, savedTry } from '../../../../tests/unit/renderer/render-block';
import type { CareLitDatabase } from '../../db/database';
import enCommon from '../../../../locales/en/common.json';

const { mod, block: example } = moduleWithExample('scenario');
if (example.type !== 'scenario') throw new Error('the example is a scenario');
const block = example;
const text = (id: string) => {
  for (const n of block.nodes) for (const c of n.choices ?? []) if (c.id === id) return c;
  throw new Error(id);
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The block in the player, each choice saved as the player saves it (scored by core, in her database). */
async function play(db: CareLitDatabase = freshDatabase()) {
  const submitted: Answer[] = [];
  const rendering = await renderBlock(block, {
    module: mod,
    db,
    language: 'en',
    submit: async (answer) => {
      submitted.push(answer);
      await savedTry(db, block, answer, { module: mod });
    },
  });
  await screen.findByRole('heading', { name: 'Decision 1' });
  return { ...rendering, submitted };
}

async function chooseByKeyboard(choiceId: string) {
  const radio = screen.getByRole('radio', { name: text(choiceId).text.en });
  radio.focus();
  await userEvent.keyboard(' ');
  expect(radio).toBeChecked();
  await userEvent.tab();
  expect(screen.getByRole('button', { name: 'Confirm my choice' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  // Once saved, the focus moves to what the choice led to.
  await waitFor(() => expect(document.activeElement?.className).toBe('scenario-focus'));
}

afterEach(cleanup);
const SAVE_FAILED = enCommon.player.saveFailed;

describe('scenario block', () => {
  it('is played by keyboard: each choice is submitted as the path so far, in one play, and focus moves to what it led to', async () => {
    const { submitted } = await play();
    expect(screen.getByText(block.setting.en.trim().replace(/\*\*/g, '').slice(0, 30), { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Patient')).toBeInTheDocument();

    await chooseByKeyboard('check-identity');
    await screen.findByRole('heading', { name: 'Decision 2' });
    expect(submitted).toHaveLength(1);
    const [first] = submitted as { registration: string; path: string[] }[];
    expect(first!.registration).toMatch(UUID);
    expect(first!.path).toEqual(['check-identity']);
    // Focus on what her choice led to: its feedback, then the next node.
    const now = screen.getByText(text('check-identity').feedback.en).closest('[tabindex="-1"]');
    await waitFor(() => expect(now).toHaveFocus());
    expect(now).toHaveTextContent('The best choice here: 2 of 2 points.');
    expect(now).toHaveTextContent('Narration');
    // No going back during a play.
    expect(screen.queryByRole('button', { name: 'Go back one step' })).toBeNull();

    await chooseByKeyboard('see-tonight');
    await screen.findByRole('heading', { name: 'How it ends' });
    expect(submitted.map((a) => (a as { registration: string }).registration)).toEqual([first!.registration, first!.registration]);
    expect((submitted[1] as { path: string[] }).path).toEqual(['check-identity', 'see-tonight']);
    expect(screen.getByText('Your score for this play: 5/5 points (100%).', { exact: false })).toHaveTextContent('Passed.');
    expect(screen.getAllByText('Ending:')[0]!.parentElement).toHaveTextContent(`Ending: ${block.endings[0]!.title.en}`);
  });

  it('stays on the same decision, and says so, when a choice cannot be saved', async () => {
    await renderBlock(block, { module: mod, language: 'en', submit: () => Promise.reject(new Error('disk full')) });
    await screen.findByRole('heading', { name: 'Decision 1' });
    await userEvent.click(screen.getByRole('radio', { name: text('check-identity').text.en }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm my choice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'Decision 1' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('refuses to go on without a choice, and says why', async () => {
    const { submitted } = await play();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm my choice' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what you do first.');
    expect(submitted).toEqual([]);
  });

  it('resumes after a reload at the same node, with the same variables: a late identity check is still not offered', async () => {
    const db = freshDatabase();
    await play(db);
    await chooseByKeyboard('check-identity');
    await screen.findByRole('heading', { name: 'Decision 2' });
    cleanup();

    await renderBlock(block, { module: mod, db, language: 'en' });
    await screen.findByRole('heading', { name: 'Decision 2' });
    expect(screen.getByText(text('check-identity').feedback.en)).toBeInTheDocument();
    const options = within(screen.getByRole('group', { name: 'What do you do?' })).getAllByRole('radio');
    expect(options.map((o) => o.closest('li')!.textContent)).toEqual([text('see-tonight').text.en, text('prescribe').text.en]);
  });

  it('after an ending shows her path beside the recommended one, her score and why it does not pass', async () => {
    await play();
    await chooseByKeyboard('skip-identity');
    await screen.findByRole('heading', { name: 'Decision 2' });
    await chooseByKeyboard('prescribe');
    await screen.findByRole('heading', { name: 'How it ends' });
    expect(screen.getByText('Outcome for the patient:').parentElement).toHaveTextContent('unsafe');
    expect(screen.getByText('Your score for this play: 0/5 points (0%).', { exact: false })).toHaveTextContent('Not passed: a critical (unsafe) choice fails the play.');
    const yours = screen.getByRole('region', { name: 'Your path' });
    expect(
      within(yours)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${text('skip-identity').text.en} (0 of 2 points; a better choice was possible)`, `${text('prescribe').text.en} (unsafe: 0 of 3 points)`]);
    const recommended = screen.getByRole('region', { name: 'The recommended path' });
    expect(
      within(recommended)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${text('check-identity').text.en} (2 of 2 points, the best here)`, `${text('see-tonight').text.en} (3 of 3 points, the best here)`]);
    expect(screen.getByText('Identity checked:', { exact: false })).toHaveTextContent('Identity checked: not done');
  });

  it('plays again as a new play, and explores the other branches without recording anything, going back as she likes', async () => {
    const { submitted } = await play();
    await chooseByKeyboard('check-identity');
    await screen.findByRole('heading', { name: 'Decision 2' });
    await chooseByKeyboard('see-tonight');
    await screen.findByRole('heading', { name: 'How it ends' });

    await userEvent.click(screen.getByRole('button', { name: 'Explore the other branches' }));
    await screen.findByText('Exploring the other branches: nothing is recorded, and your result stays as it was.');
    expect(screen.getByRole('heading', { name: 'Decision 1' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: text('skip-identity').text.en }));
    await userEvent.click(screen.getByRole('button', { name: 'Try this choice' }));
    await screen.findByRole('heading', { name: 'Decision 2' });
    expect(screen.getByRole('radio', { name: text('name-then-slot').text.en })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go back one step' }));
    await screen.findByRole('heading', { name: 'Decision 1' });
    await userEvent.click(screen.getByRole('button', { name: 'Stop exploring' }));
    await screen.findByRole('heading', { name: 'How it ends' });
    expect(submitted).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Play again' }));
    await screen.findByRole('heading', { name: 'Decision 1' });
    expect(screen.getByText('Your previous play counts until you make the first choice of this one.')).toBeInTheDocument();
    await chooseByKeyboard('skip-identity');
    await screen.findByRole('heading', { name: 'Decision 2' });
    const [firstPlay, , secondPlay] = submitted as { registration: string; path: string[] }[];
    expect(secondPlay!.path).toEqual(['skip-identity']);
    expect(secondPlay!.registration).not.toBe(firstPlay!.registration);
    expect(secondPlay!.registration).toMatch(UUID);
  });

  it('in the authors’ preview, plays through without a learner, nothing kept beyond the page', async () => {
    await renderBlock(block, { module: mod, language: 'fr', learnerId: null });
    await screen.findByRole('heading', { name: 'Décision 1' });
    await userEvent.click(screen.getByRole('radio', { name: text('check-identity').text.fr }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer mon choix' }));
    await screen.findByRole('heading', { name: 'Décision 2' });
    expect(screen.getByText('Récit')).toBeInTheDocument();
  });
});
