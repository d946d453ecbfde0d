import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { analyse, offered, replay } from '../../core/blocks/scenario/graph';
import type { ScenarioBlock } from '../../core/blocks/scenario/schema';
import { AppSession } from './harness';
import { CONFIRM_CHOICE, CONTINUE, decisionHeading, shippedModule, startModuleInEnglish, stepLabel, walkTo } from './shipped-module';

const { mod, blocks } = shippedModule('teleconsultation');
const scenarioIndex = blocks.findIndex((b) => b.type === 'scenario' && b.profession === 'physician');
const scenario = blocks[scenarioIndex] as ScenarioBlock;
if (!scenario) throw new Error('the module must have a physician’s scenario');

/** The recommended path, and a play that makes a critical choice on the way: two different endings. */
const best = analyse(scenario).best!;
const recommended = replay(scenario, best.path)!;
const criticalAt = recommended.steps.findIndex((s) => s.offered.some((c) => c.critical));
if (criticalAt < 0) throw new Error('the scenario must offer a critical choice on its recommended path');
const unsafePath = [...best.path.slice(0, criticalAt), recommended.steps[criticalAt]!.offered.find((c) => c.critical)!.id];
const unsafePlay = replay(scenario, unsafePath)!;
if (!('ending' in unsafePlay.at) || unsafePlay.at.ending.id === best.ending.id) throw new Error('the two plays must end differently');
const unsafeEnding = unsafePlay.at.ending;

let app: AppSession;
const audits: Record<string, string[]> = {};
const SHOTS = 'test-results/scenario';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

const decision = (page: Page, n: number) => decisionHeading(page, n, 'en');
const focusIsOn = (page: Page, className: string) => page.evaluate((name) => document.activeElement?.className === name, className);

/**
 * Makes the next decision of the play with the keyboard alone: into the choices from the text
 * the focus is on, the arrows to the choice, Tab to the confirm button, Enter. Returns once the
 * choice is saved and the focus is on what it led to.
 */
async function chooseByKeyboard(page: Page, path: string[], index: number): Promise<void> {
  const play = replay(scenario, path.slice(0, index))!;
  if (!('node' in play.at)) throw new Error('the play has ended');
  const choices = offered(play.at.node, play.vars, play.score);
  const k = choices.findIndex((c) => c.id === path[index]);
  expect(k).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))).toMatch(/^<input [^>]*type="radio"/);
  if (k === 0) await page.keyboard.press('Space');
  for (let i = 0; i < k; i++) await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: choices[k]!.text.en, exact: true }).isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(CONFIRM_CHOICE.en);
  await page.keyboard.press('Enter');
  await page.getByText(choices[k]!.feedback.en, { exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.className === 'scenario-focus');
}

describe('a teleconsultation scenario, by keyboard alone', () => {
  it('plays the recommended path to a safe ending, with a reload halfway that resumes at the same node and state', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Dr Sarah Lemaire', profession: 'Physician' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await walkTo(page, blocks, 0, scenarioIndex);
    await decision(page, 1).waitFor();
    expect(await page.getByRole('button', { name: CONTINUE.en }).isDisabled()).toBe(true);
    audits['node'] = await app.accessibilityViolations();
    await page.screenshot({ path: `${SHOTS}/1-node.png`, fullPage: true });

    // Into the block from the lesson heading: the choices are the first thing to reach.
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    for (let i = 0; i < 2; i++) await chooseByKeyboard(page, best.path, i);
    await decision(page, 3).waitFor();
    audits['feedback'] = await app.accessibilityViolations();
    await page.screenshot({ path: `${SHOTS}/2-feedback.png`, fullPage: true });
    const before = await page.locator('.scenario-now').innerText();
    const offeredBefore = await page.getByRole('radio').allInnerTexts();

    await page.reload();
    await decision(page, 3).waitFor();
    expect(await page.locator('.scenario-now').innerText()).toBe(before);
    expect(await page.getByRole('radio').allInnerTexts()).toEqual(offeredBefore);
    await page.getByText('The conversation so far (1 earlier decision)').waitFor();
    expect(await page.getByRole('button', { name: CONTINUE.en }).isDisabled()).toBe(true);
    // No going back during a play.
    expect(await page.getByRole('button', { name: 'Go back one step' }).count()).toBe(0);

    // From the lesson heading, the conversation so far comes first, then the choices.
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    for (let i = 2; i < best.path.length; i++) await chooseByKeyboard(page, best.path, i);
    await page.getByRole('heading', { name: 'How it ends' }).waitFor();
    expect(await focusIsOn(page, 'scenario-focus')).toBe(true);
    await page.getByText(`Ending: ${best.ending.title.en}`).first().waitFor();
    await page.getByText(`Your score for this play: ${best.points}/${best.points} points (100%). Passed.`).waitFor();
    expect(await page.getByRole('region', { name: 'The recommended path' }).getByRole('listitem').count()).toBe(best.path.length);
    expect(await page.getByRole('button', { name: CONTINUE.en }).isEnabled()).toBe(true);
    audits['debrief'] = await app.accessibilityViolations();
    await page.screenshot({ path: `${SHOTS}/3-debrief.png`, fullPage: true });
  });

  it('plays again, by keyboard, to a different ending: a critical choice, an unsafe outcome, not passed', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Play again' }).focus();
    await page.keyboard.press('Enter');
    await decision(page, 1).waitFor();
    await page.waitForFunction(() => document.activeElement?.className === 'scenario-focus');
    for (let i = 0; i < unsafePath.length; i++) await chooseByKeyboard(page, unsafePath, i);
    await page.getByText(`Ending: ${unsafeEnding.title.en}`).first().waitFor();
    await page.getByText('Outcome for the patient: unsafe').waitFor();
    await page.getByText('Not passed: a critical (unsafe) choice fails the play.').waitFor();
    audits['unsafe debrief'] = await app.accessibilityViolations();
    await page.screenshot({ path: `${SHOTS}/4-unsafe-debrief.png`, fullPage: true });
  });

  it('reads at 200 % zoom without scrolling sideways', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 640, height: 450 });
    await page.getByRole('button', { name: 'Explore the other branches' }).click();
    await decision(page, 1).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    audits['explore, zoomed'] = await app.accessibilityViolations();
    await page.screenshot({ path: `${SHOTS}/5-explore-200-percent.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(5);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
