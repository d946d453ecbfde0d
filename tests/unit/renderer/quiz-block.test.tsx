import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuizBlock } from '../../../renderer/src/blocks/quiz/QuizBlock';
import type { AttemptRow } from '../../../renderer/src/db/rows';
import { sampleModule, sampleQuiz } from '../../fixtures/sample-module';
import { renderWithServices } from './render-app';

const mod = sampleModule();
const attempt = (selected: string[], correct: boolean): AttemptRow & { answer: { selected: string[] } } => ({
  id: 'a1', learnerId: 'l', moduleId: mod.id, moduleVersion: 1, blockId: 'q-multiple', answer: { selected },
  score: { raw: correct ? 1 : 0, max: 1, scaled: correct ? 1 : 0, correct }, durationMs: 1, answeredAt: '', statementId: 's',
});

describe('quiz block', () => {
  it('asks to choose before checking, then submits the chosen options in their listed order', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderWithServices(<QuizBlock block={sampleQuiz(mod, 'q-multiple')} module={mod} learnerId="l" attempt={undefined} submit={submit} />, { language: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
    expect(submit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'A blood pressure' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'A diagnosis' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(submit).toHaveBeenCalledWith({ selected: ['diagnosis', 'bp'] });
  });

  it('works with the keyboard alone: arrows pick a radio, Enter checks', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderWithServices(<QuizBlock block={sampleQuiz(mod, 'q-single')} module={mod} learnerId="l" attempt={undefined} submit={submit} />, { language: 'en' });
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'The professional' })).toHaveFocus();
    await userEvent.keyboard(' {ArrowDown}');
    expect(screen.getByRole('radio', { name: 'The tool' })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledWith({ selected: ['tool'] });
  });

  it('after answering shows the saved choice, every option’s feedback and the explanation, locked', async () => {
    await renderWithServices(
      <QuizBlock block={sampleQuiz(mod, 'q-multiple')} module={mod} learnerId="l" attempt={attempt(['diagnosis', 'weather'], false)} submit={jest.fn()} />,
      { language: 'nl' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Niet helemaal.');
    expect(screen.getByRole('checkbox', { name: /Het weer \(jouw keuze\)/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Een bloeddruk \(juist antwoord\)/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Een diagnose \(jouw keuze, juist antwoord\)/ })).toBeDisabled();
    expect(screen.getByText('Art. 4(15) AVG.')).toBeVisible();
    expect(screen.getAllByText(/^(Ja|Nee)\.$/)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Controleer mijn antwoord' })).toBeNull();
  });

  it('says so when the answer could not be saved, and keeps the choice for another try', async () => {
    const submit = jest.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    await renderWithServices(<QuizBlock block={sampleQuiz(mod, 'q-single')} module={mod} learnerId="l" attempt={undefined} submit={submit} />, { language: 'fr' });
    await userEvent.click(screen.getByRole('radio', { name: 'Le professionnel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre réponse n’a pas pu être enregistrée');
    expect(screen.getByRole('radio', { name: 'Le professionnel' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    expect(submit).toHaveBeenCalledTimes(2);
  });
});
