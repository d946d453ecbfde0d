import type { Language } from '../../core/i18n';
import { AppSession } from './harness';
import { answerWithPointer, pressContinue, shippedModule, stepLabel } from './shipped-module';

const { mod, blocks } = shippedModule('ai-basics');
const firstQuizIndex = blocks.findIndex((b) => b.type === 'quiz');
const secondQuizIndex = blocks.findIndex((b, i) => b.type === 'quiz' && i > firstQuizIndex);

let app: AppSession;
const visited: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('fr-BE');
});
afterAll(async () => {
  await app?.stop();
});

/** Runs axe on the current screen and keeps what it found under the screen's name. */
async function audit(screen: string) {
  visited[screen] = await app.accessibilityViolations();
}

const answerQuiz = (index: number, language: Language, correctly: boolean) => answerWithPointer(app.page, blocks[index]!, language, correctly);
const step = (index: number, lang: Language) => stepLabel(index, blocks.length, lang);

describe('a nurse learns offline, from onboarding to a completed module', () => {
  it('onboards in French, from the system language', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: 'Choisissez votre langue' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await audit('language');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.getByRole('heading', { name: 'Créez votre profil' }).waitFor();
    await page.getByRole('button', { name: 'Créer mon profil' }).click();
    await page.getByText('Indiquez un nom affiché.').waitFor();
    await audit('profile (with error)');
    await page.getByLabel('Nom affiché').fill('Amina Benali');
    await page.getByRole('radio', { name: 'Infirmier ou infirmière' }).check();
    await page.getByRole('button', { name: 'Créer mon profil' }).click();

    await page.getByRole('heading', { name: 'Modules' }).waitFor();
    const card = page.getByRole('article', { name: mod.title.fr });
    await card.getByText('Pas commencé').waitFor();
    await audit('catalogue');
  });

  it('answers quiz questions, reloads, and resumes on the same question with her answers kept', async () => {
    const page = app.page;
    await page.getByRole('button', { name: `Commencer le module ${mod.title.fr}` }).click();
    await page.getByRole('heading', { level: 1, name: mod.title.fr }).waitFor();
    await audit('player: text');
    for (let i = 0; i < firstQuizIndex; i++) await pressContinue(page, 'fr');
    await page.getByText(step(firstQuizIndex, 'fr')).waitFor();
    await audit('player: quiz before answering');
    await answerQuiz(firstQuizIndex, 'fr', false);
    await audit('player: quiz answered');
    for (let i = firstQuizIndex; i < secondQuizIndex; i++) await pressContinue(page, 'fr');
    const chosen = await answerQuiz(secondQuizIndex, 'fr', true);

    await page.reload();
    await page.getByText(step(secondQuizIndex, 'fr')).waitFor();
    const quiz = blocks[secondQuizIndex]!;
    if (quiz.type !== 'quiz') throw new Error('expected a quiz');
    await page.getByText(quiz.question.fr).waitFor();
    for (const text of chosen) {
      const option = page.getByRole(quiz.mode === 'single' ? 'radio' : 'checkbox', { name: text });
      expect(await option.isChecked()).toBe(true);
      expect(await option.isDisabled()).toBe(true);
    }
    await page.getByText('Exact.', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Précédent' }).click();
    await page.getByText(step(secondQuizIndex - 1, 'fr')).waitFor();
    await pressContinue(page, 'fr');
    await page.getByText(step(secondQuizIndex, 'fr')).waitFor();
  });

  it('switches to Dutch without losing her place, and finishes the module', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByText(step(secondQuizIndex, 'nl')).waitFor();
    const quiz = blocks[secondQuizIndex]!;
    if (quiz.type !== 'quiz') throw new Error('expected a quiz');
    await page.getByText(quiz.question.nl).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await audit('player: Dutch');

    for (let i = secondQuizIndex + 1; i < blocks.length; i++) {
      await pressContinue(page, 'nl');
      await page.getByText(step(i, 'nl')).waitFor();
      const type = blocks[i]!.type;
      if (type === 'quiz' || type === 'categorize') await answerQuiz(i, 'nl', true);
    }
    await page.getByRole('button', { name: 'Module afronden' }).click();
    await page.getByRole('heading', { name: 'Module afgerond' }).waitFor();
    await page.getByText(/^Je score: \d+%$/).waitFor();
    // One question wrong of all: above the passing score, and said in words.
    await page.getByText(`Geslaagd: de slaagdrempel is ${Math.round(mod.passingScore * 100)}%.`).waitFor();
    await audit('completion');

    await page.getByRole('button', { name: 'Terug naar de modules' }).first().click();
    const card = page.getByRole('article', { name: mod.title.nl });
    await card.getByText(/^Geslaagd, score \d+%$/).waitFor();
    expect(await card.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await audit('catalogue: completed');
  });

  it('made no request off the loopback address, hit no error, and axe found nothing on any screen', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(3);
    expect(app.problems).toEqual([]);
    expect(Object.keys(visited)).toHaveLength(9);
    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));
  });
});

describe('the audit itself', () => {
  it('does report a violation when a page has one, so a clean result above means something', async () => {
    await app.page.setContent('<html lang="en"><head><title>x</title></head><body><main><img src="data:,"></main></body></html>');
    expect((await app.accessibilityViolations()).some((v) => v.startsWith('image-alt:'))).toBe(true);
  });
});
