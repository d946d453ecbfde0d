import { AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await AppSession.start('nl-BE');
});
afterAll(async () => {
  await app?.stop();
});

/** When each of the app's chunks was asked for, and when the page was read and its first screen usable, in the page's own clock. */
async function timings() {
  return app.page.evaluate(() => ({
    chunks: performance.getEntriesByType('resource').map((entry) => ({ name: new URL(entry.name).pathname, startTime: entry.startTime })),
    interactive: performance.getEntriesByName('carelit:interactive', 'mark')[0]?.startTime ?? null,
    pageRead: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  }));
}
const asked = (chunks: { name: string; startTime: number }[], chunk: string) => chunks.find(({ name }) => name.startsWith(`/assets/${chunk}-`))?.startTime;

describe('what each start loads, and when', () => {
  it('a first start shows the language screen before it loads i18next or the database layer, which then load while she reads', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Kies je taal' }).waitFor();
    // Loaded once the screen is painted; wait for them, then look at when they were asked for.
    await page.waitForFunction(() => ['i18next', 'database', 'start'].every((chunk) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/assets/${chunk}-`))));
    const { chunks, interactive } = await timings();
    expect(interactive).not.toBeNull();
    for (const chunk of ['i18next', 'database', 'start']) expect([chunk, asked(chunks, chunk)! >= interactive!]).toEqual([chunk, true]);
    expect(await app.accessibilityViolations()).toEqual([]);

    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maak je profiel aan' }).waitFor();
  });

  it('a return asks for the app and its data with the page, before the page has even been read', async () => {
    const page = app.page;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Maak je profiel aan' }).waitFor();
    const { chunks, pageRead } = await timings();
    // Module scripts run once the page is read: only the page's own list, read as it goes, asks this early.
    for (const chunk of ['start', 'i18next', 'database']) expect([chunk, asked(chunks, chunk)! < pageRead]).toEqual([chunk, true]);
  });
});
