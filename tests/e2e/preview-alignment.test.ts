import { AppSession } from './harness';
import { CHECK, EXPLANATION, shippedModule } from './shipped-module';
import { screenshot } from './reading';

const { mod, blocks } = shippedModule('ai-basics');
const quiz = blocks.find((b) => b.type === 'quiz');
if (quiz?.type !== 'quiz') throw new Error('the module must have a quiz');

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

interface Piece {
  /** What the piece is: a block's id, or a lesson's title in the column's language. */
  key: string;
  top: number;
  /** Where its own content ends: before the columns were aligned, the next piece started there. */
  contentBottom: number;
}

/** Each language column's pieces (every block, and every lesson's heading), with where they start and where their content ends. */
function columnsOnScreen(): Promise<Record<string, Piece[]>> {
  return app.page.locator('section.preview-column').evaluateAll((sections) =>
    Object.fromEntries(
      sections.map((section) => {
        const pieces = [...section.querySelectorAll<HTMLElement>('article[data-block-id], .preview-lesson')].map((piece, i) => {
          const children = [...piece.children].map((child) => child.getBoundingClientRect().bottom);
          return { key: piece.dataset.blockId ?? `lesson ${i}`, top: piece.getBoundingClientRect().top, contentBottom: Math.max(...children) };
        });
        return [section.getAttribute('lang') ?? '', pieces];
      }),
    ),
  );
}

/** Pieces whose three versions do not start at the same height (within a pixel), as readable lines. */
function misaligned(columns: Record<string, Piece[]>): string[] {
  const [fr, nl, en] = [columns.fr!, columns.nl!, columns.en!];
  return fr.flatMap((piece, i) => {
    const tops = [piece.top, nl[i]!.top, en[i]!.top];
    const keys = new Set([piece.key, nl[i]!.key, en[i]!.key]);
    return keys.size > 1 || Math.max(...tops) - Math.min(...tops) > 1 ? [`${piece.key}: tops ${tops.map(Math.round).join(', ')}`] : [];
  });
}

describe('the authors’ preview lines its languages up, block by block', () => {
  it('starts every block and every lesson at the same height in fr, nl and en, though their texts differ in length', async () => {
    const page = app.page;
    await page.goto(`${app.server.url}#/preview/${mod.id}`);
    await page
      .locator('article[data-block-id]')
      .nth(3 * blocks.length - 1)
      .waitFor();
    const columns = await columnsOnScreen();
    expect(Object.keys(columns).sort()).toEqual(['en', 'fr', 'nl']);
    expect(columns.fr!.filter((p) => !p.key.startsWith('lesson ')).map((p) => p.key)).toEqual(blocks.map((b) => b.id));
    expect(misaligned(columns)).toEqual([]);
    // What makes it matter: blocks whose content ends at different heights in different languages.
    const uneven = columns.fr!.filter((piece, i) => Math.abs(piece.contentBottom - columns.en![i]!.contentBottom) > 10);
    expect(uneven.length).toBeGreaterThan(3);
    await screenshot(page, 'preview-module-aligned');
    audits['module preview'] = await app.accessibilityViolations();
  });

  it('keeps them lined up when a block is answered in one language only', async () => {
    const page = app.page;
    const french = page.getByRole('region', { name: 'Français' });
    const article = french.locator(`article[data-block-id="${quiz.id}"]`);
    const before = (await article.boundingBox())!.height;
    // As a learner would, in the French column alone: an option, then "Check my answer"; the explanation appears there only.
    const option = quiz.options.find((o) => o.correct)!;
    await article.getByLabel(option.text.fr, { exact: true }).check();
    await article.getByRole('button', { name: CHECK.fr }).click();
    await article.getByRole('heading', { name: EXPLANATION.fr }).waitFor();
    expect((await article.boundingBox())!.height).toBeGreaterThan(before);
    expect(misaligned(await columnsOnScreen())).toEqual([]);
  });

  it('lines up one block alone, and the module list', async () => {
    const page = app.page;
    const sort = blocks.find((b) => b.type === 'categorize')!;
    await page.goto(`${app.server.url}#/preview/${mod.id}/${sort.id}`);
    await page.locator('article[data-block-id]').nth(2).waitFor();
    const tops = await page.locator('article[data-block-id]').evaluateAll((articles) => articles.map((a) => a.getBoundingClientRect().top));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
    audits['block preview'] = await app.accessibilityViolations();

    await page.goto(`${app.server.url}#/preview`);
    await page.getByRole('link', { name: mod.title.nl }).waitFor();
    const rows = await page
      .locator('section.preview-column')
      .evaluateAll((sections) => sections.map((section) => [...section.querySelectorAll('.preview-module-list > li')].map((li) => li.getBoundingClientRect().top)));
    expect(rows).toHaveLength(3);
    rows[0]!.forEach((top, i) => expect(Math.abs(top - rows[1]![i]!) + Math.abs(top - rows[2]![i]!)).toBeLessThanOrEqual(2));
    audits['module list'] = await app.accessibilityViolations();
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(3);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
