import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profession } from '../../../core/professions';
import { newCardMemory } from '../../../core/scheduling/fsrs';
import { App } from '../../../renderer/src/App';
import { createLearner } from '../../../renderer/src/db/learners';
import type { CardRow, ProgressRow } from '../../../renderer/src/db/rows';
import { useSession } from '../../../renderer/src/stores/session';
import { freshDatabase, renderWithServices } from './render-app';

/**
 * Three modules, listed in this order by the build: prompting and devices build on the basics;
 * prompting has more labs for physicians, devices more for physiotherapists. Each opens as the
 * sample module (four steps over three lessons) under its own id.
 */
jest.mock('virtual:carelit/catalogue', () => {
  const { moduleMeta } = jest.requireActual('../../../core/content/schema');
  const { sampleModule } = jest.requireActual('../../fixtures/sample-module');
  const variant = (id: string, en: string, estimatedMinutes: number, prerequisites: string[], practiceFor: object) => {
    const mod = { ...sampleModule(), id, estimatedMinutes, prerequisites, title: { fr: en, nl: en, en } };
    return { mod, meta: { ...moduleMeta(mod), practiceFor } };
  };
  const all = [
    variant('prompting', 'Prompting', 72, ['basics'], { physician: 2, physiotherapist: 1 }),
    variant('devices', 'Devices', 105, ['basics'], { physiotherapist: 2 }),
    variant('basics', 'Basics', 38, [], {}),
  ];
  return {
    catalogue: all.map((v) => v.meta),
    loaders: Object.fromEntries(all.map((v) => [v.mod.id, async () => ({ default: v.mod })])),
  };
});

const day = 24 * 60 * 60 * 1000;

const progress = (learnerId: string, moduleId: string, status: ProgressRow['status'], currentBlockId: string, passed = false): ProgressRow => ({
  learnerId,
  moduleId,
  moduleVersion: 1,
  status,
  registration: '99000000-0000-4000-8000-000000000000',
  currentBlockId,
  doneBlockIds: status === 'completed' ? ['intro', 'q-single', 'q-multiple', 'key-terms'] : ['intro', 'q-single'],
  timeSpentMs: 60_000,
  startedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:01:00.000Z',
  attempts:
    status === 'completed'
      ? [
          {
            registration: '11000000-0000-4000-8000-000000000000',
            moduleVersion: 1,
            startedAt: '2026-11-19T09:00:00.000Z',
            completedAt: '2026-11-19T09:30:00.000Z',
            score: passed ? 1 : 0,
            passed,
            timeSpentMs: 1_800_000,
          },
        ]
      : [],
});

function card(learnerId: string, termId: string, dueInMs: number): CardRow {
  const memory = { ...newCardMemory(new Date(Date.now() - 5 * day)), due: new Date(Date.now() + dueInMs).toISOString() };
  return { learnerId, moduleId: 'basics', termId, due: memory.due, memory };
}

async function homeOf(profession: Profession, rows: (learnerId: string) => ProgressRow[] = () => [], cards: (learnerId: string) => CardRow[] = () => []) {
  const db = freshDatabase();
  const learner = await createLearner(db, 'Dr Lina Haddad', profession);
  await db.progress.bulkPut(rows(learner.id));
  await db.cards.bulkAdd(cards(learner.id));
  act(() => useSession.setState({ learnerId: learner.id, view: { name: 'catalogue' } }));
  await renderWithServices(<App />, { db, language: 'en' });
  await screen.findByRole('heading', { level: 1, name: 'Modules' });
  return { db, learner };
}

const pathTitles = () =>
  within(screen.getByRole('list', { name: 'Your path' }))
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

beforeEach(() => {
  sessionStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'profiles' } });
});

describe('her home: a path for her profession', () => {
  it('puts the basics first, then the modules with most labs for her: prompting for a physician, devices for a physiotherapist', async () => {
    await homeOf('physician');
    expect(pathTitles()).toEqual(['Basics', 'Prompting', 'Devices']);
    expect(screen.getByText(/^Your profession: Physician\. 3 modules, about 3 hr 35 min in all\./)).toBeVisible();
    const prompting = screen.getByRole('article', { name: 'Prompting' });
    expect(within(prompting).getByText('Module 2 of 3')).toBeVisible();
    expect(within(prompting).getByText('2 exercises written for your profession come first')).toBeVisible();
    expect(within(screen.getByRole('article', { name: 'Basics' })).queryByText(/written for your profession/)).toBeNull();
  });

  it('gives a physiotherapist her own order', async () => {
    await homeOf('physiotherapist');
    expect(pathTitles()).toEqual(['Basics', 'Devices', 'Prompting']);
    expect(within(screen.getByRole('article', { name: 'Prompting' })).getByText('1 exercise written for your profession comes first')).toBeVisible();
  });

  it('says in words, before the bar, where she stands in each module and how long it takes', async () => {
    await homeOf('physician', (id) => [progress(id, 'prompting', 'in-progress', 'q-single')]);
    const prompting = screen.getByRole('article', { name: 'Prompting' });
    const words = within(prompting).getByText('In progress: 50%');
    const bar = within(prompting).getByRole('progressbar', { name: 'Progress in Prompting' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(words.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Prompting declares 72 minutes: said to the nearest 5.
    expect(within(prompting).getByText('About 1 hr 10 min')).toBeVisible();
  });

  it('suggests the prerequisites in words, without locking anything, until she has passed them', async () => {
    await homeOf('physician');
    const prompting = screen.getByRole('article', { name: 'Prompting' });
    expect(within(prompting).getByText('Suggested first: Basics')).toBeVisible();
    expect(within(prompting).getByRole('button', { name: 'Start the module Prompting' })).toBeEnabled();
    expect(within(screen.getByRole('article', { name: 'Basics' })).queryByText(/Suggested first/)).toBeNull();
  });

  it('no longer suggests a prerequisite she has passed', async () => {
    await homeOf('physician', (id) => [progress(id, 'basics', 'completed', 'key-terms', true)]);
    expect(within(screen.getByRole('article', { name: 'Prompting' })).queryByText(/Suggested first/)).toBeNull();
  });
});

describe('her next step, first on the page, with one button', () => {
  const nextStep = () => screen.getByRole('region', { name: 'Your next step' });

  it('starts her path at the basics, before anything else on the page', async () => {
    await homeOf('physician');
    const panel = nextStep();
    expect(within(panel).getAllByRole('button')).toHaveLength(1);
    expect(within(panel).getByRole('button', { name: 'Start ‘Basics’' })).toBeVisible();
    const h1 = screen.getByRole('heading', { level: 1, name: 'Modules' });
    const firstAfterTitle = h1.nextElementSibling;
    expect(firstAfterTitle).toBe(panel);
  });

  it('goes on with the module her profession needs most once the basics are passed', async () => {
    await homeOf('physiotherapist', (id) => [progress(id, 'basics', 'completed', 'key-terms', true)]);
    expect(within(nextStep()).getByRole('button', { name: 'Start ‘Devices’' })).toBeVisible();
  });

  it('continues the module she has open, in the lesson she reached, and the button opens it there', async () => {
    await homeOf('physician', (id) => [progress(id, 'devices', 'in-progress', 'q-multiple')]);
    await userEvent.click(within(nextStep()).getByRole('button', { name: 'Continue ‘Devices’, lesson 2' }));
    expect(useSession.getState().view).toEqual({ name: 'player', moduleId: 'devices' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Second lesson' })).toBeVisible();
    expect(screen.getByText('Step 3 of 4')).toBeVisible();
  });

  it('offers to take again a module not yet passed', async () => {
    await homeOf('physician', (id) => [progress(id, 'basics', 'completed', 'key-terms', false)]);
    expect(within(nextStep()).getByRole('button', { name: 'Take ‘Basics’ again' })).toBeVisible();
  });

  it('says so when every module of her path is passed, with nothing to click', async () => {
    await homeOf('physician', (id) => ['basics', 'prompting', 'devices'].map((m) => progress(id, m, 'completed', 'key-terms', true)));
    expect(within(nextStep()).getByText('You have passed every module of your path. Well done!')).toBeVisible();
    expect(within(nextStep()).queryByRole('button')).toBeNull();
  });
});

describe('cards to review, only when some are due', () => {
  it('shows how many are due, with the button to review them', async () => {
    await homeOf(
      'physician',
      () => [],
      (id) => [card(id, 'hallucination', -day), card(id, 'prompt', -day), card(id, 'removed-term', 2 * day)],
    );
    const panel = screen.getByRole('region', { name: '2 cards to review today' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Review now' }));
    expect(useSession.getState().view).toEqual({ name: 'review' });
  });

  it('shows nothing of cards when none is due today', async () => {
    await homeOf(
      'physician',
      () => [],
      (id) => [card(id, 'prompt', 2 * day)],
    );
    expect(screen.queryByRole('region', { name: /to review today/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Review now' })).toBeNull();
  });
});
