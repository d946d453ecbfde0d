import { rmSync } from 'node:fs';
import { isScoredBlock } from '../../core/blocks';
import { readingOrder } from '../../core/progress';
import { AppSession } from './harness';
import { writeSimulatedCohort } from './simulated-cohort';
import { readingProblems, screenshot, setReaderSettings } from './reading';
import { answerWithPointer, appStrings, pressContinue, shippedModule, startModuleInEnglish, stepLabel, walkTo } from './shipped-module';

// The player with its outline, the end of a lesson, the end of a module and the trainer's
// dashboard, each in the light and the dark theme: saved for reviewers, and checked by axe.
const { mod } = shippedModule('ai-basics');
const order = readingOrder(mod, 'nurse');
const blocks = order.map((p) => p.block);
const lessonOneLast = order.filter((p) => p.lessonIndex === 0).length - 1;
const SWITCH_PROFILE = appStrings('common', 'profiles.switch');
const PASSPHRASE = 'Tuesday training at Saint-Pierre';

let app: AppSession;
let dir: string;
let paths: string[];
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  ({ dir, paths } = await writeSimulatedCohort(6, 7, 'carelit-e2e-moments-'));
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const outline = () => app.page.getByRole('navigation', { name: /^Lessons \(\d+ of \d+ done\)$/ });

/** From the last step of lesson 1 (answered), Continue: the moment that ends it. */
async function endLessonOne(): Promise<void> {
  const { page } = app;
  await page.getByText(stepLabel(lessonOneLast, blocks.length, 'en'), { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `Lesson 1 done: “${mod.lessons[0]!.title.en}”` }).waitFor();
  await page.getByText(`Next: lesson 2, “${mod.lessons[1]!.title.en}”.`, { exact: true }).waitFor();
  expect(await page.getByRole('button', { name: 'Continue', exact: true }).evaluate((b) => b === document.activeElement)).toBe(true);
}

describe('what a reviewer sees of the learner’s moments and the trainer’s dashboard', () => {
  it('shows the player with the outline of the module beside the step', async () => {
    const { page } = app;
    await startModuleInEnglish(page, app.server.url, { name: 'Amina Benali', profession: 'Nurse' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en'), { exact: true }).waitFor();
    const nav = outline();
    expect(await nav.getByRole('button', { name: /^Lessons/ }).getAttribute('aria-expanded')).toBe('true');
    expect(await nav.locator('[aria-current="step"]').innerText()).toContain(`Lesson 1: ${mod.lessons[0]!.title.en}`);
    expect(await nav.getByRole('listitem').count()).toBe(mod.lessons.length);
    audits['player with outline, light'] = await readingProblems(app);
    await screenshot(page, 'player-outline-light');
  });

  it('ends lesson 1 with a moment: what she did, her score in words, what comes next', async () => {
    const { page } = app;
    await walkTo(page, blocks, 0, lessonOneLast);
    const last = blocks[lessonOneLast]!;
    if (isScoredBlock(last)) await answerWithPointer(page, last, 'en');
    await endLessonOne();
    await page.locator('.lesson-end svg.moment-art[data-art="lesson-done"][aria-hidden="true"]').waitFor();
    audits['end of lesson, light'] = await readingProblems(app);
    await screenshot(page, 'lesson-end-light');
  });

  it('shows the same in the dark theme, the outline letting her back to lesson 1', async () => {
    const { page } = app;
    await setReaderSettings(page, { theme: 'Dark' });
    // The moment is not saved: she comes back on lesson 2's first step.
    await page.getByText(stepLabel(lessonOneLast + 1, blocks.length, 'en'), { exact: true }).waitFor();
    expect(
      await outline()
        .getByRole('button', { name: /^Lesson 1: .+, done$/ })
        .count(),
    ).toBe(1);
    audits['player with outline, dark'] = await readingProblems(app);
    await screenshot(page, 'player-outline-dark');
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await endLessonOne();
    audits['end of lesson, dark'] = await readingProblems(app);
    await screenshot(page, 'lesson-end-dark');
    await page.keyboard.press('Enter');
    await page.getByText(stepLabel(lessonOneLast + 1, blocks.length, 'en'), { exact: true }).waitFor();
  });

  it('ends the module with a moment in both themes: passed, in words, and what next', async () => {
    const { page } = app;
    for (let i = lessonOneLast + 1; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (isScoredBlock(block)) await answerWithPointer(page, block, 'en');
      if (i < blocks.length - 1) await pressContinue(page);
    }
    await page.getByRole('button', { name: 'Finish the module' }).click();
    await page.getByRole('heading', { level: 1, name: 'Module completed' }).waitFor();
    await page.getByText(/^Passed: the passing score is \d+%\.$/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'What next' }).waitFor();
    await page.locator('.moment svg.moment-art[data-art="module-passed"][aria-hidden="true"]').waitFor();
    audits['end of module, dark'] = await readingProblems(app);
    await screenshot(page, 'module-end-dark');
    await setReaderSettings(page, { theme: 'Light' });
    await page.getByRole('heading', { level: 1, name: 'Module completed' }).waitFor();
    audits['end of module, light'] = await readingProblems(app);
    await screenshot(page, 'module-end-light');
  });

  it('shows the trainer’s dashboard with a cohort imported, in both themes', async () => {
    const { page } = app;
    await page.getByRole('button', { name: SWITCH_PROFILE.en, exact: true }).click();
    await page.getByRole('button', { name: 'Trainer area' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set the passphrase' }).click();
    await page.getByLabel('Cohort name').fill('Nurses, Saint-Pierre, November');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    // An empty cohort's page is its import, with its picture.
    await page.locator('.import-panel svg.moment-art[data-art="empty-cohort"][aria-hidden="true"]').waitFor();
    await page.getByLabel('Choose progress files').setInputFiles(paths);
    await page.getByText(`${paths.length} files processed: ${paths.length} imported`).waitFor();
    // Opened again, a cohort with results shows them, the import folded into one button above them.
    await page.getByRole('button', { name: 'All cohorts' }).click();
    await page.getByRole('button', { name: /^Nurses, Saint-Pierre, November/ }).click();
    const addFiles = page.getByRole('button', { name: 'Add progress files' });
    expect(await addFiles.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Choose progress files').isVisible()).toBe(false);
    await page.locator('table tbody tr').first().waitFor();
    // Each score chart is a figure named by its module, its bars told in words.
    const chart = page.getByRole('figure', { name: mod.title.en });
    expect(await chart.getByRole('img').getAttribute('aria-label')).toMatch(/^\d+ learners? scored \d+–\d+%/);
    expect(await chart.innerText()).toMatch(/Learners[\s\S]*Score \(%\)/);
    audits['dashboard, light'] = await readingProblems(app);
    await screenshot(page, 'dashboard-light');
    await setReaderSettings(page, { theme: 'Dark' });
    await page.locator('table tbody tr').first().waitFor();
    audits['dashboard, dark'] = await readingProblems(app);
    await screenshot(page, 'dashboard-dark');
    // Text at 200 % too: the wide tables scroll inside their own regions, never the page.
    await setReaderSettings(page, { textSize: '200%' });
    await page.locator('table tbody tr').first().waitFor();
    audits['dashboard, dark, 200 %'] = await readingProblems(app);
    await screenshot(page, 'dashboard-dark-200');
    await addFiles.click();
    expect(await page.getByLabel('Choose progress files').isVisible()).toBe(true);
  });

  it('finds nothing for axe, and no sideways scrolling, on any of them; no request left the computer', () => {
    expect(Object.keys(audits)).toHaveLength(9);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
    expect(app.offLoopback()).toEqual([]);
  });
});
