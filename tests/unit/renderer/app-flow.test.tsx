import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import { boot } from '../../../renderer/src/boot';
import { readLanguageHint } from '../../../renderer/src/db/language-hint';
import { rootFor } from '../../../renderer/src/root';
import { useSession } from '../../../renderer/src/stores/session';
import { freshDatabase, renderWithServices, testPlatform } from './render-app';

beforeEach(() => {
  sessionStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'profiles' } });
});

/** Apps booted by a test, taken down after it as the testing library does with what it renders. */
const booted: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const takeDown of booted.splice(0)) await takeDown();
});

/** A first start on this computer, as the app boots (the system's language is English here), then her profile. */
async function onboard(name = 'Sofie Claes') {
  const db = freshDatabase();
  localStorage.clear();
  const container = document.body.appendChild(document.createElement('div'));
  let up = true;
  const unmount = async () => {
    if (!up) return;
    up = false;
    await act(async () => rootFor(container).unmount());
    container.remove();
  };
  booted.push(unmount);
  // Not awaited: the first start waits for her choice.
  await act(async () => void boot(container, { db, platform: testPlatform }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Choose your language' })).toBeVisible();
  await userEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
  await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await userEvent.type(await screen.findByRole('textbox', { name: 'Weergavenaam' }), name);
  await userEvent.click(screen.getByRole('radio', { name: 'Kinesitherapeut' }));
  await userEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
  return { db, unmount };
}

describe('a learner’s way through the app', () => {
  it('chooses her language, creates her profile and sees the catalogue with the module not started', async () => {
    const { db } = await onboard();
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    expect(document.documentElement.lang).toBe('nl');
    const card = screen.getByRole('article', { name: 'Testmodule' });
    expect(within(card).getByText('Nog niet begonnen')).toBeVisible();
    expect(within(card).getByText('Ongeveer 5 min')).toBeVisible();
    expect(await db.learners.toArray()).toMatchObject([{ displayName: 'Sofie Claes', profession: 'physiotherapist' }]);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'nl' });
    expect(readLanguageHint()).toBe('nl');
  });

  it('refuses an empty display name with a message tied to the field', async () => {
    await renderWithServices(<App />, { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Create my profile' }));
    const field = screen.getByRole('textbox', { name: 'Display name' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter a display name.');
  });

  it('after a reload mid-quiz, resumes on the same question with her answer kept', async () => {
    const { db, unmount } = await onboard();
    await userEvent.click(await screen.findByRole('button', { name: 'Beginnen met de module Testmodule' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Verder' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'De zorgverlener' }));
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));
    expect(await screen.findByText('Juist.')).toBeVisible();

    await unmount();
    cleanup();
    await act(async () => {
      await useSession.persist.rehydrate();
    });
    await renderWithServices(<App />, { db, language: 'nl' });
    expect(await screen.findByText('Stap 2 van 4')).toBeVisible();
    expect(await screen.findByRole('radio', { name: /De zorgverlener \(jouw keuze, juist antwoord\)/ })).toBeChecked();
    expect(screen.getByText('Juist.')).toBeVisible();
  });

  it('switches language in the middle of a module without losing her place', async () => {
    await onboard();
    await userEvent.click(await screen.findByRole('button', { name: 'Beginnen met de module Testmodule' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Wie blijft verantwoordelijk?')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Who stays accountable?')).toBeVisible();
    expect(screen.getByText('Step 2 of 4')).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('finishes the module and sees it passed in the catalogue with its score', async () => {
    await onboard();
    await userEvent.click(await screen.findByRole('button', { name: 'Beginnen met de module Testmodule' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Verder' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'De zorgverlener' }));
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));
    await screen.findByText('Juist.');
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    // The end of lesson 1: what she did, in words, and Continue to go on.
    const moment = within(await screen.findByRole('region', { name: /^Les 1 klaar: ‘.+’$/ }));
    expect(moment.getByText('Oefeningen gemaakt in deze les: 1 van 1.')).toBeVisible();
    expect(moment.getByText('Je score op deze oefeningen: 100%, geslaagd (de slaagdrempel is 50%).')).toBeVisible();
    await userEvent.click(moment.getByRole('button', { name: 'Verder' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Een diagnose' }));
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));
    await screen.findByText('Niet helemaal.');
    // The glossary cards come last; they are not scored and do not hold her back.
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('region', { name: /^Les 2 klaar/ });
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('heading', { name: 'Hallucinatie' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Module afronden' }));
    expect(await screen.findByRole('heading', { name: 'Module afgerond' })).toBeVisible();
    expect(screen.getByText('Je score: 50%')).toBeVisible();
    expect(screen.getByText('Geslaagd: de slaagdrempel is 50%.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Terug naar de modules' }));
    const card = await screen.findByRole('article', { name: 'Testmodule' });
    expect(within(card).getByText('Geslaagd, score 50%')).toBeVisible();
    expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    // The glossary cards she met in the module wait for her on the home screen.
    expect(await screen.findByRole('heading', { name: '3 kaarten om vandaag te herhalen' })).toBeVisible();
  });

  it('counts the time on a question once: until her answer, then from her answer until she moves on', async () => {
    let clock = 1_000_000;
    const now = jest.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      const { db } = await onboard();
      await userEvent.click(await screen.findByRole('button', { name: 'Beginnen met de module Testmodule' }));
      await screen.findByText('Stap 1 van 4');
      clock += 10_000;
      await userEvent.click(await screen.findByRole('button', { name: 'Verder' }));
      await userEvent.click(await screen.findByRole('radio', { name: 'De zorgverlener' }));
      clock += 30_000;
      await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn antwoord' }));
      await screen.findByText('Juist.');
      clock += 5_000;
      await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
      await screen.findByRole('region', { name: /^Les 1 klaar/ });
      await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
      await screen.findByText('Stap 3 van 4');
      const [attempt] = await db.attempts.toArray();
      expect(attempt!.durationMs).toBe(30_000);
      const [progress] = await db.progress.toArray();
      // 10 s on the introduction, 30 s to answer, 5 s reading the feedback.
      expect(progress!.timeSpentMs).toBe(45_000);
    } finally {
      now.mockRestore();
    }
  });
});
