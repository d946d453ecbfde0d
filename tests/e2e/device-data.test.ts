import { mkdirSync } from 'node:fs';
import { readingOrder } from '../../core/progress';
import { ACTIONS, CLASS_LABELS, CLASSES } from '../../core/blocks/device-data/terms';
import { AppSession } from './harness';
import { blockStrings, CHECK, EXPLANATION, fill, shippedModule, startModuleInEnglish, stepLabel, walkTo } from './shipped-module';

const { mod } = shippedModule('connected-devices');
// A nurse meets the nurses' cases first in each run of practice blocks.
const blocks = readingOrder(mod, 'nurse').map((p) => p.block);
const caseIndex = blocks.findIndex((b) => b.type === 'device-data' && b.mode === 'classify' && b.profession === 'nurse');
const review = blocks[caseIndex]!;
if (review.type !== 'device-data') throw new Error('the module must have a classify device-data case for nurses');
const critical = review.episodes.find((e) => e.critical);
if (!critical) throw new Error('the case must have a critical episode');

let app: AppSession;
const audits: Record<string, string[]> = {};
const SHOTS = 'test-results';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

const focused = () =>
  app.page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent}`
      : '';
  });
const readout = () => app.page.locator('.dd-readout');
const CLASS_RIGHT = blockStrings('device-data', 'verdict.classRight');

describe('a nurse reviews a device’s readings with the keyboard alone', () => {
  it('reaches her case: the chart loads with the block', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Nadia Benali', profession: 'Nurse' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await walkTo(page, blocks, 0, caseIndex);
    await page.getByRole('heading', { name: review.title.en }).waitFor();
    await page.getByRole('application', { name: /^Chart of Weight, Systolic pressure/ }).waitFor();
  });

  it('walks the chart: each reading is said, with the alert line it crosses and the episode it is in', async () => {
    const page = app.page;
    // From the lesson heading, Tab reaches the view toggle, then the chart.
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button: Show as a table');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^application: Chart of Weight, Systolic pressure/);

    const weight = review.series[0]!;
    const [dressed] = review.episodes;
    for (let i = 0; i < dressed!.from; i++) await page.keyboard.press('ArrowRight');
    await readout()
      .filter({ hasText: `Weight: ${weight.values[dressed!.from]}\u00a0kg; episode 1` })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await readout()
      .filter({ hasText: /— Systolic pressure: \d+\u00a0mmHg$/ })
      .waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('PageDown');
    await readout()
      .filter({ hasText: `Weight: ${weight.values[dressed!.from + 1]}\u00a0kg` })
      .waitFor();
    await page.keyboard.press('End');
    await readout()
      .filter({ hasText: /^Tue 24 Nov — Weight: / })
      .waitFor();
    const peak = weight.values.indexOf(Math.max(...weight.values.filter((v): v is number => v !== null)));
    for (let i = weight.values.length - 1; i > peak; i--) await page.keyboard.press('ArrowLeft');
    await readout()
      .filter({ hasText: `, above the alert line (${weight.high}\u00a0kg); episode 3` })
      .waitFor();
    expect(await readout().getAttribute('role')).toBe('status');
    await page.locator('.device-data').screenshot({ path: `${SHOTS}/device-data-chart.png` });
    audits['chart, cursor on a reading'] = await app.accessibilityViolations();
  });

  it('switches to the table: a real table with a caption, headers, and the episodes in words', async () => {
    const page = app.page;
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('button: Show as a table');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /^Mr D\.'s weight, followed at home: readings from/ });
    await table.waitFor();
    expect(await page.getByRole('button', { name: 'Show as a table' }).getAttribute('aria-pressed')).toBe('true');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Time', 'Weight (kg)', 'Systolic pressure (mmHg)', 'Episodes and stretches']);
    expect(await table.getByRole('row').count()).toBe(review.series[0]!.values.length + 1);
    await table.getByRole('cell', { name: 'episode 3 (Weight)' }).first().waitFor();
    expect(await page.getByRole('application').count()).toBe(0);
    await page.locator('.device-data').screenshot({ path: `${SHOTS}/device-data-table.png` });
    audits['table'] = await app.accessibilityViolations();
  });

  it('classifies each episode and chooses each action with the keyboard, then checks: every critical alert caught', async () => {
    const page = app.page;
    for (const episode of review.episodes) {
      for (const [list, chosen] of [
        [CLASSES, episode.class],
        [ACTIONS, episode.action],
      ] as const) {
        await page.keyboard.press('Tab');
        const index = (list as readonly string[]).indexOf(chosen);
        if (index === 0) await page.keyboard.press('Space');
        for (let k = 0; k < index; k++) await page.keyboard.press('ArrowRight');
      }
    }
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`button: ${CHECK.en}`);
    await page.keyboard.press('Enter');

    const points = review.episodes.length * 2;
    await page
      .getByRole('status')
      .filter({ hasText: `${points} points of ${points} — Passed: every critical alert caught and acted on.` })
      .waitFor();
    await page.getByText('Critical alert: caught and acted on.').waitFor();
    for (const episode of review.episodes) {
      await page
        .getByText(fill(CLASS_RIGHT.en, { class: CLASS_LABELS[episode.class].en }))
        .first()
        .waitFor();
    }
    await page.getByRole('heading', { name: EXPLANATION.en }).waitFor();
    await page.locator('.device-data').screenshot({ path: `${SHOTS}/device-data-answered.png` });
    audits['answered, with the table'] = await app.accessibilityViolations();

    // Back to the chart, still by keyboard: the episodes stay numbered on it.
    await page.getByRole('button', { name: 'Show as a table' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('application').waitFor();
    audits['answered, with the chart'] = await app.accessibilityViolations();
  });

  it('found nothing for axe-core to report, and made no request off the loopback', () => {
    expect(Object.keys(audits)).toHaveLength(4);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
