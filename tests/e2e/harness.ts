import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic, type StaticServer } from '../../scripts/serve';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * One browser on the built app. Every request is recorded, and anything that is not the
 * loopback server is blocked and reported: the app must make no network request of its own.
 */
export class AppSession {
  readonly requests: string[] = [];
  readonly problems: string[] = [];
  private constructor(
    readonly server: StaticServer,
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async start(locale: string): Promise<AppSession> {
    // The browser first: when it cannot start, no server is left open to keep Jest waiting.
    const browser = await launchChromium();
    const server = await serveStatic(join(__dirname, '../../dist/renderer'), { port: 0 }).catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const session = new AppSession(server, browser, context, page);
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return new URL(url).origin === origin ? route.continue() : route.abort('blockedbyclient');
    });
    context.on('request', (r) => session.requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && session.problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => session.problems.push(`page error: ${e.message}`));
    return session;
  }

  /** Requests that left the loopback address (data: URLs never leave the page). */
  offLoopback(): string[] {
    return this.requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol !== 'data:' && hostname !== '127.0.0.1';
    });
  }

  /** axe-core's WCAG 2.2 AA violations on what is on screen now, as readable lines. */
  async accessibilityViolations(): Promise<string[]> {
    // Judged as the screen stands: a button's colour still easing from one state to the next
    // (120 ms) is half of each, and no reader's view of it.
    await this.page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}
