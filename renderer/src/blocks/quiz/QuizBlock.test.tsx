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

  it('works with the keyboard alone, in the order she sees: arrows pick a radio, Enter checks', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(sampleQuiz(mod, 'q-single'), { submit });
    await screen.findByRole('radio', { name: 'The professional' });
    const [first, second] = screen.getAllByRole<HTMLInputElement>('radio');
    await userEvent.tab();
    expect(first).toHaveFocus();
    await userEvent.keyboard(' {ArrowDown}');
    expect(second).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledWith({ selected: [second!.value] });
  });

  describe('the order of the options', () => {
    const quiz = sampleQuiz(mod, 'q-multiple');
    const shown = () => screen.getAllByRole<HTMLInputElement>('checkbox').map((box) => box.value);
    async function orderFor(learnerId: string | null, language: 'fr' | 'nl' | 'en' = 'en') {
      const view = await renderBlock(quiz, { learnerId, language });
      await screen.findAllByRole('checkbox');
      const order = shown();
      view.unmount();
      return order;
    }

    it('is her own, the same on every visit and in every language', async () => {
      const order = await orderFor('amina');
      expect([...order].sort()).toEqual(quiz.options.map((o) => o.id).sort());
      expect(await orderFor('amina', 'nl')).toEqual(order);
      expect(await orderFor('amina', 'fr')).toEqual(order);
    });

    it('differs from learner to learner, so the right answer is not always in the same place', async () => {
      const orders = [];
      for (const learner of ['amina', 'bram', 'chloe', 'dries', 'elif', 'fien', 'gaspard', 'hanne']) orders.push((await orderFor(learner)).join());
      expect(new Set(orders).size).toBeGreaterThan(1);
    });

    it('is the same in every column of the authors’ preview', async () => {
      const order = await orderFor(null, 'fr');
      expect(await orderFor(null, 'en')).toEqual(order);
    });

    it('keeps a pinned option in its place for every learner', async () => {
      const none = { id: 'none', pinned: true, correct: false, text: { fr: 'Aucune', nl: 'Geen', en: 'None of these' }, feedback: { fr: 'Non.', nl: 'Nee.', en: 'No.' } };
      const pinned = { ...quiz, options: [...quiz.options, none] };
      for (const learnerId of ['amina', 'bram', 'chloe']) {
        const view = await renderBlock(pinned, { learnerId });
        await screen.findAllByRole('checkbox');
        expect(shown().at(-1)).toBe('none');
        view.unmount();
      }
    });
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
