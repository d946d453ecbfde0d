import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppSession } from './harness';
import { answerWithPointer, pressContinue, shippedModule, startModuleInEnglish, stepLabel } from './shipped-module';

const { mod, blocks } = shippedModule('ai-basics');
const firstQuiz = blocks.findIndex((b) => b.type === 'quiz');
const secondQuiz = blocks.findIndex((b, i) => b.type === 'quiz' && i > firstQuiz);

let app: AppSession;
let folder: string;
const audits: Record<string, string[]> = {};
let backupPath = '';
let progressBefore = '';

beforeAll(async () => {
  app = await AppSession.start('en-GB');
  folder = await mkdtemp(join(tmpdir(), 'carelit-backup-'));
});
afterAll(async () => {
  await app?.stop();
  await rm(folder, { recursive: true, force: true });
});

const card = () => app.page.getByRole('article', { name: mod.title.en });

describe('a backup of a profile, restored into a fresh profile', () => {
  it('is saved as one file after some work', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Amina Benali', profession: 'Nurse' }, mod.title.en);
    for (let i = 0; i <= secondQuiz; i++) {
      await page.getByText(stepLabel(i, blocks.length, 'en')).waitFor();
      const type = blocks[i]!.type;
      if (type === 'quiz' || type === 'categorize') await answerWithPointer(page, blocks[i]!, 'en', i !== firstQuiz);
      if (i < secondQuiz) await pressContinue(page);
    }
    await page.getByRole('button', { name: 'Back to modules' }).first().click();
    progressBefore =
      (await card()
        .getByText(/^In progress: \d+%$/)
        .textContent()) ?? '';
    expect(progressBefore).toMatch(/^In progress: [1-9]\d*%$/);

    await page.getByRole('button', { name: 'My profile: Amina Benali' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup of my profile' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^carelit-backup-amina-benali-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = join(folder, file.suggestedFilename());
    await file.saveAs(backupPath);
    const saved = JSON.parse(await readFile(backupPath, 'utf8')) as { format: string; attempts: unknown[]; outbox: unknown[] };
    expect(saved.format).toBe('carelit-backup');
    expect(saved.attempts).toHaveLength(2);
    await page.getByText(/Your backup went to your browser/).waitFor();
  });

  it('survives the profile’s deletion (“erase my data”), which leaves nothing of her on the profile choice', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Delete my profile…' }).click();
    await page.getByRole('group', { name: 'Delete the profile of Amina Benali?' }).getByText('the answers and their scores: 2').waitFor();
    audits['deletion confirmation'] = await app.accessibilityViolations();
    await page.getByRole('button', { name: 'Delete the profile of Amina Benali' }).click();
    await page.getByText('The profile of Amina Benali was deleted, with everything in it.').waitFor();
    // No profile is left: the profile choice asks for a new one.
    await page.getByRole('heading', { name: 'Create your profile' }).waitFor();
  });

  it('is restored into a fresh profile that shows the same progress, and resumes at the same step', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Restore a backup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Restore a backup' }).waitFor();
    await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    await page.getByText(/^Backup of Amina Benali \(Nurse\), saved on \d{1,2} \w+ \d{4}\.$/).waitFor();
    await page.getByText('Answers: 2').waitFor();
    audits['restore, file read'] = await app.accessibilityViolations();
    await page.getByRole('button', { name: 'Restore as a new profile' }).click();
    await page.getByRole('heading', { name: 'Modules' }).waitFor();
    expect(
      await card()
        .getByText(/^In progress: \d+%$/)
        .textContent(),
    ).toBe(progressBefore);
    await page.getByRole('button', { name: `Resume the module ${mod.title.en}` }).click();
    await page.getByText(stepLabel(secondQuiz, blocks.length, 'en')).waitFor();
    await page.getByText('Correct.', { exact: true }).waitFor();
  });

  it('is refused, in words, next to the profile it came from', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('button', { name: 'Restore a backup' }).click();
    await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    await page.getByRole('button', { name: 'Restore as a new profile' }).click();
    await page.getByRole('alert').filter({ hasText: 'This backup is of the profile of Amina Benali, which is still on this computer.' }).waitFor();
    audits['restore refused'] = await app.accessibilityViolations();
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(3);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
