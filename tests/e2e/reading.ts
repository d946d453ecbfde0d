import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AppSession } from './harness';

/** Where the end-to-end tests leave screenshots for a person to look at. */
export const SCREENSHOTS = join(__dirname, '../../test-results/screenshots');

/** A full-page screenshot, with any animation run to its end: the picture shows the screen as it settles. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/**
 * Sets reader settings the way a learner does, from the header's "Settings" (folded behind
 * "Menu" when the header is narrow), then goes back to the screen she was on.
 */
export async function setReaderSettings(page: Page, choices: { textSize?: string; theme?: string }): Promise<void> {
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if (!(await settings.isVisible())) await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await settings.click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  if (choices.theme) await page.getByRole('radio', { name: choices.theme, exact: true }).check();
  if (choices.textSize) await page.getByRole('radio', { name: choices.textSize, exact: true }).check();
  await page.getByText('Saved.', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
}

/**
 * What keeps the screen on display from being read at the reader's settings: the page scrolling
 * sideways, a header that takes more than a fifth of the screen or wraps where it must not, and
 * whatever axe-core finds (contrast included). One line per problem; none means it holds.
 * A screen is checked with one line: `audits['dashboard'] = await readingProblems(app)`.
 */
export async function readingProblems(app: AppSession, { menuOpen = false } = {}): Promise<string[]> {
  const layout = await app.page.evaluate(() => {
    const root = document.documentElement;
    const header = document.querySelector('body header')?.getBoundingClientRect();
    const rowHeight = Math.max(0, ...[...document.querySelectorAll('body header button')].map((b) => b.getBoundingClientRect().height));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, headerHeight: header?.height ?? 0, rowHeight, viewportHeight: innerHeight };
  });
  const problems: string[] = [];
  if (layout.scrollWidth > layout.clientWidth) problems.push(`the page scrolls sideways: ${layout.scrollWidth}px wide in ${layout.clientWidth}px`);
  // The header's own menu, while she has it open, may take room: it is hers to close.
  if (!menuOpen && layout.headerHeight > layout.viewportHeight / 5)
    problems.push(`the header takes ${Math.round((100 * layout.headerHeight) / layout.viewportHeight)}% of the screen's height`);
  // One row of buttons plus the row's padding; a second row would add another button's height.
  if (!menuOpen && layout.headerHeight > layout.rowHeight * 1.5)
    problems.push(`the header wraps: ${Math.round(layout.headerHeight)}px high for ${Math.round(layout.rowHeight)}px buttons`);
  return [...problems, ...(await app.accessibilityViolations())];
}
