import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { BlockOf } from '../../core/blocks';
import { readingOrder } from '../../core/progress';
import { AppSession } from './harness';
import { readingProblems, screenshot, SCREENSHOTS, setReaderSettings } from './reading';
import { answerWithPointer, blockStrings, fill, shippedModule, sortingCard, sortingZone, startModuleInEnglish, stepLabel, walkTo } from './shipped-module';

/*
 * Two shipped sorting exercises, one after the other in the critical-review module: the first
 * sorted with the keyboard alone in the light theme, the second dragged with the mouse in the
 * dark one; then a third, in another module, at 200 % text in high contrast.
 */
const { mod } = shippedModule('critical-review');
const blocks = readingOrder(mod, 'nurse').map((p) => p.block);
const sorts = blocks.flatMap((b, i) => (b.type === 'categorize' ? [{ block: b, index: i }] : []));
const [byKeys, byDrag] = sorts;
if (!byKeys || !byDrag || byDrag.block.groups.length < 4) throw new Error('critical-review must have two sorting exercises, the second with four groups');
const basics = shippedModule('ai-basics').mod;
const basicsBlocks = readingOrder(basics, 'nurse').map((p) => p.block);
const thirdIndex = basicsBlocks.findIndex((b) => b.type === 'categorize');
const third = basicsBlocks[thirdIndex] as BlockOf<'categorize'>;

const say = (key: string, values: Record<string, string | number> = {}) => fill(blockStrings('categorize', key).en, values);
const left = (count: number) => (count === 0 ? say('announce.allSorted') : fill(blockStrings('categorize', `announce.left_${count === 1 ? 'one' : 'other'}`).en, { count }));
const groupOf = (block: BlockOf<'categorize'>, item: BlockOf<'categorize'>['items'][number]) => block.groups.find((g) => g.id === item.group)!;
const elsewhere = (block: BlockOf<'categorize'>, item: BlockOf<'categorize'>['items'][number]) => block.groups.find((g) => g.id !== item.group)!;

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

/** Waits until the exercise has said `text` in its polite live region. */
const announced = (text: string) => app.page.getByRole('status').filter({ hasText: text }).waitFor();
/** Waits until `locator` has the keyboard focus. */
const focused = (locator: Locator) => locator.and(app.page.locator(':focus')).waitFor();
const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
/** The cards still to sort, in the order she sees them, as items. */
async function tray(block: BlockOf<'categorize'>) {
  const texts = await sortingZone(app.page, 'Cards to sort').getByRole('button').allTextContents();
  return texts.map((text) => block.items.find((item) => item.text.en === text)!);
}
/** Tab, then Shift+Tab, until `target` has focus, as a keyboard user looks for it. */
async function tabTo(target: Locator) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let presses = 0; presses < 30; presses++) {
      if (await hasFocus(target)) return;
      await app.page.keyboard.press(key);
    }
  }
  throw new Error('Tab never reached the element');
}
/** How each zone's edge is drawn: the zone a card would go to is solid, the others dashed. */
const edges = (block: BlockOf<'categorize'>) => Promise.all(block.groups.map((g) => sortingZone(app.page, g.label.en).evaluate((el) => getComputedStyle(el).borderTopStyle)));

/**
 * Presses the mouse on a card and moves it, in steps, onto `target`; when the target is off
 * screen, holds the card near the window's edge until the page has scrolled to it. Returns the
 * release, so a test can look at the screen mid-drag.
 */
async function drag(card: Locator, target: Locator): Promise<() => Promise<void>> {
  const page = app.page;
  const viewport = page.viewportSize()!;
  await card.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(x + 15, from.y + from.height / 2 + 15, { steps: 3 });
  let to = (await target.boundingBox())!;
  for (let wait = 0; wait < 100 && (to.y + 60 > viewport.height || to.y + to.height < 60); wait++) {
    await page.mouse.move(x, to.y > 0 ? viewport.height - 6 : 6);
    await page.waitForTimeout(30);
    to = (await target.boundingBox())!;
  }
  // Out of the edges' bands at once, where the page would go on scrolling under the card; then to the target, where it is now.
  await page.mouse.move(x, Math.min(Math.max(60, to.y + 30), viewport.height - 60));
  to = (await target.boundingBox())!;
  const y = Math.min(Math.max(to.y + 30, to.y + to.height / 2), viewport.height - 60);
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  return () => page.mouse.up();
}

describe('sorting cards, as a learner does it', () => {
  it('sorts a shipped exercise with the keyboard alone, every move announced, a card moved again, sent back and put down with Escape', async () => {
    const page = app.page;
    const block = byKeys.block;
    await startModuleInEnglish(page, app.server.url, { name: 'Lotte Maes', profession: 'Nurse' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await walkTo(page, blocks, 0, byKeys.index);
    await page.getByText(block.prompt.en).waitFor();
    audits['keyboard: cards to sort'] = await app.accessibilityViolations();

    const shown = await tray(block);
    expect(shown.map((i) => i.id).sort()).toEqual(block.items.map((i) => i.id).sort());
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    const [first, second, ...rest] = shown;

    // The first card: picked up, aimed with an arrow then with its group's number, put down with Enter.
    await focused(sortingCard(page, first!.text.en));
    await page.keyboard.press('Space');
    await announced(say('announce.pickedUp', { card: first!.text.en, last: block.groups.length }));
    expect(await sortingCard(page, first!.text.en).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await announced(say('announce.target', { group: block.groups[0]!.label.en, number: 1, total: block.groups.length }));
    expect(await edges(block)).toEqual(block.groups.map((_, i) => (i === 0 ? 'solid' : 'dashed')));
    await page.keyboard.press(String(block.groups.indexOf(groupOf(block, first!)) + 1));
    await page.keyboard.press('Enter');
    await announced(`${say('announce.placed', { card: first!.text.en, group: groupOf(block, first!).label.en })} ${left(shown.length - 1)}`);
    await sortingCard(sortingZone(page, groupOf(block, first!).label.en), first!.text.en).waitFor();

    // Focus goes on to the next card to sort. This one goes to a wrong group, on purpose.
    await focused(sortingCard(page, second!.text.en));
    await page.keyboard.press('Space');
    const wrong = elsewhere(block, second!);
    await page.keyboard.press(String(block.groups.indexOf(wrong) + 1));
    await screenshot(page, 'sorting-cards-keyboard-light');
    audits['keyboard: a card picked up, a group aimed at'] = await app.accessibilityViolations();
    await page.keyboard.press('Enter');
    await sortingCard(sortingZone(page, wrong.label.en), second!.text.en).waitFor();

    for (const item of rest) {
      await focused(sortingCard(page, item.text.en));
      await page.keyboard.press('Space');
      await page.keyboard.press(String(block.groups.indexOf(groupOf(block, item)) + 1));
      await page.keyboard.press('Enter');
      await sortingCard(sortingZone(page, groupOf(block, item).label.en), item.text.en).waitFor();
    }
    await announced(say('announce.allSorted'));

    // The misplaced card: found again with Tab, sent back to the tray with the arrows, then placed; Escape in between.
    const misplaced = sortingCard(page, second!.text.en);
    await tabTo(misplaced);
    await page.keyboard.press('Space');
    for (
      let presses = 0;
      presses <= block.groups.length &&
      !(await page
        .getByRole('status')
        .filter({ hasText: say('announce.targetTray') })
        .count());
      presses++
    ) {
      await page.keyboard.press('ArrowLeft');
    }
    await page.keyboard.press('Enter');
    await announced(`${say('announce.returned', { card: second!.text.en })} ${left(1)}`);
    await sortingCard(sortingZone(page, 'Cards to sort'), second!.text.en).waitFor();
    await focused(misplaced);
    await page.keyboard.press('Space');
    await page.keyboard.press(String(block.groups.indexOf(groupOf(block, second!)) + 1));
    await page.keyboard.press('Escape');
    await announced(say('announce.staysInTray', { card: second!.text.en }));
    expect(await misplaced.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await page.keyboard.press(String(block.groups.indexOf(groupOf(block, second!)) + 1));
    await page.keyboard.press('Enter');
    await announced(`${say('announce.placed', { card: second!.text.en, group: groupOf(block, second!).label.en })} ${left(0)}`);

    const check = page.getByRole('button', { name: 'Check my answer' });
    await tabTo(check);
    await page.keyboard.press('Enter');
    const total = block.items.length;
    const result = page.getByRole('status').filter({ hasText: `${total} of ${total} cards in the right group` });
    await result.waitFor();
    expect(await hasFocus(result)).toBe(true);
    for (const item of block.items) {
      const zone = sortingZone(page, groupOf(block, item).label.en);
      await zone.getByText(item.text.en, { exact: true }).waitFor();
      expect(await zone.getByRole('listitem').filter({ hasText: item.text.en }).textContent()).toContain(`✓ Right group: ${groupOf(block, item).label.en}.`);
    }
    await screenshot(page, 'sorting-cards-answered-light');
    audits['keyboard: answered'] = await app.accessibilityViolations();
  });

  it('sorts the next one by dragging the cards with the mouse, in the dark theme', async () => {
    const page = app.page;
    const block = byDrag.block;
    await setReaderSettings(page, { theme: 'Dark' });
    await walkTo(page, blocks, byKeys.index, byDrag.index);
    await page.getByText(block.prompt.en).waitFor();
    const shown = await tray(block);
    const [first, second, ...rest] = shown;

    // Mid-drag: the card follows the pointer above the group it would go to, whose edge turns solid.
    const release = await drag(sortingCard(page, first!.text.en), sortingZone(page, groupOf(block, first!).label.en));
    expect(await edges(block)).toEqual(block.groups.map((g) => (g.id === first!.group ? 'solid' : 'dashed')));
    expect(await sortingCard(page, first!.text.en).evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
    // The viewport only: a full-page capture would be taken while the mouse button is down.
    await page.screenshot({ path: join(SCREENSHOTS, 'sorting-cards-drag-dark.png') });
    audits['drag: a card over a group'] = await app.accessibilityViolations();
    await release();
    await announced(`${say('announce.placed', { card: first!.text.en, group: groupOf(block, first!).label.en })} ${left(shown.length - 1)}`);
    await sortingCard(sortingZone(page, groupOf(block, first!).label.en), first!.text.en).waitFor();

    // Released outside every zone, a card goes back where it was.
    await (
      await drag(sortingCard(page, second!.text.en), page.getByText(say('instructions')))
    )();
    await announced(say('announce.staysInTray', { card: second!.text.en }));
    await sortingCard(sortingZone(page, 'Cards to sort'), second!.text.en).waitFor();
    // Dropped in a wrong group, then dragged from there to its own.
    await (
      await drag(sortingCard(page, second!.text.en), sortingZone(page, elsewhere(block, second!).label.en))
    )();
    await sortingCard(sortingZone(page, elsewhere(block, second!).label.en), second!.text.en).waitFor();
    await (
      await drag(sortingCard(page, second!.text.en), sortingZone(page, groupOf(block, second!).label.en))
    )();
    await sortingCard(sortingZone(page, groupOf(block, second!).label.en), second!.text.en).waitFor();

    // The last card goes to a wrong group, so the verdicts show both marks.
    for (const [i, item] of rest.entries()) {
      const group = i === rest.length - 1 ? elsewhere(block, item) : groupOf(block, item);
      await (
        await drag(sortingCard(page, item.text.en), sortingZone(page, group.label.en))
      )();
      await sortingCard(sortingZone(page, group.label.en), item.text.en).waitFor();
    }
    await announced(say('announce.allSorted'));
    await page.getByRole('button', { name: 'Check my answer' }).click();
    const total = block.items.length;
    await page
      .getByRole('status')
      .filter({ hasText: `${total - 1} of ${total} cards in the right group` })
      .waitFor();
    const last = rest[rest.length - 1]!;
    const verdict = await sortingZone(page, elsewhere(block, last).label.en).getByRole('listitem').filter({ hasText: last.text.en }).textContent();
    expect(verdict).toContain(`✗ Your choice: ${elsewhere(block, last).label.en}. Right group: ${groupOf(block, last).label.en}.`);
    await screenshot(page, 'sorting-cards-answered-dark');
    audits['drag: answered, dark'] = await app.accessibilityViolations();
  });

  it('reads at 200 % text in high contrast, before and after checking', async () => {
    const page = app.page;
    await setReaderSettings(page, { theme: 'High contrast', textSize: '200%' });
    await page.getByText(byDrag.block.prompt.en).waitFor();
    audits['answered, 200 %, high contrast'] = await readingProblems(app);

    await page.getByRole('button', { name: 'Back to modules' }).first().click();
    await page.getByRole('button', { name: `Start the module ${basics.title.en}` }).click();
    await page.getByText(stepLabel(0, basicsBlocks.length, 'en')).waitFor();
    await walkTo(page, basicsBlocks, 0, thirdIndex);
    await page.getByText(third.prompt.en).waitFor();
    audits['cards to sort, 200 %, high contrast'] = await readingProblems(app);
    // A card picked up by a click: every zone offers "Place here".
    await sortingCard(page, third.items[0]!.text.en).click();
    await sortingZone(page, third.groups[0]!.label.en)
      .getByRole('button', { name: `Place here: ${third.groups[0]!.label.en}` })
      .waitFor();
    audits['a card picked up, 200 %, high contrast'] = await readingProblems(app);
    await screenshot(page, 'sorting-cards-contrast-200');
    await page.keyboard.press('Escape');
    await answerWithPointer(page, third, 'en', false);
    audits['answered wrongly, 200 %, high contrast'] = await readingProblems(app);
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(9);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
