import { mkdirSync } from 'node:fs';
import { FLAW_TYPE_LABELS, FLAW_TYPES, VERDICTS, type OutputReviewBlock } from '../../core/blocks/output-review/definition';
import { readingOrder } from '../../core/progress';
import { AppSession } from './harness';
import { CHECK_REVIEW, shippedModule, startModuleInEnglish, stepLabel, VERDICT_LABELS, walkTo } from './shipped-module';

const { mod } = shippedModule('critical-review');
// A physician meets the physicians' outputs first: the order the player shows her.
const blocks = readingOrder(mod, 'physician').map((p) => p.block);
const reviewIndex = blocks.findIndex((b) => b.type === 'output-review');
const review = blocks[reviewIndex] as OutputReviewBlock;
if (review?.type !== 'output-review' || review.flaws.length < 2) throw new Error('the module must open its reviews with an output of at least two flaws');
const segments = review.segments.en;
const firstSegmentOf = (flawId: string) => segments.findIndex((s) => s.flaw === flawId);
const first = review.flaws[0]!;

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

const focused = () =>
  app.page.evaluate(() => ({
    role: document.activeElement?.getAttribute('role') ?? null,
    index: document.activeElement?.getAttribute('data-index') ?? null,
    tag: document.activeElement?.tagName ?? '',
    name: (document.activeElement as HTMLInputElement | null)?.name ?? '',
    type: (document.activeElement as HTMLInputElement | null)?.type ?? '',
  }));
const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i += 1) await app.page.keyboard.press(key);
};

/** From the sentence that has focus, marks sentence `target` and gives it a type and a confidence, by keyboard alone. */
async function markByKeyboard(target: number, type: (typeof FLAW_TYPES)[number], close: 'Enter on Done' | 'Escape', screenshot?: string) {
  const from = Number((await focused()).index);
  await press(target > from ? 'ArrowDown' : 'ArrowUp', Math.abs(target - from));
  expect(await focused()).toMatchObject({ role: 'option', index: String(target) });
  await press('Space');
  // Focus is in the choice of type, on its first radio; arrows choose, Tab goes on to the confidence.
  expect(await focused()).toMatchObject({ tag: 'INPUT', type: 'radio' });
  const typeIndex = FLAW_TYPES.indexOf(type);
  if (typeIndex === 0) await press('Space');
  else await press('ArrowDown', typeIndex);
  await press('Tab');
  await press('ArrowDown', 2);
  expect(await app.page.getByRole('radio', { name: /^High/ }).isChecked()).toBe(true);
  expect(await app.page.getByRole('radio', { name: FLAW_TYPE_LABELS[type].en, exact: true }).isChecked()).toBe(true);
  if (screenshot) await app.page.screenshot({ path: screenshot, fullPage: true });
  if (close === 'Escape') await press('Escape');
  else {
    await press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Done');
    await press('Enter');
  }
  expect(await focused()).toMatchObject({ role: 'option', index: String(target) });
}

describe('a physician reviews an AI output with the keyboard only', () => {
  it('reaches the first output to review, her own profession’s', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Dr Sara Haddad', profession: 'Physician' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    await walkTo(page, blocks, 0, reviewIndex);
    await page.getByRole('listbox', { name: review.output.en }).waitFor();
    expect(review.profession).toBe('physician');
    audits['output to review'] = await app.accessibilityViolations();
  });

  it('marks the first flaw by keyboard: one tab stop, arrows, Space, then type and confidence as radios', async () => {
    const page = app.page;
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    await press('Tab');
    expect(await focused()).toMatchObject({ role: 'option', index: '0' });
    await markByKeyboard(firstSegmentOf(first.id), first.type, 'Enter on Done');
    audits['one mark'] = await app.accessibilityViolations();
  });

  it('loses no mark when the page reloads in the middle of the review', async () => {
    const page = app.page;
    await page.reload();
    const marked = page.getByRole('option', { selected: true });
    await marked.first().waitFor();
    expect(await marked.count()).toBe(1);
    expect(await marked.first().getAttribute('data-index')).toBe(String(firstSegmentOf(first.id)));
    expect(await marked.first().getAttribute('aria-describedby')).not.toBeNull();
    await page.getByText(`${FLAW_TYPE_LABELS[first.type].en}, high confidence`, { exact: true }).waitFor();
  });

  it('marks the second flaw, gives a verdict and a note, and checks the review, all by keyboard', async () => {
    const page = app.page;
    await page.locator('section.block').getByRole('heading', { level: 2 }).focus();
    await press('Tab');
    // The tab stop is where she left off: her marked sentence.
    expect(await focused()).toMatchObject({ role: 'option', index: String(firstSegmentOf(first.id)) });
    mkdirSync('test-results', { recursive: true });
    for (const flaw of review.flaws.slice(1)) await markByKeyboard(firstSegmentOf(flaw.id), flaw.type, 'Escape', 'test-results/output-review-marking.png');

    // One Tab leaves the output: the next stop is no sentence.
    await press('Tab');
    expect((await focused()).role).not.toBe('option');
    for (let i = 0; i < 20 && !((await focused()).type === 'radio' && (await focused()).name.endsWith('-verdict')); i += 1) await press('Tab');
    expect(await focused()).toMatchObject({ type: 'radio' });
    const verdictIndex = VERDICTS.indexOf(review.verdict);
    if (verdictIndex === 0) await press('Space');
    else await press('ArrowDown', verdictIndex);
    expect(await page.getByRole('radio', { name: VERDICT_LABELS[review.verdict].en, exact: true }).isChecked()).toBe(true);
    await press('Tab');
    await page.keyboard.type('Please correct the dose before signing.');
    await press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe(CHECK_REVIEW.en);
    await press('Enter');

    const max = 2 * review.flaws.length + 1;
    await page
      .getByRole('status')
      .filter({ hasText: `Score: ${max} of ${max} points. Passed.` })
      .waitFor();
    for (const flaw of review.flaws) {
      await page.getByText(flaw.why.en).waitFor();
      await page.getByText(flaw.verify.en).waitFor();
    }
    expect(await page.getByText('✓ You marked it, with the right kind of flaw.').count()).toBe(review.flaws.length);
    await page.getByText('Please correct the dose before signing.').waitFor();
    audits['review checked'] = await app.accessibilityViolations();
    await page.screenshot({ path: 'test-results/output-review.png', fullPage: true });
  });

  it('sent nothing anywhere, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(3);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
