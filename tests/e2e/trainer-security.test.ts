import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildProgressFile, serialiseProgressFile, type ProgressFile } from '../../core/cohort/progress-file';
import { accountOf, nadiaStatements, progressFile } from '../fixtures/cohort';
import { forged, HOSTILE_FILES } from '../fixtures/hostile-files';
import { AppSession } from './harness';
import { writeSimulatedCohort } from './simulated-cohort';

/**
 * The trainer's data against someone with a copy of the app, in Chromium: a file that would
 * blank the dashboard, a copy of a learner's file under another name, and the passphrase (its
 * record replaced by another's, wrong guesses). axe-core checks each new screen.
 */
const PASSPHRASE = 'Tuesday training at Saint-Pierre';
const OTHER = 'Someone else entirely, with a copy';
let app: AppSession;
let dir: string;
let files: ProgressFile[];
let paths: string[];
/** The learner whose file is copied (the one with the most records). */
let genuine: ProgressFile;
const visited: Record<string, string[]> = {};

beforeAll(async () => {
  ({ dir, files, paths } = await writeSimulatedCohort(3, 7, 'carelit-e2e-security-'));
  const constructor = HOSTILE_FILES.find((c) => c.name === 'an exercise named "constructor"')!;
  writeFileSync(join(dir, 'constructor.json'), await constructor.bytes());
  // A learner's file, her account and name changed, its digest made right: a copy.
  genuine = files.reduce((most, file) => (file.statements.length > most.statements.length ? file : most));
  const account = 'c0ffee00-0000-4000-8000-000000000009';
  const copy = await buildProgressFile({
    appVersion: '0.1.0',
    exportedAt: new Date(genuine.exportedAt),
    accountName: account,
    displayName: 'Mallory Copy',
    statements: genuine.statements.map((s) => ({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: account } } })),
  });
  writeFileSync(join(dir, 'copy.json'), serialiseProgressFile(copy));
  // The whole hostile-file corpus, and a learner whose name would run as a formula.
  mkdirSync(join(dir, 'corpus'));
  for (const [i, hostile] of HOSTILE_FILES.entries()) writeFileSync(join(dir, 'corpus', `${String(i).padStart(2, '0')}.json`), await hostile.bytes());
  const formula = await forged(
    (p) => {
      p.learner.displayName = '\u00a0=HYPERLINK("http://x")';
    },
    progressFile(
      accountOf(7),
      nadiaStatements().map((s) => ({ ...s, id: s.id.replace(/^0/, '7'), actor: { ...s.actor, account: { ...s.actor.account, name: accountOf(7) } } })),
    ),
  );
  writeFileSync(join(dir, 'formula.json'), formula);
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
const matrixRows = (page: Page) => page.locator('table').first().locator('tbody tr');

/**
 * Code run in the page, as text: what Jest compiles a test to (its async helpers) does not
 * exist there. `open` opens the app's database as it stands.
 */
const OPEN_DATABASE = `new Promise((resolve, reject) => {
  const request = indexedDB.open('carelit');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

/** Every row of the trainer's tables and settings, as the disk holds them, binary as text. */
async function rawTrainerData(page: Page): Promise<string> {
  return page.evaluate(`(async () => {
    const db = await ${OPEN_DATABASE};
    const tables = ['trainerCohorts', 'trainerLearners', 'trainerLearnerIds', 'trainerStatements', 'trainerHeld', 'cohorts', 'cohortLearners', 'cohortStatements', 'settings'];
    const all = {};
    for (const table of tables) {
      all[table] = await new Promise((resolve) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return JSON.stringify(all, (key, value) => (value instanceof Uint8Array ? Array.from(value, (b) => String.fromCharCode(b)).join('') : value));
  })()`);
}

/** Writes a settings row straight into the page's IndexedDB, as someone with the disk could. */
async function putSetting(page: Page, row: unknown): Promise<void> {
  await page.evaluate(`(async () => {
    const db = await ${OPEN_DATABASE};
    await new Promise((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put(${JSON.stringify(row)});
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  })()`);
}

async function setUp(page: Page, passphrase: string) {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Set the passphrase' }).click();
  await page.getByRole('heading', { name: 'Your cohorts' }).waitFor();
}

describe('a trainer’s data against a copy of the app', () => {
  it('refuses a file whose exercise is named "constructor", and the dashboard still shows the others', async () => {
    const { page } = app;
    await setUp(page, PASSPHRASE);
    await page.getByLabel('Cohort name').fill('Nurses, Saint-Pierre, November');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    await page.getByLabel('Choose progress files').setInputFiles([...paths, join(dir, 'constructor.json')]);
    await page.getByText('4 files processed: 3 imported, 1 refused').waitFor();
    const refused = page.locator('.outcome.refused');
    expect(await refused.innerText()).toContain('constructor.json');
    expect(await refused.innerText()).toContain('statements[0].object.id');
    for (const file of files) await page.locator('table').first().getByText(named(file), { exact: true }).waitFor();
    expect(await matrixRows(page).count()).toBe(files.length);
    await audit('a constructor file refused');
  });

  it('gives every file of the hostile-file corpus the answer core gives it, and keeps names and the CSV safe', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'All cohorts' }).click();
    await page.getByLabel('Cohort name').fill('Corpus');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    const names = readdirSync(join(dir, 'corpus')).sort();
    await page.getByLabel('Choose progress files').setInputFiles([...names.map((n) => join(dir, 'corpus', n)), join(dir, 'formula.json')]);
    const refusedCount = HOSTILE_FILES.filter((c) => 'refused' in c.expected).length;
    await page.getByText(`${names.length + 1} files processed: ${names.length + 1 - refusedCount} imported, ${refusedCount} refused`).waitFor({ timeout: 60_000 });
    const refusedNames = await page.locator('.outcome.refused .file-name').allInnerTexts();
    expect(refusedNames.sort()).toEqual(HOSTILE_FILES.flatMap((c, i) => ('refused' in c.expected ? [names[i]!] : [])).sort());
    // Two learners: Nadia (every accepted file of the corpus is hers) and the one named like a formula, shown as text.
    await page.waitForFunction(() => document.querySelector('table')?.querySelectorAll('tbody tr').length === 2);
    const shown = await page.locator('table').first().locator('tbody th').allInnerTexts();
    expect(shown).toEqual(['=HYPERLINK("http://x")', 'Nadia Benali']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)";/);
    await audit('the hostile-file corpus imported');
  });

  it('sets a copy of a learner’s file aside with both names, and replaces it when the trainer says so', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'All cohorts' }).click();
    await page.getByLabel('Cohort name').fill('Copy first');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    await page.getByLabel('Choose progress files').setInputFiles([join(dir, 'copy.json')]);
    await page.getByText('1 file processed: 1 imported, 0 refused').waitFor();
    const genuinePath = paths[files.indexOf(genuine)]!;
    await page.getByLabel('Choose progress files').setInputFiles([genuinePath]);
    await page.getByText('1 file processed: 0 imported, 0 refused, 1 waiting for your decision').waitFor();
    const held = page.getByRole('region', { name: '1 file waiting for your decision' });
    await held.getByText(named(genuine)).first().waitFor();
    await held.getByText('Mallory Copy').first().waitFor();
    await audit('a file held for a decision');
    await page.getByRole('button', { name: `Replace Mallory Copy with ${named(genuine)}` }).click();
    await page.getByText(`Decision saved for ${genuinePath.split('/').pop()}: the file replaced the earlier records.`).waitFor();
    await page.waitForFunction((name) => document.querySelector('table tbody tr th')?.textContent === name, named(genuine));
    expect(await matrixRows(page).count()).toBe(1);
    await audit('a decision saved');
  });

  it('keeps the cohorts sealed on the disk: no name, account or cohort name in clear', async () => {
    const raw = await rawTrainerData(app.page);
    for (const secret of [
      'Nurses, Saint-Pierre',
      'Copy first',
      'Corpus',
      'Mallory',
      'Nadia',
      'HYPERLINK',
      ...files.flatMap((f) => [f.learner.account.name, ...(f.learner.displayName ? [f.learner.displayName] : [])]),
    ]) {
      expect({ secret, found: raw.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('opens nothing when the passphrase row is replaced by another passphrase’s', async () => {
    // Another copy of the app (another browser profile) sets up its own passphrase…
    const context = await app.browser.newContext({ locale: 'en-GB' });
    const other = await context.newPage();
    await setUp(other, OTHER);
    const record = JSON.parse(await rawTrainerData(other)).settings.find((row: { key: string }) => row.key === 'trainer-passphrase');
    await context.close();
    // …and its record is written over hers.
    const { page } = app;
    await putSetting(page, record);
    // The tab comes back to the trainer area's door.
    await page.reload();
    await page.getByLabel('Trainer passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('This is not the trainer passphrase.', { exact: false }).waitFor();
    await page.getByLabel('Trainer passphrase').fill(OTHER);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: '3 cohorts this passphrase does not open' }).waitFor();
    expect(await page.getByText('Nurses, Saint-Pierre, November').count()).toBe(0);
    expect(await page.getByText('No current cohort. Create one above.').count()).toBe(1);
    await audit('cohorts this passphrase does not open');
  });

  it('makes a guesser wait after three wrong passphrases, and says how long', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    for (const guess of ['guess number one', 'guess number two', 'guess number three']) {
      await page.getByLabel('Trainer passphrase').fill(guess);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByText('This is not the trainer passphrase.', { exact: false }).waitFor();
    }
    await page.getByText(/Too many wrong passphrases in a row\. Wait 30 seconds: you can try again at \d\d:\d\d\./).waitFor();
    expect(await page.getByRole('button', { name: 'Unlock' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Trainer passphrase').isDisabled()).toBe(true);
    await audit('waiting after wrong passphrases');
  });

  it('made no network request, logged no error, and axe-core found nothing on any new screen', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(visited)).toHaveLength(6);
    for (const [screen, violations] of Object.entries(visited)) expect({ screen, violations }).toEqual({ screen, violations: [] });
  });
});
