import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReflectionBlock as ReflectionBlockData } from '../../../core/content/schema';
import type { Language } from '../../../core/i18n';
import { ReflectionBlock } from '../../../renderer/src/blocks/reflection/ReflectionBlock';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import { getNote, saveNote } from '../../../renderer/src/db/notes';
import { sampleModule } from '../../fixtures/sample-module';
import { freshDatabase, renderWithServices } from './render-app';

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

/** Renders the block and waits until the saved note is read (the field is read-only until then). */
async function show(db: CareLitDatabase, { learnerId = 'amina' as string | null, language = 'en' as Language } = {}) {
  const utils = await renderWithServices(<ReflectionBlock block={block} module={mod} learnerId={learnerId} attempt={undefined} submit={jest.fn()} />, { db, language });
  await waitFor(() => expect(screen.getByRole('textbox')).not.toHaveAttribute('readonly'));
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
    expect(await getNote(db, key)).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    expect(await getNote(db, key)).toMatchObject({ text: 'Speech-to-text for my notes' });
    expect(screen.getByText('27 characters (at most 5,000)')).toBeVisible();
  });

  it('saves at once when she leaves the field', async () => {
    const db = freshDatabase();
    await show(db);
    await userEvent.type(field(), 'Triage');
    await userEvent.tab();
    // Well before the pause that would have saved it anyway.
    await waitFor(async () => expect(await getNote(db, key)).toMatchObject({ text: 'Triage' }), { timeout: 300 });
  });

  it('shows her note again when she comes back, even if she left before the pause', async () => {
    const db = freshDatabase();
    const first = await show(db, { language: 'fr' });
    await userEvent.type(screen.getByRole('textbox'), 'La dictée vocale');
    first.unmount();
    cleanup();

    await show(db, { language: 'fr' });
    expect(screen.getByRole('textbox')).toHaveValue('La dictée vocale');
  });

  it('opens with the note saved earlier and keeps saving her changes to it', async () => {
    const db = freshDatabase();
    await saveNote(db, key, 'Un premier jet');
    await show(db, { language: 'nl' });
    const textbox = screen.getByDisplayValue('Un premier jet');
    await userEvent.type(textbox, ', aangevuld');
    await waitFor(async () => expect(await getNote(db, key)).toMatchObject({ text: 'Un premier jet, aangevuld' }));
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
    expect(await db.notes.count()).toBe(0);
  });

  it('says so when the note could not be saved, and saves it on the next try', async () => {
    const db = freshDatabase();
    await show(db, { language: 'fr' });
    const put = jest.spyOn(db.notes, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await userEvent.type(screen.getByRole('textbox'), 'Une idée');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre note n’a pas pu être enregistrée.');

    await userEvent.click(screen.getByRole('textbox'));
    await userEvent.tab();
    await waitFor(async () => expect(await getNote(db, key)).toMatchObject({ text: 'Une idée' }));
    expect(put).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
