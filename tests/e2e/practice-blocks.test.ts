import { AppSession } from './harness';
import { CONTINUE, shippedModule, sortingCard, sortingZone, startModuleInEnglish, stepLabel, walkTo } from './shipped-module';

const { mod, blocks } = shippedModule('ai-basics');
const sortIndex = blocks.findIndex((b) => b.type === 'categorize');
const cardsIndex = blocks.findIndex((b) => b.type === 'flashcards');
const sort = blocks[sortIndex]!;
const cards = blocks[cardsIndex]!;
if (sort.type !== 'categorize' || cards.type !== 'flashcards') throw new Error('the module must have a categorize and a flashcards block');
const glossary = new Map(mod.glossary.map((t) => [t.id, t]));

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
  // Mid-morning, whenever the test runs: a card answered "Again" comes back in minutes, which
  // is tomorrow when the test runs just before midnight.
  await app.context.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
});
afterAll(async () => {
  await app?.stop();
});

describe('practice blocks, by keyboard', () => {
  it('a learner sorts a categorize exercise with the keyboard only', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Jan Peeters', profession: 'Physiotherapist' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await walkTo(page, blocks, 0, sortIndex);
    await page.getByText(sort.prompt.en).waitFor();
    audits['categorize'] = await app.accessibilityViolations();

    // From the lesson heading, Tab reaches the first card to sort; the cards come in her own order.
    const tray = sortingZone(page, 'Cards to sort');
    const texts = await tray.getByRole('button').allTextContents();
    const shown = texts.map((text) => sort.items.find((item) => item.text.en === text)!);
    expect(shown.map((item) => item.id).sort()).toEqual(sort.items.map((item) => item.id).sort());
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    for (const item of shown) {
      // Space picks the card up, its group's number aims at it, Enter puts it there; focus goes on to the next card to sort.
      await sortingCard(page, item.text.en).and(page.locator(':focus')).waitFor();
      const group = sort.groups.find((g) => g.id === item.group)!;
      await page.keyboard.press('Space');
      await page.keyboard.press(String(sort.groups.indexOf(group) + 1));
      await page.keyboard.press('Enter');
      await sortingCard(sortingZone(page, group.label.en), item.text.en).waitFor();
    }
    await page.getByRole('status').filter({ hasText: 'Every card is sorted: you can check your answer.' }).waitFor();
    const check = page.getByRole('button', { name: 'Check my answer' });
    for (let presses = 0; presses < sort.items.length + 1 && !(await check.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
    expect(await check.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    const total = sort.items.length;
    await page
      .getByRole('status')
      .filter({ hasText: `${total} of ${total} cards in the right group` })
      .waitFor();
    for (const item of sort.items) {
      const group = sort.groups.find((g) => g.id === item.group)!;
      await page.getByText(`✓ Right group: ${group.label.en}.`).first().waitFor();
      await page.getByText(item.feedback.en).waitFor();
    }
    audits['categorize answered'] = await app.accessibilityViolations();
    expect(await page.getByRole('button', { name: CONTINUE.en }).isEnabled()).toBe(true);
  });

  it('reviews the glossary flashcards with the keyboard, and finds them due on the home screen', async () => {
    const page = app.page;
    await walkTo(page, blocks, sortIndex, cardsIndex);
    await page.getByText(`Card 1 of ${cards.terms.length}`).waitFor();
    audits['flashcards'] = await app.accessibilityViolations();
    const total = cards.terms.length;
    // First round: "Again" for every card, each of which then comes back at the end of the round.
    for (const [n, termId] of cards.terms.entries()) {
      const term = glossary.get(termId)!;
      await page.getByText(`Card ${n + 1} of ${total + n}`).waitFor();
      await page.getByRole('heading', { name: term.term.en, exact: true }).waitFor();
      await page.getByRole('button', { name: 'Show the definition' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(term.definition.en).waitFor();
      if (n === 0) audits['flashcard revealed'] = await app.accessibilityViolations();
      await page.getByRole('button', { name: /^Again / }).focus();
      await page.keyboard.press('Enter');
    }
    // The same cards again, graded with the keys: "Good" (3) still brings each back within minutes, so it is due today.
    for (const [n, termId] of cards.terms.entries()) {
      await page.getByText(`Card ${total + n + 1} of ${2 * total}`).waitFor();
      await page.getByRole('heading', { name: glossary.get(termId)!.term.en, exact: true }).waitFor();
      await page.getByRole('button', { name: 'Show the definition' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('3');
    }
    await page.getByRole('heading', { name: 'Review finished' }).waitFor();
    await page.getByText(`You reviewed ${cards.terms.length} cards.`).waitFor();

    await page.getByRole('button', { name: 'Back to modules' }).first().click();
    await page.getByText(`${cards.terms.length} cards to review today`).waitFor();
    audits['catalogue with due cards'] = await app.accessibilityViolations();
    await page.getByRole('button', { name: 'Review now' }).click();
    await page.getByRole('heading', { name: 'Review your cards' }).waitFor();
    await page.getByRole('button', { name: 'Show the definition' }).click();
    audits['review screen'] = await app.accessibilityViolations();
    await page.getByRole('button', { name: /^Easy / }).click();
    await page.getByText(`Card 2 of ${cards.terms.length}`).waitFor();
  });

  it('lets an author preview a block in two languages side by side, without a profile', async () => {
    const page = app.page;
    await page.goto(`${app.server.url}#/preview/${mod.id}/${sort.id}`);
    await page.getByText(sort.prompt.fr).waitFor();
    await page.getByText(sort.prompt.nl).waitFor();
    await page.getByText(sort.prompt.en).waitFor();
    audits['preview'] = await app.accessibilityViolations();
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(7);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
