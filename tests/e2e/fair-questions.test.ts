import { existsSync, readdirSync } from 'node:fs';
import { isScoredBlock, type Block } from '../../core/blocks';
import { AppSession } from './harness';
import { answerWithPointer, appStrings, blockOnScreen, fill, pressContinue, shippedModule, stepLabel } from './shipped-module';

type Shipped = ReturnType<typeof shippedModule>;

/**
 * The modules in an order where each comes after all its prerequisites, however long the chain
 * (a topological order): at each turn, of the modules whose prerequisites are all done, the first
 * by id.
 */
function afterPrerequisites(list: Shipped[]): Shipped[] {
  const done = new Set<string>();
  const order: Shipped[] = [];
  const byId = [...list].sort((a, b) => (a.mod.id < b.mod.id ? -1 : a.mod.id > b.mod.id ? 1 : 0));
  while (order.length < list.length) {
    const next = byId.find(({ mod }) => !done.has(mod.id) && mod.prerequisites.every((id) => done.has(id)));
    if (!next)
      throw new Error(
        `prerequisites that can never be done: ${byId
          .filter(({ mod }) => !done.has(mod.id))
          .map(({ mod }) => mod.id)
          .join(', ')}`,
      );
    done.add(next.mod.id);
    order.push(next);
  }
  return order;
}

/*
 * Every shipped module, in an order that respects prerequisites, and every quiz in them: a
 * learner in a fresh profile goes through them all, and the place of the right answer must not
 * give it away.
 */
const modules = afterPrerequisites(
  readdirSync('modules', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`modules/${entry.name}/module.yaml`))
    .map((entry) => shippedModule(entry.name)),
);
const quizCount = modules.reduce((sum, { blocks }) => sum + blocks.filter((b) => b.type === 'quiz').length, 0);

const COMPLETE_SCORE = appStrings('common', 'player.completeScore');

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

/** The ids of the options of the quiz on screen, in the order she sees them. */
const optionOrder = () => app.page.locator('form.quiz input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
/** Where the correct options of `quiz` stand in `order`, from 0. */
const correctPlaces = (quiz: Extract<Block, { type: 'quiz' }>, order: string[]) => order.flatMap((id, i) => (quiz.options.find((o) => o.id === id)!.correct ? [i] : []));

describe('fair questions: the place of an option gives nothing away', () => {
  /** For each quiz, in the order met: the places (from 0) of its correct options as she saw them. */
  const places: { quiz: string; correct: number[]; options: number }[] = [];

  it(`a learner in a fresh profile meets the right answer in different places across the ${quizCount} quizzes of the shipped modules`, async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Display name').fill('Nora Claes');
    await page.getByRole('radio', { name: 'Nurse' }).check();
    await page.getByRole('button', { name: 'Create my profile' }).click();

    let checkedStability = false;
    for (const { mod, blocks } of modules) {
      await page.getByRole('button', { name: `Start the module ${mod.title.en}` }).click();
      await page.getByRole('heading', { level: 1, name: mod.title.en }).waitFor();
      for (let step = 1; step <= blocks.length; step++) {
        await page.getByText(stepLabel(step - 1, blocks.length, 'en'), { exact: true }).waitFor();
        const block = await blockOnScreen(page, blocks);
        if (block.type === 'quiz') {
          await page.getByText(block.question.en).waitFor();
          const order = await optionOrder();
          expect([...order].sort()).toEqual(block.options.map((o) => o.id).sort());
          places.push({ quiz: block.id, correct: correctPlaces(block, order), options: order.length });
          if (!checkedStability) {
            audits['quiz in her order'] = await app.accessibilityViolations();
            // The same order after a reload, and in another language.
            await page.reload();
            await page.getByText(block.question.en).waitFor();
            expect(await optionOrder()).toEqual(order);
            await page.getByRole('button', { name: 'Français' }).click();
            await page.getByText(block.question.fr).waitFor();
            expect(await optionOrder()).toEqual(order);
            await page.getByRole('button', { name: 'English' }).click();
            await page.getByText(block.question.en).waitFor();
            checkedStability = true;
          }
        }
        // Every exercise core scores holds Continue until it is answered.
        if (isScoredBlock(block)) await answerWithPointer(page, block, 'en');
        if (block.type === 'quiz') {
          // Answered: her choice and the verdict on each option stay in her order.
          const seen = places[places.length - 1]!;
          expect(correctPlaces(block, await optionOrder())).toEqual(seen.correct);
        }
        if (step === blocks.length) await page.getByRole('button', { name: 'Finish the module' }).click();
        else await pressContinue(page);
      }
      await page.getByRole('heading', { name: 'Module completed' }).waitFor();
      // Every exercise was answered rightly, through the screen: the module scores in full.
      await page.getByText(fill(COMPLETE_SCORE.en, { score: new Intl.NumberFormat('en', { style: 'percent' }).format(1) }), { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Back to modules' }).first().click();
      await page.getByRole('heading', { name: 'Modules' }).waitFor();
    }

    expect(places).toHaveLength(quizCount);
    const firstCorrect = places.map((p) => Math.min(...p.correct));
    // Not always first, and not always in any one place.
    expect(firstCorrect.filter((place) => place === 0).length).toBeLessThan(quizCount);
    expect(new Set(firstCorrect).size).toBeGreaterThan(1);
  });

  it('sorting items come in her order too, the same in the authors’ preview for every language', async () => {
    const page = app.page;
    const { mod, blocks } = modules.find(({ blocks: list }) => list.some((b) => b.type === 'categorize'))!;
    const sort = blocks.find((b) => b.type === 'categorize')!;
    if (sort.type !== 'categorize') throw new Error('expected a categorize block');
    await page.goto(`${app.server.url}#/preview/${mod.id}/${sort.id}`);
    await page.getByText(sort.prompt.en).waitFor();
    // The cards to sort in each language column, read back as the items' ids: the same order in every column.
    const columns = await page
      .locator('form.categorize')
      .evaluateAll((forms) => forms.map((form) => [...form.querySelectorAll('.categorize-tray .categorize-card-text')].map((text) => text.textContent ?? '')));
    const idOf = (text: string) => sort.items.find((item) => Object.values(item.text).includes(text))?.id;
    const orders = columns.map((legends) => legends.map(idOf));
    expect(orders).toHaveLength(3);
    expect([...orders[0]!].sort()).toEqual(sort.items.map((i) => i.id).sort());
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
    audits['preview of a sorting exercise'] = await app.accessibilityViolations();
  });

  it('made no request off the loopback address, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(2);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
