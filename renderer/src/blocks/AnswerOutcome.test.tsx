import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CategorizeBlock } from '../../../core/blocks/categorize/definition';
import { moduleWithExample } from '../../../tests/fixtures/examples';
import { sampleModule, sampleQuiz } from '../../../tests/fixtures/sample-module';
import { freshDatabase } from '../../../tests/unit/renderer/render-app';
import { renderBlock, savedTry } from '../../../tests/unit/renderer/render-block';

const mod = sampleModule();
const sorting = moduleWithExample('categorize');
const categorize = sorting.block as CategorizeBlock;

/** Hosted as in the player: her answer is saved, then read back, as the player does it. */
async function answered(block: Parameters<typeof savedTry>[1], module = mod) {
  const db = freshDatabase();
  await renderBlock(block, { db, module, submit: (answer) => savedTry(db, block, answer, { module }) });
  return db;
}

describe('after “Check my answer”', () => {
  it('focus moves to the quiz’s result, not to the page', async () => {
    await answered(sampleQuiz(mod, 'q-single'));
    await userEvent.click(await screen.findByRole('radio', { name: 'The professional' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Correct.'));
    expect(screen.getByRole('status')).toHaveFocus();
    expect(document.body).not.toHaveFocus();
  });

  it('focus moves to the sorting exercise’s result, with the keyboard alone', async () => {
    await answered(categorize, sorting.mod);
    await screen.findByRole('group', { name: 'Cards to sort' });
    // Each card in turn has focus: Space picks it up, its group's number aims, Enter puts it there.
    await userEvent.tab();
    for (let n = 0; n < categorize.items.length; n++) {
      const item = categorize.items.find((i) => i.text.en === document.activeElement?.textContent)!;
      await userEvent.keyboard(` ${categorize.groups.findIndex((g) => g.id === item.group) + 1}{Enter}`);
    }
    const check = screen.getByRole('button', { name: 'Check my answer' });
    for (let presses = 0; presses < 5 && document.activeElement !== check; presses++) await userEvent.tab();
    expect(check).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent(/\d+ of \d+/));
    expect(screen.getAllByRole('status')[0]).toHaveFocus();
  });

  it('a block opened already answered leaves focus where the page put it', async () => {
    const db = freshDatabase();
    const quiz = sampleQuiz(mod, 'q-single');
    await savedTry(db, quiz, { selected: ['tool'] });
    await renderBlock(quiz, { db });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Not quite.'));
    expect(screen.getByRole('status')).not.toHaveFocus();
  });
});
