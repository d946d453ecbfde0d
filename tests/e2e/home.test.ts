import { AppSession } from './harness';
import { readingProblems, screenshot, setReaderSettings } from './reading';
import { shippedModule, stepLabel } from './shipped-module';

/** A physician's home: her next step first, her path with the basics first and her own labs counted, in light and dark. */
const basics = shippedModule('ai-basics');
const prompting = shippedModule('prompting').mod;

let app: AppSession;

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

describe('a physician’s home', () => {
  it('shows her next step first, then her path, and nothing for axe, in the light theme', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Display name').fill('Dr Lina Haddad');
    await page.getByRole('radio', { name: 'Physician' }).check();
    await page.getByRole('button', { name: 'Create my profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modules' }).waitFor();

    // First on the page, right under its title: her next step, with one button.
    const next = page.getByRole('region', { name: 'Your next step' });
    expect(await page.locator('#catalogue-title + *').getAttribute('aria-labelledby')).toBe('next-step-title');
    expect(await next.getByRole('button').allTextContents()).toEqual([`Start ‘${basics.mod.title.en}’`]);

    // Her path: the basics first (every module builds on them), each module with its picture and how long it takes.
    const path = page.getByRole('list', { name: 'Your path' });
    const titles = await path.getByRole('heading', { level: 2 }).allTextContents();
    expect(titles).toHaveLength(6);
    expect(titles[0]).toBe(basics.mod.title.en);
    expect(await page.getByText(/^Your profession: Physician\. 6 modules, about \d+ hr( \d+ min)? in all\./).isVisible()).toBe(true);
    const promptingCard = page.getByRole('article', { name: prompting.title.en });
    expect(await promptingCard.getByText('2 exercises written for your profession come first').isVisible()).toBe(true);
    expect(await promptingCard.getByText(`Suggested first: ${basics.mod.title.en}`).isVisible()).toBe(true);
    expect(await promptingCard.getByRole('progressbar', { name: `Progress in ${prompting.title.en}` }).getAttribute('aria-valuenow')).toBe('0');
    expect(await page.locator('svg.module-art[aria-hidden="true"]').count()).toBe(6);
    expect(await page.locator('svg.module-art[data-art="book"]').count()).toBe(0);
    // Nothing started yet: her next step comes with a picture of a path beginning, decorative.
    await next.locator('svg.moment-art[data-art="welcome"][aria-hidden="true"]').waitFor();

    // axe-core (WCAG 2.2 AA, contrast included), no sideways scrolling, a header on one line.
    expect(await readingProblems(app)).toEqual([]);
    await screenshot(page, 'home-light');
  });

  it('reads the same in the dark theme, pictures in the theme’s colours', async () => {
    const page = app.page;
    await setReaderSettings(page, { theme: 'Dark' });
    await page.getByRole('region', { name: 'Your next step' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const fills = await page
      .locator('svg.module-art .art-bg')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fills).toBe('rgb(22, 51, 59)'); // --accent-surface of the dark theme
    // axe-core (WCAG 2.2 AA, contrast included), no sideways scrolling, a header on one line.
    expect(await readingProblems(app)).toEqual([]);
    await screenshot(page, 'home-dark');
  });

  it('opens the basics from her next step, on their first step', async () => {
    const page = app.page;
    await page.getByRole('button', { name: `Start ‘${basics.mod.title.en}’` }).click();
    await page.getByText(stepLabel(0, basics.blocks.length, 'en')).waitFor();
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
