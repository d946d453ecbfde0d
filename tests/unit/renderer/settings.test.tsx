import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import { readAppearanceHint } from '../../../renderer/src/db/appearance-hint';
import { createLearner } from '../../../renderer/src/db/learners';
import { getReaderSettings, saveReaderSettings } from '../../../renderer/src/db/settings';
import { applyAppearance } from '../../../renderer/src/settings/appearance';
import { readableText, voiceFor } from '../../../renderer/src/speech/read-aloud';
import { useSession } from '../../../renderer/src/stores/session';
import { freshDatabase, renderWithServices } from './render-app';

const root = document.documentElement;

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  useSession.setState({ learnerId: null, view: { name: 'profiles' }, notice: null, request: null });
  root.removeAttribute('style');
  delete root.dataset.theme;
  delete root.dataset.motion;
});

async function signedInApp(language: 'fr' | 'nl' | 'en' = 'en') {
  const db = freshDatabase();
  const amina = await createLearner(db, 'Amina Benali', 'nurse');
  const bram = await createLearner(db, 'Bram Peeters', 'physician');
  act(() => useSession.setState({ learnerId: amina.id, view: { name: 'catalogue' } }));
  await renderWithServices(<App />, { db, language });
  return { db, amina, bram };
}

const openSettings = async () => {
  await userEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toHaveFocus();
};

describe('settings for every reader', () => {
  it('are hers when she is signed in: text up to 200 % and the dark theme, on screen at once and kept', async () => {
    const { db, amina, bram } = await signedInApp();
    await openSettings();
    expect(screen.getByText('The settings of Amina Benali’s profile. Each profile has its own.')).toBeVisible();
    const sizes = within(screen.getByRole('group', { name: 'Text size' })).getAllByRole('radio');
    expect(sizes.map((r) => r.closest('label')!.textContent)).toEqual(['100%', '125%', '150%', '175%', '200%']);
    await userEvent.click(screen.getByRole('radio', { name: '200%' }));
    expect(root.style.getPropertyValue('--text-size')).toBe('200%');
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect(await getReaderSettings(db, amina.id)).toMatchObject({ textSize: 200, theme: 'dark' }));
    // And it stays so once the saved settings come back from the database.
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(root.style.getPropertyValue('--text-size')).toBe('200%');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Saved.');
    // Another profile keeps its own.
    expect(await getReaderSettings(db, bram.id)).toMatchObject({ textSize: 100, theme: 'system' });

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
    // The next start of this session shows them from the first frame.
    expect(readAppearanceHint()).toMatchObject({ textSize: 200, theme: 'dark' });
  });

  it('are the computer’s on the profile choice, and a profile’s own settings go when she signs out', async () => {
    const { db, amina } = await signedInApp();
    await act(() => saveReaderSettings(db, amina.id, { textSize: 175, theme: 'contrast', motion: 'reduce', readAloud: false }));
    await waitFor(() => expect(root.dataset.theme).toBe('contrast'));
    expect(root.dataset.motion).toBe('reduce');
    await userEvent.click(screen.getByRole('button', { name: 'Switch profile' }));
    await waitFor(() => expect(root.dataset.theme).toBe('light'));
    expect(root.style.getPropertyValue('--text-size')).toBe('100%');
    expect(root.dataset.motion).toBe('full');

    await openSettings();
    expect(screen.getByText(/The settings of this computer’s profile screen/)).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: '150%' }));
    await waitFor(async () => expect(await getReaderSettings(db, null)).toMatchObject({ textSize: 150 }));
    expect(await getReaderSettings(db, amina.id)).toMatchObject({ textSize: 175 });
    // The start-up copy follows once the saved settings come back from the database.
    await waitFor(() => expect(JSON.parse(localStorage.getItem('carelit.reader')!)).toMatchObject({ textSize: 150 }));
  });

  it('reduce motion on request', async () => {
    await signedInApp();
    await openSettings();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Reduce motion' }));
    expect(root.dataset.motion).toBe('reduce');
  });

  it('follow the computer’s dark mode and contrast for “As on this computer”', () => {
    const media = (query: string) => ({ matches: query.includes('dark') || query.includes('reduce'), addEventListener: jest.fn(), removeEventListener: jest.fn() });
    Object.defineProperty(window, 'matchMedia', { value: jest.fn(media), configurable: true });
    try {
      applyAppearance({ textSize: 125, theme: 'system', motion: 'system', readAloud: false });
      expect(root.dataset.theme).toBe('dark');
      expect(root.dataset.motion).toBe('reduce');
      applyAppearance({ textSize: 125, theme: 'light', motion: 'system', readAloud: false });
      expect(root.dataset.theme).toBe('light');
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });

  it('start from the session’s copy, else the computer’s, else the defaults', () => {
    expect(readAppearanceHint()).toEqual({ textSize: 100, theme: 'system', motion: 'system', readAloud: false });
    localStorage.setItem('carelit.reader', JSON.stringify({ textSize: 150, theme: 'dark', motion: 'system', readAloud: false }));
    expect(readAppearanceHint()).toMatchObject({ textSize: 150, theme: 'dark' });
    sessionStorage.setItem('carelit.reader', JSON.stringify({ textSize: 200, theme: 'contrast', motion: 'reduce', readAloud: true }));
    expect(readAppearanceHint()).toMatchObject({ textSize: 200, theme: 'contrast' });
    sessionStorage.setItem('carelit.reader', '{damaged');
    expect(readAppearanceHint()).toMatchObject({ textSize: 150 });
  });
});

describe('the header', () => {
  it('has her profile, the settings and the languages, behind one “Menu” button where it is narrow', async () => {
    await signedInApp();
    const toggle = await screen.findByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const tools = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(tools).toHaveAttribute('data-open');
    expect(within(tools).getByRole('button', { name: 'My profile: Amina Benali' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

/** A stand-in for the platform's speech synthesis, with the voices given. */
function installSpeech(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: { text: string; lang: string; voice: unknown }[] = [];
  const synthesis = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: jest.fn((u: { text: string; lang: string; voice: unknown }) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice })),
    cancel: jest.fn(),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
  };
  class Utterance {
    voice: unknown = null;
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.assign(globalThis, { speechSynthesis: synthesis, SpeechSynthesisUtterance: Utterance });
  const uninstall = () => {
    // The screens go first: leaving a step stops its reading.
    cleanup();
    Object.assign(globalThis, { speechSynthesis: undefined, SpeechSynthesisUtterance: undefined });
  };
  return { synthesis, spoken, uninstall };
}

const FR_BE = { name: 'Hortense', lang: 'fr-BE', localService: true, default: false };
const FR_ONLINE = { name: 'Google français', lang: 'fr-FR', localService: false, default: true };
const NL = { name: 'Ellen', lang: 'nl-BE', localService: true, default: false };

describe('reading aloud', () => {
  it('uses a voice installed on the computer in the interface language, Belgian first, never a network voice', () => {
    expect(voiceFor([FR_ONLINE, NL, FR_BE] as SpeechSynthesisVoice[], 'fr')?.name).toBe('Hortense');
    expect(voiceFor([FR_ONLINE, NL] as SpeechSynthesisVoice[], 'fr')).toBeUndefined();
    expect(voiceFor([{ name: 'Daniel', lang: 'en_GB', localService: true, default: false }] as SpeechSynthesisVoice[], 'en')?.name).toBe('Daniel');
  });

  it('reads a step as it reads: headings and paragraphs apart, not the controls or what is hidden', () => {
    const section = document.createElement('section');
    section.innerHTML =
      '<h2>Anatomy of a prompt</h2><button data-read-aloud="skip">Read aloud</button><p>Give a <em>role</em>.</p><span aria-hidden="true">✓</span><textarea>my draft</textarea><ul><li>One</li><li>Two</li></ul>';
    expect(readableText(section)).toBe('Anatomy of a prompt\nGive a role.\nOne\nTwo');
  });

  it('is off until she turns it on; then each step has a button that reads it in her language and stops', async () => {
    const speech = installSpeech([FR_ONLINE, FR_BE, NL]);
    try {
      const { db, amina } = await signedInApp('fr');
      await userEvent.click(await screen.findByRole('button', { name: /Commencer le module/ }));
      await screen.findByText('Étape 1 sur 4');
      expect(screen.queryByRole('button', { name: 'Lire à voix haute' })).toBeNull();

      await act(() => saveReaderSettings(db, amina.id, { textSize: 100, theme: 'system', motion: 'system', readAloud: true }));
      const read = await screen.findByRole('button', { name: 'Lire à voix haute' });
      await userEvent.click(read);
      expect(speech.spoken).toHaveLength(1);
      expect(speech.spoken[0]).toMatchObject({ lang: 'fr-BE', voice: FR_BE });
      expect(speech.spoken[0]!.text).toMatch(/^Première leçon\nUn texte avec une liste :\nun\ndeux$/);
      await userEvent.click(screen.getByRole('button', { name: 'Arrêter la lecture' }));
      expect(speech.synthesis.cancel).toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Lire à voix haute' })).toBeVisible();
    } finally {
      speech.uninstall();
    }
  });

  it('says so, in the settings and on each step, when the computer has no voice for the language', async () => {
    const speech = installSpeech([NL]);
    try {
      const { db, amina } = await signedInApp('fr');
      await act(() => saveReaderSettings(db, amina.id, { textSize: 100, theme: 'system', motion: 'system', readAloud: true }));
      await userEvent.click(await screen.findByRole('button', { name: 'Réglages' }));
      expect(await screen.findByText(/Aucune voix n’est installée sur cet ordinateur pour la langue de l’écran \(français\)/)).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Retour' }));
      await userEvent.click(await screen.findByRole('button', { name: /Commencer le module/ }));
      expect(await screen.findByText('Lecture à voix haute : aucune voix pour cette langue sur cet ordinateur.')).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Lire à voix haute' })).toBeNull();
    } finally {
      speech.uninstall();
    }
  });
});
