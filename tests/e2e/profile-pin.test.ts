import { AppSession } from './harness';
import { screenshot } from './reading';
import { shippedModule, startModuleInEnglish, stepLabel } from './shipped-module';

const { mod, blocks } = shippedModule('ai-basics');
const PIN = '4821';

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

describe('a profile protected by a PIN, on a shared PC', () => {
  it('gets a PIN from its owner, on her profile screen', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Amina Benali', profession: 'Nurse' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await page.getByRole('button', { name: 'My profile: Amina Benali' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    audits['her profile'] = await app.accessibilityViolations();
    await page.getByLabel('New PIN', { exact: true }).fill(PIN);
    await page.getByLabel('The new PIN again', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Set this PIN' }).click();
    await page.getByText('Your PIN is set. It is asked each time your profile is opened.').waitFor();
    audits['her profile with a PIN'] = await app.accessibilityViolations();
    await screenshot(page, 'profile-management');
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('heading', { name: 'Who is learning?' }).waitFor();
    await page.getByRole('button', { name: /Amina Benali.*protected by a PIN/ }).waitFor();
  });

  it('cannot be opened without its PIN, not even by reloading on its door', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /Amina Benali/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Profile of Amina Benali' }).waitFor();
    audits['PIN door'] = await app.accessibilityViolations();
    await screenshot(page, 'pin-door');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Profile of Amina Benali' }).waitFor();
    // Nothing of hers on screen: no modules, no progress, no way past the door but the PIN.
    expect(await page.getByRole('heading', { name: 'Modules' }).count()).toBe(0);
    expect(await page.getByText(mod.title.en).count()).toBe(0);
    expect(await page.getByRole('button', { name: /My profile/ }).count()).toBe(0);

    await page.getByLabel('PIN', { exact: true }).fill('1234');
    await page.getByRole('button', { name: 'Open the profile' }).click();
    await page.getByRole('alert').filter({ hasText: 'This is not the PIN of this profile.' }).waitFor();
    audits['PIN door, wrong PIN'] = await app.accessibilityViolations();
    expect(await page.getByRole('heading', { name: 'Modules' }).count()).toBe(0);
  });

  it('says plainly what can be done about a forgotten PIN', async () => {
    const page = app.page;
    await page.getByText('I forgot my PIN').click();
    await page.getByText(/A PIN cannot be recovered/).waitFor();
    await page.getByRole('button', { name: 'Delete this profile…' }).waitFor();
    await page.getByRole('button', { name: 'Restore a backup' }).waitFor();
    audits['PIN door, forgotten'] = await app.accessibilityViolations();
  });

  it('opens with its PIN, pasted as a password manager would', async () => {
    const page = app.page;
    const field = page.getByLabel('PIN', { exact: true });
    await field.focus();
    await page.keyboard.insertText(` ${PIN} `);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Modules' }).waitFor();
    await page.getByRole('button', { name: 'My profile: Amina Benali' }).waitFor();
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(5);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
