import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialiseProgressFile, type ProgressFile } from '../../core/cohort/progress-file';
import { AppSession } from './harness';
import { writeSimulatedCohort } from './simulated-cohort';

const PASSPHRASE = 'Tuesday training at Saint-Pierre';
let app: AppSession;
let dir: string;
let files: ProgressFile[];
let paths: string[];
const visited: Record<string, string[]> = {};

beforeAll(async () => {
  ({ dir, files, paths } = await writeSimulatedCohort(6, 42, 'carelit-e2e-cohort-'));
  const cut = serialiseProgressFile(files[0]!);
  writeFileSync(join(dir, 'broken.json'), cut.slice(0, cut.length / 3));
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const audit = async (screen: string) => {
  visited[screen] = await app.accessibilityViolations();
};
const named = (file: ProgressFile) => file.learner.displayName ?? `Learner ${file.learner.account.name.slice(0, 8)}`;

describe('a trainer follows her cohort', () => {
  it('sets a passphrase for the trainer area, which then asks for it', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Trainer area' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await audit('passphrase set-up');
    await page.getByRole('button', { name: 'Set the passphrase' }).click();
    await page.getByRole('heading', { name: 'Your cohorts' }).waitFor();
    await audit('cohorts');
  });

  it('creates a cohort and imports the learners’ files plus a broken one: the broken one is named with its reason, the others import', async () => {
    const { page } = app;
    await page.getByLabel('Cohort name').fill('Nurses, Saint-Pierre, November');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    await page.getByLabel('Choose progress files').setInputFiles([...paths, join(dir, 'broken.json')]);
    await page.getByText('7 files processed: 6 imported, 1 refused').waitFor();
    const refused = page.locator('.outcome.refused');
    expect(await refused.count()).toBe(1);
    expect(await refused.innerText()).toContain('broken.json');
    expect(await refused.innerText()).toContain('cannot be read as JSON');
    await audit('cohort after import');
  });

  it('fills the dashboard: every learner in the matrix, and the profession filter narrows it', async () => {
    const { page } = app;
    const matrix = page.locator('table').first();
    for (const file of files) await matrix.getByText(named(file), { exact: true }).waitFor();
    expect(await matrix.locator('tbody tr').count()).toBe(files.length);
    const nurses = files.filter((f) => f.learner.profession === 'nurse');
    await page.getByLabel('Filter by profession').selectOption('nurse');
    await page.waitForFunction((n) => document.querySelector('table')?.querySelectorAll('tbody tr').length === n, nurses.length);
    await page.getByLabel('Filter by profession').selectOption('');
    await page.waitForFunction((n) => document.querySelector('table')?.querySelectorAll('tbody tr').length === n, files.length);
  });

  it('opens one learner’s details, then the printable training record, and comes back', async () => {
    const { page } = app;
    const someone = files.find((f) => f.learner.displayName)!;
    await page.locator('table').first().getByRole('button', { name: someone.learner.displayName! }).click();
    await page.getByRole('heading', { level: 1, name: someone.learner.displayName! }).waitFor();
    await audit('one learner');
    await page.getByRole('button', { name: 'Back to the cohort' }).click();
    await page.getByRole('button', { name: 'Print the training record' }).click();
    await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Modules passed' }).waitFor();
    await page.getByRole('checkbox', { name: /^Add a page per learner/ }).check();
    for (const file of files) await page.getByRole('heading', { level: 2, name: named(file) }).waitFor();
    await audit('training record');
    await page.getByRole('button', { name: 'Back to the cohort' }).click();
    await page.getByRole('button', { name: 'Download CSV' }).waitFor();
  });

  it('downloads the CSV of what the screen shows', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await saved.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Learner;Profession;Last activity;/);
    expect(lines).toHaveLength(files.length + 1);
    for (const file of files) expect(csv).toContain(named(file));
    await audit('dashboard');
  });

  it('locks, refuses a wrong passphrase, and opens again with the right one', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Trainer passphrase').fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('This is not the trainer passphrase.', { exact: false }).waitFor();
    await audit('unlock refused');
    await page.getByLabel('Trainer passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Your cohorts' }).waitFor();
    await page.getByText('Nurses, Saint-Pierre, November').waitFor();
  });

  it('made no network request, logged no error, and axe-core found nothing on any screen', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(visited)).toHaveLength(7);
    for (const [screen, violations] of Object.entries(visited)) expect({ screen, violations }).toEqual({ screen, violations: [] });
  });
});
