import { AppSession } from './harness';
import { answerWithPointer, shippedModule } from './shipped-module';

/**
 * The organisation's LRS in the app served in a browser (the fallback without Electron): a
 * learner's answers wait in the outbox and nothing is ever sent or even tried while no LRS is
 * configured; a trainer's settings screen says where the secret is kept and that this page may
 * reach no LRS, and says so again, in words, when asked to test or send: no request leaves.
 */
const { mod, blocks } = shippedModule('ai-basics');
const firstQuizIndex = blocks.findIndex((b) => b.type === 'quiz');
const PASSPHRASE = 'Thursday training at Brugmann';
const ENDPOINT = 'https://lrs.example.org/data/xAPI/';

let app: AppSession;
let origin: string;
const visited: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
  origin = new URL(app.server.url).origin;
});
afterAll(async () => {
  await app?.stop();
});

const audit = async (screen: string) => {
  visited[screen] = await app.accessibilityViolations();
};

/** The outbox's rows and the LRS settings, read straight from the page's IndexedDB. */
function stored(): Promise<{ outbox: { sync: string }[]; settings: { key: string }[] }> {
  return app.page.evaluate(
    () =>
      new Promise((done, fail) => {
        const opening = indexedDB.open('carelit');
        opening.onerror = () => fail(opening.error);
        opening.onsuccess = () => {
          const tx = opening.result.transaction(['outbox', 'settings'], 'readonly');
          const outbox = tx.objectStore('outbox').getAll();
          const settings = tx.objectStore('settings').getAll();
          tx.oncomplete = () => {
            opening.result.close();
            done({ outbox: outbox.result, settings: settings.result });
          };
        };
      }),
  );
}

describe('the organisation’s LRS in a browser', () => {
  it('keeps a learner’s answers waiting, and runs no sync while no LRS is configured', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Display name').fill('Sofie Janssens');
    await page.getByRole('radio', { name: 'Physiotherapist' }).check();
    await page.getByRole('button', { name: 'Create my profile' }).click();
    await page.getByRole('button', { name: `Start the module ${mod.title.en}` }).click();
    for (let i = 0; i < firstQuizIndex; i++) await page.getByRole('button', { name: 'Continue' }).click();
    await answerWithPointer(page, blocks[firstQuizIndex]!, 'en', true);

    const { outbox, settings } = await stored();
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.every((row) => row.sync === 'waiting')).toBe(true);
    // A run always records how it ended: none did.
    expect(settings.map((row) => row.key).filter((key) => key.startsWith('lrs'))).toEqual([]);
  });

  it('opens the settings from the trainer area, saying where the secret is kept and that this page reaches no LRS', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('button', { name: 'Trainer area' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set the passphrase' }).click();
    await page.getByRole('heading', { name: 'Your cohorts' }).waitFor();
    await page.getByRole('button', { name: "Organisation's LRS" }).click();
    await page.getByRole('heading', { level: 1, name: "Organisation's Learning Record Store" }).waitFor();
    await page.getByText("In a browser, the secret is kept in this page's memory only").waitFor();
    await page.getByText("CareLit's page allows no address other than its own").waitFor();
    await page.getByText('No LRS is set up: nothing is sent, and CareLit connects to nothing.').waitFor();
    await audit('LRS settings, none configured');
  });

  it('refuses plain http to another machine, on the field', async () => {
    const { page } = app;
    await page.getByLabel('Endpoint').fill('http://lrs.example.org/data/xAPI/');
    await page.getByLabel('Key').fill('carelit-brugmann');
    await page.getByLabel('Secret').fill('a-long-secret-from-the-lrs');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').getByText('The endpoint must be an https:// address').waitFor();
    await audit('LRS settings, an error');
  });

  it('tests the connection and says, in words, that the page may not reach it', async () => {
    const { page } = app;
    await page.getByLabel('Endpoint').fill(ENDPOINT);
    await page.getByRole('button', { name: 'Test connection' }).click();
    const report = page.getByRole('region', { name: 'What the test found' });
    await report.getByText('No LRS answered at this address.').waitFor();
    await report.getByText('This page may not connect to https://lrs.example.org', { exact: false }).waitFor();
    await audit('LRS settings, test report');
  });

  it('saves, tries to send what waits, and shows why it could not', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. Records waiting will now be sent.').waitFor();
    const status = page.getByRole('region', { name: 'Sending' });
    await status.getByText(/records? waiting to be sent\./).waitFor();
    await status.getByText('This page may not connect to https://lrs.example.org', { exact: false }).waitFor();
    expect(await page.getByLabel('Secret').inputValue()).toBe('');
    const { outbox, settings } = await stored();
    expect(outbox.every((row) => row.sync === 'waiting')).toBe(true);
    expect(JSON.stringify(settings)).not.toContain('a-long-secret-from-the-lrs');
    await audit('LRS settings, configured');
  });

  it('removes the configuration after a confirmation', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Remove the configuration' }).click();
    await audit('LRS settings, removal to confirm');
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText('The configuration is removed: nothing more will be sent.').waitFor();
    const { settings } = await stored();
    expect(settings.map((row) => row.key)).not.toContain('lrs-connection');
  });

  it('made no request beyond the page’s own address, logged no error, and axe-core found nothing', () => {
    expect(app.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(visited)).toHaveLength(5);
    for (const [screen, violations] of Object.entries(visited)) expect({ screen, violations }).toEqual({ screen, violations: [] });
  });
});
