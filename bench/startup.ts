/**
 * Time to the first interactive screen: how long after navigation the page calls
 * `performance.mark('carelit:interactive')`, for the app and for a bare React page built the
 * same way. The ratio is what we hold ourselves to; the absolute figures depend on the machine.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium';
import { serveStatic, type StaticServer } from '../scripts/serve';
import { BenchError, type Benchmark } from './benchmark';
import { appDist, bareDist } from './builds';
import { countFromEnv, median, verdict } from './figures';
import { LANGUAGE_HINT_KEY } from '../renderer/src/db/language-hint-key';

export const INTERACTIVE_MARK = 'carelit:interactive';
const RATIO_TARGET = 1.4;
const DEFAULT_RUNS = 15;
const RUN_TIMEOUT_MS = 20_000;
/** How long the page is left alone after `load` before its mark is read (and then between reads). */
const SETTLE_MS = 500;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Target {
  label: string;
  url: string;
}

export interface StartupResult {
  runs: number;
  appMs: number;
  bareMs: number;
  /** Median of the per-pair ratios (app run i / bare run i). */
  ratio: number;
}

/** The first thing that went wrong in the page, to explain a missing mark (a CSP refusal, a throw). */
function watchForErrors(page: Page): () => string | undefined {
  let first: string | undefined;
  page.on('pageerror', (error) => (first ??= error.message.split('\n', 1)[0]));
  page.on('console', (message) => {
    if (message.type() === 'error') first ??= message.text().split('\n', 1)[0];
  });
  return () => first;
}

/** Why the mark never came: the page's own first error, else Playwright's if it was not a timeout. */
function failureDetail(pageError: string | undefined, error: unknown): string {
  if (pageError) return ` — the page reported: ${pageError}`;
  if (error instanceof Error && error.name !== 'TimeoutError') return ` — ${error.message.split('\n', 1)[0]}`;
  return '';
}

/**
 * Milliseconds from navigation start to the mark, in a fresh context (empty cache, no storage):
 * a first start. With `returning`, the page is loaded once first (for the app, with her language
 * known and its database made), and the reload is measured: a return, its files in the cache.
 */
async function timeToInteractive(browser: Browser, target: Target, run: number, returning = false): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const firstError = watchForErrors(page);
    const deadline = Date.now() + RUN_TIMEOUT_MS;
    try {
      if (returning) {
        await page.goto(target.url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
        await page.evaluate(`localStorage.setItem(${JSON.stringify(LANGUAGE_HINT_KEY)}, 'fr')`);
        await page.reload({ waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
        await delay(SETTLE_MS);
      }
      // Nothing is run in the page until it has settled: reading the mark runs Playwright's
      // injected script on the page's main thread, and a page whose first screen comes after
      // `load` would pay for it inside the time we measure (a bare page marks before `load`).
      // The mark keeps the time it was made at, however late we read it.
      await (returning ? page.reload({ waitUntil: 'load', timeout: RUN_TIMEOUT_MS }) : page.goto(target.url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS }));
      for (;;) {
        await delay(SETTLE_MS);
        const startTime = await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null, INTERACTIVE_MARK);
        if (startTime !== null) return startTime;
        if (Date.now() > deadline) throw Object.assign(new Error('no mark'), { name: 'TimeoutError' });
      }
    } catch (error) {
      const which = run === 0 ? 'warm-up load' : `run ${run}`;
      throw new BenchError(
        `${target.label}, ${which}: no performance.mark('${INTERACTIVE_MARK}') within ${RUN_TIMEOUT_MS / 1000} s at ${target.url}` + failureDetail(firstError(), error),
      );
    }
  } finally {
    await context.close();
  }
}

/**
 * Loads app and bare page in turn, `runs` times each. One unmeasured load of each comes first:
 * otherwise the first measured run pays for Chromium's own cold start, not for the page. The
 * ratio is the median of each pair's ratio: the machine's load drifts during a run, and a pair
 * measured back to back shares the same conditions.
 */
async function measure(browser: Browser, app: Target, bare: Target, runs: number, returning = false): Promise<StartupResult> {
  await timeToInteractive(browser, app, 0, returning);
  await timeToInteractive(browser, bare, 0, returning);
  const appTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    appTimes.push(await timeToInteractive(browser, app, run, returning));
    bareTimes.push(await timeToInteractive(browser, bare, run, returning));
  }
  const ratios = appTimes.map((ms, i) => ms / bareTimes[i]!);
  return { runs, appMs: median(appTimes), bareMs: median(bareTimes), ratio: median(ratios) };
}

/**
 * Serves both builds on loopback, launches Chromium once, measures, and cleans everything up: a
 * first start (the target), then, with `returning`, a return.
 */
export async function measureStartup(appDir: string, bareDir: string, runs: number, returning = false): Promise<StartupResult> {
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    servers.push(await serveStatic(appDir), await serveStatic(bareDir));
    const [appServer, bareServer] = servers as [StaticServer, StaticServer];
    browser = await launchChromium();
    return await measure(browser, { label: 'app', url: appServer.url }, { label: 'bare React', url: bareServer.url }, runs, returning);
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

export function startupLine({ runs, appMs, bareMs, ratio }: StartupResult): string {
  return (
    `time to first interactive screen: app ${Math.round(appMs)} ms, bare React ${Math.round(bareMs)} ms ` +
    `(medians of ${runs}); ratio ${ratio.toFixed(2)}× (median of ${runs} back-to-back pairs) — target ≤ ${RATIO_TARGET}×: ${verdict(ratio <= RATIO_TARGET)}`
  );
}

/** A return's figures, for information: her first screen there is the profile choice, read from her database. */
export function returnLine({ runs, appMs, bareMs, ratio }: StartupResult): string {
  return (
    `a return (her language known, her database there, files cached): app ${Math.round(appMs)} ms, bare React ${Math.round(bareMs)} ms ` +
    `(medians of ${runs}); ratio ${ratio.toFixed(2)}× — no target: the profile choice reads her database, which a bare page does not have`
  );
}

export const startup: Benchmark = {
  name: 'startup',
  needsBuilds: true,
  run: async ({ root }) => {
    const runs = countFromEnv('BENCH_RUNS', DEFAULT_RUNS);
    console.log(startupLine(await measureStartup(appDist(root), bareDist(root), runs)));
    console.log(returnLine(await measureStartup(appDist(root), bareDist(root), runs, true)));
  },
};
