import { webcrypto } from 'node:crypto';
import { TextEncoder as NodeTextEncoder } from 'node:util';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { certificateCode } from '../../../core/cohort/certificate';
import { App } from '../../../renderer/src/App';
import { createLearner } from '../../../renderer/src/db/learners';
import type { CompletedAttempt, ProgressRow } from '../../../renderer/src/db/rows';
import { completeModule, saveAnswer } from '../../../renderer/src/db/study';
import { useSession } from '../../../renderer/src/stores/session';
import { sampleModule, sampleQuiz } from '../../fixtures/sample-module';
import { freshDatabase, renderWithServices, testPlatform } from './render-app';

/** The sample module: two quizzes, passing score 50 %; four steps. */
const mod = sampleModule();

beforeAll(() => {
  // jsdom has no WebCrypto: the certificate's code is derived with Node's, as Chromium's would.
  Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle, configurable: true });
  Object.defineProperty(globalThis, 'TextEncoder', { value: NodeTextEncoder, configurable: true, writable: true });
});
beforeEach(() => {
  sessionStorage.clear();
});

const completion = (score: number, passed: boolean, day: string): CompletedAttempt => ({
  registration: `${day.slice(-2)}000000-0000-4000-8000-000000000000`,
  moduleVersion: 1,
  startedAt: `${day}T09:00:00.000Z`,
  completedAt: `${day}T09:30:00.000Z`,
  score,
  passed,
  timeSpentMs: 1_800_000,
});
const progress = (learnerId: string, status: ProgressRow['status'], attempts: CompletedAttempt[], doneBlockIds: string[] = []): ProgressRow => ({
  learnerId,
  moduleId: mod.id,
  moduleVersion: 1,
  status,
  registration: '99000000-0000-4000-8000-000000000000',
  currentBlockId: 'q-single',
  doneBlockIds,
  timeSpentMs: 60_000,
  startedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:01:00.000Z',
  attempts,
});

async function catalogueWith(row: ((learnerId: string) => ProgressRow) | null) {
  const db = freshDatabase();
  const learner = await createLearner(db, 'Amina Benali', 'nurse');
  if (row) await db.progress.put(row(learner.id));
  useSession.setState({ learnerId: learner.id, view: { name: 'catalogue' } });
  await renderWithServices(<App />, { db, language: 'en' });
  return { db, learner, card: await screen.findByRole('article', { name: 'Sample module' }) };
}

describe('the module list says where she stands, in words', () => {
  it.each([
    ['not started', null, 'Not started', 'not-started', 'Start the module Sample module'],
    ['in progress', (id: string) => progress(id, 'in-progress', [], ['intro']), 'In progress: 25%', 'in-progress', 'Resume the module Sample module'],
    [
      'not yet passed',
      (id: string) => progress(id, 'completed', [completion(0, false, '2026-11-18')]),
      'Not yet passed: score 0%, passing score 50%',
      'not-yet-passed',
      'Take the module Sample module again',
    ],
    [
      'taking it again',
      (id: string) => progress(id, 'in-progress', [completion(0, false, '2026-11-18')], ['intro']),
      'Attempt 2 in progress: 25%',
      'in-progress',
      'Resume the module Sample module',
    ],
    [
      'passed',
      (id: string) => progress(id, 'completed', [completion(0, false, '2026-11-18'), completion(1, true, '2026-11-19')]),
      'Passed, score 100%',
      'passed',
      'Review the module Sample module',
    ],
  ] as const)('%s', async (_state, row, words, state, action) => {
    const { card } = await catalogueWith(row);
    const status = within(card).getByText(words);
    expect(status).toHaveAttribute('data-state', state);
    expect(within(card).getByRole('button', { name: action })).toBeVisible();
  });

  it('shows, below the passing score, the rule that says which attempt counts, and offers her results too', async () => {
    const { card } = await catalogueWith((id) => progress(id, 'completed', [completion(0, false, '2026-11-18')]));
    expect(within(card).getByText('Your best attempt counts, and once you pass a module, it stays passed.')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'My results in the module Sample module' })).toBeVisible();
    expect(within(card).queryByRole('button', { name: /Certificate/ })).toBeNull();
  });

  it('while she takes it again, still says it is not yet passed, with her best score', async () => {
    const { card } = await catalogueWith((id) => progress(id, 'in-progress', [completion(0, false, '2026-11-18')], ['intro']));
    expect(within(card).getByText('Not yet passed: score 0%, passing score 50%')).toBeVisible();
  });

  it('offers the certificate of a module passed, and never calls a module passed by colour alone', async () => {
    const { card } = await catalogueWith((id) => progress(id, 'completed', [completion(1, true, '2026-11-19')]));
    expect(within(card).getByRole('button', { name: 'Certificate for the module Sample module' })).toBeVisible();
    expect(within(card).getByText('Passed, score 100%')).toBeVisible();
  });

  it('starts a new attempt from the list: the module opens on its first step', async () => {
    const { db, learner, card } = await catalogueWith((id) => progress(id, 'completed', [completion(0, false, '2026-11-18')]));
    await userEvent.click(within(card).getByRole('button', { name: 'Take the module Sample module again' }));
    expect(await screen.findByText('Step 1 of 4')).toBeVisible();
    expect(await db.progress.get([learner.id, mod.id])).toMatchObject({ status: 'in-progress', doneBlockIds: [], attempts: [{ score: 0, passed: false }] });
  });
});

describe('the end of a module below the passing score', () => {
  async function failedModule() {
    const db = freshDatabase();
    const learner = await createLearner(db, 'Amina Benali', 'nurse');
    const ctx = { db, learner, module: mod, language: 'en' as const };
    await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['tool'] }, 5_000);
    await saveAnswer(ctx, sampleQuiz(mod, 'q-multiple'), { selected: ['weather'] }, 5_000);
    await completeModule(ctx, 'key-terms', 1_000);
    useSession.setState({ learnerId: learner.id, view: { name: 'player', moduleId: mod.id } });
    await renderWithServices(<App />, { db, language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Module completed' });
    return { db, learner };
  }

  it('says "not yet passed", her score and the passing score, and offers to take the module again', async () => {
    await failedModule();
    expect(screen.getByText('Your score: 0%')).toBeVisible();
    expect(screen.getByText('Not yet passed: the passing score is 50%.')).toBeVisible();
    expect(screen.getByText('Your best attempt counts, and once you pass a module, it stays passed.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Take the module again' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'My certificate' })).toBeNull();
  });

  it('takes her through the module again, her first answers gone from the exercises, and ends passed with both attempts listed', async () => {
    const { db, learner } = await failedModule();
    await userEvent.click(screen.getByRole('button', { name: 'Take the module again' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'First lesson' });
    expect(screen.getByText('Step 1 of 4')).toBeVisible();
    await waitFor(() => expect(heading).toHaveFocus());

    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    // Her first attempt's answer is not on the quiz: it is open again.
    const right = await screen.findByRole('radio', { name: 'The professional' });
    expect(right).not.toBeChecked();
    expect(right).toBeEnabled();
    await userEvent.click(right);
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    await screen.findByText('The professional validates.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('region', { name: 'Lesson 1 done: “First lesson”' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'A diagnosis' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'A blood pressure' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    await screen.findByText('GDPR Art. 4(15).');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('region', { name: 'Lesson 2 done: “Second lesson”' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Finish the module' }));

    await screen.findByRole('heading', { level: 1, name: 'Module completed' });
    expect(screen.getByText('Your score: 100%')).toBeVisible();
    expect(screen.getByText('Passed: the passing score is 50%.')).toBeVisible();
    const history = within(screen.getByRole('region', { name: 'Your attempts' }));
    const items = history.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Attempt 1, .+: 0%, below the passing score$/);
    expect(items[1]).toMatch(/^Attempt 2, .+: 100%, passed \(this one counts\)$/);
    expect(screen.getByRole('button', { name: 'My certificate' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Take the module again' })).toBeNull();
    // Both attempts' answers are kept: her history and her export.
    expect(await db.attempts.where('learnerId').equals(learner.id).count()).toBe(4);
  });
});

describe('her certificate', () => {
  it('names her, the module, its version and hours, the objectives, the date passed and a verification code, and prints through the platform', async () => {
    const db = freshDatabase();
    const learner = await createLearner(db, 'Amina Benali', 'nurse');
    await db.progress.put(progress(learner.id, 'completed', [completion(0, false, '2026-11-18'), completion(1, true, '2026-11-19')]));
    useSession.setState({ learnerId: learner.id, view: { name: 'certificate', moduleId: mod.id } });
    const print = jest.spyOn(testPlatform, 'printPage');
    try {
      await renderWithServices(<App />, { db, language: 'en' });
      const certificate = await screen.findByRole('article', { name: 'Training certificate' });
      const inside = within(certificate);
      expect(inside.getByText('Amina Benali')).toBeVisible();
      expect(inside.getByText('passed the CareLit module “Sample module” on 19 November 2026.')).toBeVisible();
      expect(inside.getByText('Know the basics.')).toBeVisible();
      expect(inside.getByText('5 min')).toBeVisible();
      expect(inside.getByText('100% (passing score 50%)')).toBeVisible();
      // The code her trainer's area finds from the same pass in her progress file.
      const expected = await certificateCode({ account: learner.accountName, moduleId: mod.id, moduleVersion: 1, completedAt: '2026-11-19T09:30:00.000Z' });
      expect(await inside.findByText(expected)).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalledWith({ suggestedName: 'carelit-certificate-sample-amina-benali.pdf' });
      expect(await screen.findByText('The print window is open: choose a printer, or “Save as PDF”.')).toBeVisible();
    } finally {
      print.mockRestore();
    }
  });

  it('is not given for a module not passed', async () => {
    const db = freshDatabase();
    const learner = await createLearner(db, 'Amina Benali', 'nurse');
    await db.progress.put(progress(learner.id, 'completed', [completion(0, false, '2026-11-18')]));
    useSession.setState({ learnerId: learner.id, view: { name: 'certificate', moduleId: mod.id } });
    await renderWithServices(<App />, { db, language: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no certificate for this module: it is not passed yet.');
    await act(async () => undefined);
  });
});
