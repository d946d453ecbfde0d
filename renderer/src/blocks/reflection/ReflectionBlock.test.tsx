import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReflectionBlock as ReflectionBlockData } from '../../../../core/blocks/reflection/definition';
import type { Language } from '../../../../core/i18n';
import { sampleModule } from '../../../../tests/fixtures/sample-module';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { renderBlock } from '../../../../tests/unit/renderer/render-block';
import { getBlockState, putBlockState } from '../../db/block-states';
import type { CareLitDatabase } from '../../db/database';

const mod = sampleModule();
const block: ReflectionBlockData = {
  id: 'my-practice',
  type: 'reflection',
  prompt: {
    fr: 'Où utilisez-vous déjà l’IA dans votre travail ?',
    nl: 'Waar gebruik je AI al in je werk?',
    en: 'Where do you already use AI in your work?',
  },
  hint: { fr: 'Pensez à votre dernière garde.', nl: 'Denk aan je laatste dienst.', en: 'Think of your last shift.' },
};
const key = { learnerId: 'amina', moduleId: mod.id, blockId: block.id };
const note = async (db: CareLitDatabase) => ((await getBlockState(db, key)) as { text: string } | undefined)?.text;

/** Renders the block once its saved note is read. */
async function show(db: CareLitDatabase, { learnerId = 'amina' as string | null, language = 'en' as Language } = {}) {
  const utils = await renderBlock(block, { db, learnerId, language });
  await screen.findByRole('textbox');
  return utils;
}
const field = () => screen.getByRole('textbox', { name: 'Where do you already use AI in your work?' });
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('reflection block', () => {
  it('is a labelled field that says it is private, with the hint and the length limit', async () => {
    await show(freshDatabase());
    expect(field()).toHaveAccessibleDescription(
      'Think of your last shift. Private: this note stays on this computer. It is never scored and never shared. 0 characters (at most 5,000)',
    );
    expect(field()).toHaveAttribute('maxLength', '5000');
  });

  it('saves what she types once she pauses, not on every keystroke, and says it is saved', async () => {
    const db = freshDatabase();
    await show(db);
    await userEvent.type(field(), 'Speech-to-text for my notes');
    expect(await note(db)).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    expect(await note(db)).toBe('Speech-to-text for my notes');
    expect(screen.getByText('27 characters (at most 5,000)')).toBeVisible();
  });

  it('saves at once when she leaves the field', async () => {
    const db = freshDatabase();
    await show(db);
    await userEvent.type(field(), 'Triage');
    await userEvent.tab();
    // Well before the pause that would have saved it anyway.
    await waitFor(async () => expect(await note(db)).toBe('Triage'), { timeout: 300 });
  });

  it('shows her note again when she comes back, even if she left before the pause', async () => {
    const db = freshDatabase();
    const first = await show(db, { language: 'fr' });
    await userEvent.type(screen.getByRole('textbox'), 'La dictée vocale');
    first.unmount();
    cleanup();

    await show(db, { language: 'fr' });
    await waitFor(() => expect(screen.getByRole('textbox')).toHaveValue('La dictée vocale'));
  });

  it('keeps what she typed when the page is hidden (a closed window, a crash after it), before the pause', async () => {
    const db = freshDatabase();
    await show(db);
    await userEvent.type(field(), 'Half a thought');
    await act(async () => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(async () => expect(await note(db)).toBe('Half a thought'), { timeout: 300 });
  });

  it('opens with the note saved earlier and keeps saving her changes to it', async () => {
    const db = freshDatabase();
    await putBlockState(db, key, { text: 'Un premier jet' });
    await show(db, { language: 'nl' });
    const textbox = screen.getByDisplayValue('Un premier jet');
    await userEvent.type(textbox, ', aangevuld');
    await waitFor(async () => expect(await note(db)).toBe('Un premier jet, aangevuld'));
    expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen');
  });

  it('in the authors’ preview keeps the text on screen, says nothing is saved, and never writes to the database', async () => {
    const db = freshDatabase();
    await show(db, { learnerId: null });
    expect(screen.getByText('Preview: nothing you type here is saved.')).toBeVisible();
    await userEvent.type(field(), 'Testing the block');
    await userEvent.tab();
    await pause(700);
    expect(field()).toHaveValue('Testing the block');
    expect(await db.blockStates.count()).toBe(0);
  });

  it('says so when the note could not be saved, and saves it on the next try', async () => {
    const db = freshDatabase();
    await show(db, { language: 'fr' });
    const put = jest.spyOn(db.blockStates, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await userEvent.type(screen.getByRole('textbox'), 'Une idée');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre note n’a pas pu être enregistrée.');

    await userEvent.click(screen.getByRole('textbox'));
    await userEvent.tab();
    await waitFor(async () => expect(await note(db)).toBe('Une idée'));
    expect(put).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
