import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleModule, sampleQuiz } from '../../../../tests/fixtures/sample-module';
import { renderBlock, savedTry } from '../../../../tests/unit/renderer/render-block';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';

const mod = sampleModule();

describe('quiz block', () => {
  it('asks to choose before checking, then submits the chosen options in their listed order', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(sampleQuiz(mod, 'q-multiple'), { submit });
    await userEvent.click(await screen.findByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
    expect(submit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'A blood pressure' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'A diagnosis' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(submit).toHaveBeenCalledWith({ selected: ['diagnosis', 'bp'] });
  });

  it('works with the keyboard alone: arrows pick a radio, Enter checks', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(sampleQuiz(mod, 'q-single'), { submit });
    await screen.findByRole('radio', { name: 'The professional' });
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'The professional' })).toHaveFocus();
    await userEvent.keyboard(' {ArrowDown}');
    expect(screen.getByRole('radio', { name: 'The tool' })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledWith({ selected: ['tool'] });
  });

  it('after answering shows the saved choice, core’s verdict on every option with its feedback, and the explanation, locked', async () => {
    const db = freshDatabase();
    await savedTry(db, sampleQuiz(mod, 'q-multiple'), { selected: ['diagnosis', 'weather'] });
    await renderBlock(sampleQuiz(mod, 'q-multiple'), { db, language: 'nl' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Niet helemaal.'));
    expect(screen.getByRole('checkbox', { name: /Het weer \(jouw keuze\)/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Een bloeddruk \(juist antwoord\)/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Een diagnose \(jouw keuze, juist antwoord\)/ })).toBeDisabled();
    expect(screen.getByText('Art. 4(15) AVG.')).toBeVisible();
    expect(screen.getAllByText(/^(Ja|Nee)\.$/)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Controleer mijn antwoord' })).toBeNull();
  });

  it('says so when the answer could not be saved, and keeps the choice for another try', async () => {
    const submit = jest.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    await renderBlock(sampleQuiz(mod, 'q-single'), { submit, language: 'fr' });
    await userEvent.click(await screen.findByRole('radio', { name: 'Le professionnel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre réponse n’a pas pu être enregistrée');
    expect(screen.getByRole('radio', { name: 'Le professionnel' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('keeps what she ticked before answering: a reload shows the same choice', async () => {
    const db = freshDatabase();
    const first = await renderBlock(sampleQuiz(mod, 'q-multiple'), { db });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'A diagnosis' }));
    first.unmount();
    await waitFor(async () => expect((await db.blockStates.toArray()).map((r) => r.state)).toEqual([{ selected: ['diagnosis'] }]));
    await renderBlock(sampleQuiz(mod, 'q-multiple'), { db });
    expect(await screen.findByRole('checkbox', { name: 'A diagnosis' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A blood pressure' })).not.toBeChecked();
  });
});
