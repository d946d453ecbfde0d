import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import { createLearner } from '../../../renderer/src/db/learners';
import { useSession } from '../../../renderer/src/stores/session';
import { loaders } from '../../fixtures/catalogue';
import { sampleModule } from '../../fixtures/sample-module';
import { freshDatabase, renderWithServices } from './render-app';

/** The sample module: lesson 1 = a text and a quiz, lesson 2 = a quiz, lesson 3 = flashcards; passing score 50 %. */
const mod = sampleModule();

beforeEach(() => {
  sessionStorage.clear();
  loaders[mod.id] = async () => ({ default: mod });
});

async function openModule(language: 'en' | 'fr' | 'nl' = 'en') {
  const db = freshDatabase();
  const learner = await createLearner(db, 'Amina Benali', 'nurse');
  useSession.setState({ learnerId: learner.id, view: { name: 'player', moduleId: mod.id } });
  await renderWithServices(<App />, { db, language });
  return { db, learner, outline: within(await screen.findByRole('navigation', { name: /Lessons|Leçons|Lessen/ })) };
}

/** The outline's lessons as a learner reads them, one line each. */
const lessonLines = (outline: ReturnType<typeof within>) => outline.getAllByRole('listitem').map((li: HTMLElement) => li.textContent);

async function answerFirstQuiz(right: boolean) {
  await userEvent.click(await screen.findByRole('radio', { name: right ? 'The professional' : 'The tool' }));
  await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
  await screen.findByText('The professional validates.');
}

describe('the outline of a module', () => {
  it('lists the lessons, marks hers as the current step, and offers none she has not reached', async () => {
    const { outline } = await openModule();
    expect(lessonLines(outline)).toEqual(['●Lesson 1: First lesson, you are here', 'Lesson 2: Second lesson, not reached yet', 'Lesson 3: Third lesson, not reached yet']);
    expect(outline.getByText('Lesson 1: First lesson').closest('[aria-current]')).toHaveAttribute('aria-current', 'step');
    // Only the disclosure button: no lesson to go to yet.
    expect(outline.getAllByRole('button')).toHaveLength(1);
  });

  it('folds into its heading button, and opens again, by keyboard', async () => {
    const { outline } = await openModule();
    const toggle = outline.getByRole('button', { name: 'Lessons (0 of 3 done)' });
    toggle.focus();
    const open = toggle.getAttribute('aria-expanded') === 'true';
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', String(!open));
    expect(outline.queryAllByRole('listitem')).toHaveLength(open ? 0 : 3);
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', String(open));
  });

  it('ends a lesson with a moment: her score in words, the next lesson, and Continue focused; then the outline lets her back', async () => {
    await openModule();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await answerFirstQuiz(false);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const moment = within(await screen.findByRole('region', { name: 'Lesson 1 done: “First lesson”' }));
    expect(moment.getByText('Exercises done in this lesson: 1 of 1.')).toBeVisible();
    expect(
      moment.getByText('Your score on these exercises: 0%, not yet passed (the passing score is 50%). What counts is your score on the whole module, at its end.'),
    ).toBeVisible();
    expect(moment.getByText('Next: lesson 2, “Second lesson”.')).toBeVisible();
    const goOn = moment.getByRole('button', { name: 'Continue' });
    await waitFor(() => expect(goOn).toHaveFocus());
    expect(screen.queryByRole('navigation', { name: /Lessons/ })).toBeNull();

    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Second lesson' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Step 3 of 4')).toBeVisible();
    const outline = within(screen.getByRole('navigation', { name: 'Lessons (1 of 3 done)' }));
    expect(lessonLines(outline)).toEqual(['✓Lesson 1: First lesson, done', '●Lesson 2: Second lesson, you are here', 'Lesson 3: Third lesson, not reached yet']);

    // Back to lesson 1 by the outline; lesson 2 stays open to her, lesson 3 does not (its quiz is not answered).
    await userEvent.click(outline.getByRole('button', { name: /Lesson 1: First lesson/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'First lesson' })).toHaveFocus();
    expect(screen.getByText('Step 1 of 4')).toBeVisible();
    const back = within(screen.getByRole('navigation', { name: /Lessons/ }));
    expect(back.getByRole('button', { name: /Lesson 2: Second lesson/ })).toBeVisible();
    expect(back.queryByRole('button', { name: /Lesson 3/ })).toBeNull();
  });

  it('says a lesson passed when her score on it reaches the passing score, in French', async () => {
    await openModule('fr');
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Le professionnel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier ma réponse' }));
    await screen.findByText('Le professionnel valide.');
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    const moment = within(await screen.findByRole('region', { name: 'Leçon 1 terminée : « Première leçon »' }));
    expect(moment.getByText('Votre score à ces exercices : 100 %, réussi (le seuil de réussite est de 50 %).')).toBeVisible();
  });
});
