import { AppSession } from './harness';
import { readingProblems, screenshot, setReaderSettings } from './reading';
import { readingOrder } from '../../core/progress';
import { answerWithPointer, CHECK_PROMPT, PROMPT_LABEL, shippedModule, stepLabel, walkTo } from './shipped-module';

const { mod, blocks } = shippedModule('prompting');
const quizIndex = blocks.findIndex((b) => b.type === 'quiz');
const labIndex = blocks.findIndex((b) => b.type === 'prompt-lab' && b.source !== undefined);
const lab = blocks[labIndex]!;
if (quizIndex < 0 || lab.type !== 'prompt-lab' || !lab.source) throw new Error('the prompting module must have a quiz and a prompt-lab with a source document');
// A chart drawn in the theme's colours: the first device-data case a physician meets.
const devices = shippedModule('connected-devices').mod;
const deviceBlocks = readingOrder(devices, 'physician').map((p) => p.block);
const caseIndex = deviceBlocks.findIndex((b) => b.type === 'device-data');
if (caseIndex < 0) throw new Error('the connected-devices module must have a device-data case');

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('fr-BE');
});
afterAll(async () => {
  await app?.stop();
});

describe('a learner who reads best with large text on a dark screen', () => {
  it('finds the French header on one line at 1280 px', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByLabel('Nom affiché').fill('Nadia El Amrani');
    await page.getByRole('radio', { name: 'Médecin' }).check();
    await page.getByRole('button', { name: 'Créer mon profil' }).click();
    await page.getByRole('heading', { name: 'Modules' }).waitFor();
    audits['catalogue, French, 100 %'] = await readingProblems(app);
    await page.getByRole('button', { name: `Commencer le module ${mod.title.fr}` }).click();
    await page.getByText(stepLabel(0, blocks.length, 'fr')).waitFor();
    audits['player, French, 100 %'] = await readingProblems(app);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
  });

  it('sets text to 200 % and the dark theme, which apply at once and stay after a reload', async () => {
    const page = app.page;
    await setReaderSettings(page, { theme: 'Dark' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: '200%', exact: true }).check();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).fontSize])).toEqual(['dark', '32px']);
    audits['settings, 200 %, dark'] = await readingProblems(app);
    await screenshot(page, 'settings-dark-200');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await page.reload();
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).fontSize])).toEqual(['dark', '32px']);
  });

  it('reads the player at 200 % in the dark theme: no sideways scrolling, a small header, nothing for axe', async () => {
    const page = app.page;
    audits['player: text, 200 %, dark'] = await readingProblems(app);
    // The first step's "Previous" is disabled and looks it, not by colour alone: a dashed edge.
    const previous = page.getByRole('button', { name: 'Previous' });
    expect(await previous.isDisabled()).toBe(true);
    expect(await previous.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('dashed');
    await screenshot(page, 'player-dark-200');
    await walkTo(page, blocks, 0, quizIndex);
    await page.getByText(stepLabel(quizIndex, blocks.length, 'en')).waitFor();
    audits['player: quiz, 200 %, dark'] = await readingProblems(app);
    await answerWithPointer(page, blocks[quizIndex]!, 'en', false);
    audits['player: quiz answered, 200 %, dark'] = await readingProblems(app);
    expect(await page.getByRole('button', { name: 'Previous' }).evaluate((el) => getComputedStyle(el).borderStyle)).toBe('solid');
  });

  it('reads the prompt lab at 200 % in the dark theme, findings and all', async () => {
    const page = app.page;
    await walkTo(page, blocks, quizIndex, labIndex);
    await page.getByLabel(PROMPT_LABEL.en, { exact: true }).waitFor();
    audits['prompt lab, 200 %, dark'] = await readingProblems(app);
    await page.getByLabel(PROMPT_LABEL.en, { exact: true }).fill(`Summarise this file for the GP:\n${lab.source!.en}`);
    await page.getByRole('heading', { name: 'Personal data to remove' }).waitFor();
    audits['prompt lab with findings, 200 %, dark'] = await readingProblems(app);
    await page.getByRole('button', { name: CHECK_PROMPT.en }).click();
    await page.getByText('Try 1', { exact: true }).waitFor();
    audits['prompt lab checked, 200 %, dark'] = await readingProblems(app);
    await screenshot(page, 'prompt-lab-dark-200');
  });

  it('keeps everything within reach from the folded header: her profile, the settings, the languages', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    audits['header menu open, 200 %, dark'] = await readingProblems(app, { menuOpen: true });
    await page.getByRole('button', { name: 'My profile: Nadia El Amrani' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    audits['profile, 200 %, dark'] = await readingProblems(app);
    await screenshot(page, 'profile-dark-200');
  });

  it('reads the high-contrast theme too', async () => {
    const page = app.page;
    await setReaderSettings(page, { theme: 'High contrast', textSize: '150%' });
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    audits['profile, 150 %, high contrast'] = await readingProblems(app);
    await screenshot(page, 'profile-contrast-150');
  });

  it('reads a device’s readings in the dark theme at 200 %, chart, verdicts and all', async () => {
    const page = app.page;
    await setReaderSettings(page, { theme: 'Dark', textSize: '200%' });
    await page.getByRole('button', { name: /Back to my modules/ }).click();
    await page.getByRole('button', { name: `Start the module ${devices.title.en}` }).click();
    await page.getByText(stepLabel(0, deviceBlocks.length, 'en')).waitFor();
    await walkTo(page, deviceBlocks, 0, caseIndex);
    await page.getByRole('application', { name: /^Chart of / }).waitFor();
    audits['device data, 200 %, dark'] = await readingProblems(app);
    await answerWithPointer(page, deviceBlocks[caseIndex]!, 'en');
    audits['device data answered, 200 %, dark'] = await readingProblems(app);
    await screenshot(page, 'device-data-dark-200');
  });

  it('made no request off the loopback address, hit no error, and found nothing on any screen', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(14);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});

describe('the check itself', () => {
  // On the profile choice at the computer's settings (100 %), where the header's tools show.
  beforeEach(async () => {
    await app.page.goto(app.server.url);
    await app.page.evaluate(() => sessionStorage.clear());
    await app.page.reload();
    await app.page.locator('.header-tools').waitFor();
  });

  it('does report a page that scrolls sideways', async () => {
    await app.page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '3000px';
      wide.style.height = '1px';
      document.body.append(wide);
    });
    expect((await readingProblems(app)).some((p) => p.startsWith('the page scrolls sideways'))).toBe(true);
  });

  it('does report a header that wraps onto a second line', async () => {
    // The tools pushed under the brand, as the French header was before it was reworked.
    await app.page.evaluate(() => {
      document.querySelector<HTMLElement>('.header-tools')!.style.flexBasis = '100%';
    });
    const found = await readingProblems(app);
    expect(found.filter((p) => p.startsWith('the header'))).toEqual([expect.stringMatching(/^the header wraps/)]);
  });
});
