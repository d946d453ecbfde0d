import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { parseModuleSource } from '../../core/content/parse';
import { isScoredBlock, type Block, type BlockOf, type BlockType } from '../../core/blocks';
import { rightActions } from '../../core/blocks/device-data/scoring';
import { ACTION_LABELS, ACTIONS, CLASS_LABELS, CLASSES } from '../../core/blocks/device-data/terms';
import { FLAW_TYPE_LABELS, FLAW_TYPES, VERDICTS, type Confidence, type FlawType } from '../../core/blocks/output-review/definition';
import { judge } from '../../core/blocks/scenario/definition';
import { analyse, offered, replay } from '../../core/blocks/scenario/graph';
import type { LearningModule } from '../../core/content/schema';
import { LANGUAGES, type Language } from '../../core/i18n';
import { flattenBlocks } from '../../core/progress';

/** The module the app ships, read by core as the build reads it: tests follow its content. */
export function shippedModule(id: string): { mod: LearningModule; blocks: Block[] } {
  const parsed = parseModuleSource(readFileSync(`modules/${id}/module.yaml`, 'utf8'), id);
  if (!parsed.ok) throw new Error(`the shipped module ${id} must be valid`);
  return { mod: parsed.module, blocks: flattenBlocks(parsed.module).map((p) => p.block) };
}

// -------------------------------------------------------------------------------------------------
// The app's strings, read from its locale files: a test names a button as the learner reads it.

export type Strings = Record<Language, string>;

function strings(file: (lang: Language) => string, path: string): Strings {
  const read = (lang: Language) => {
    const value = path.split('.').reduce<unknown>((tree, key) => (tree as Record<string, unknown> | undefined)?.[key], JSON.parse(readFileSync(file(lang), 'utf8')));
    if (typeof value !== 'string') throw new Error(`${file(lang)} has no string at ${path}`);
    return value;
  };
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, read(lang)])) as Strings;
}
/** A block type's UI string in each language, as its view shows it (renderer/src/blocks/<type>/locales). */
export const blockStrings = (type: BlockType, path: string): Strings => strings((lang) => `renderer/src/blocks/${type}/locales/${lang}.json`, path);
/** One of the app's own strings in each language (locales/<lang>/<namespace>.json). */
export const appStrings = (namespace: string, path: string): Strings => strings((lang) => `locales/${lang}/${namespace}.json`, path);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A string with its {{placeholders}} filled in, as i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {{${key}}} in "${template}"`);
    return String(values[key]);
  });
}
/** Matches the whole of a string of which some placeholders are given: the others stand for any text. */
function matching(template: string, values: Record<string, string | number>): RegExp {
  const parts = template.split(/(\{\{\w+\}\})/).map((part) => {
    const key = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
    return key === undefined ? escapeRegExp(part) : key in values ? escapeRegExp(String(values[key])) : '.+';
  });
  return new RegExp(`^${parts.join('')}$`);
}
/** Matches any text that starts with this one. */
const startingWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

export const CHECK = appStrings('blocks', 'answer.check');
export const EXPLANATION = appStrings('blocks', 'answer.explanation');
export const CONTINUE = appStrings('common', 'player.continue');
const STEP = appStrings('common', 'player.step');
export const PROMPT_LABEL = blockStrings('prompt-lab', 'promptLabel');
export const CHECK_PROMPT = blockStrings('prompt-lab', 'check');
const EXPERT_TITLE = blockStrings('prompt-lab', 'expertTitle');
export const CHECK_REVIEW = blockStrings('output-review', 'check');
export const VERDICT_LABELS = Object.fromEntries(VERDICTS.map((v) => [v, blockStrings('output-review', `verdict.${v}`)])) as Record<(typeof VERDICTS)[number], Strings>;
const REVIEW = {
  editor: blockStrings('output-review', 'editor.title'),
  done: blockStrings('output-review', 'editor.done'),
  verdict: blockStrings('output-review', 'verdict.legend'),
  debrief: blockStrings('output-review', 'reveal.debrief'),
  confidence: (c: Confidence) => blockStrings('output-review', `confidence.${c}`),
};
export const CONFIRM_CHOICE = blockStrings('scenario', 'confirm');
const SCENARIO = { decision: blockStrings('scenario', 'decision'), ending: blockStrings('scenario', 'endingHeading') };
const DEVICE_DATA = {
  episode: blockStrings('device-data', 'episode'),
  stretch: blockStrings('device-data', 'stretch'),
  from: blockStrings('device-data', 'picker.from'),
  to: blockStrings('device-data', 'picker.to'),
  add: blockStrings('device-data', 'picker.add'),
};

export function stepLabel(index: number, total: number, lang: Language): string {
  return fill(STEP[lang], { current: index + 1, total });
}

/** The heading of a scenario's decision `n` (from 1), as the learner reads it. */
export const decisionHeading = (page: Page, n: number, lang: Language): Locator => page.getByRole('heading', { name: fill(SCENARIO.decision[lang], { number: n }), exact: true });

// -------------------------------------------------------------------------------------------------
// Answering with the pointer

/**
 * Answers the exercise on screen with the pointer, as the learner would, rightly or wrongly, and
 * waits for its result; returns what was chosen, as the learner read it. Every type that core
 * scores holds Continue until answered, so every one is here: a new one does not compile until
 * it is. Wrongly: a quiz gets one wrong option, a sorting exercise every item in another group,
 * a review marks one right sentence and gives another verdict, a scenario plays the shortest
 * path that fails, a device case gets the wrong class and action for every episode. A prompt-lab
 * is only answered rightly, with the lab's sample: the task in a learner's own words.
 */
export async function answerWithPointer(page: Page, block: Block, lang: Language, correctly = true): Promise<string[]> {
  if (!isScoredBlock(block)) throw new Error(`block ${block.id} (${block.type}) takes no answer`);
  switch (block.type) {
    case 'quiz':
      return checked(page, lang, await chooseOptions(page, block, lang, correctly));
    case 'categorize':
      return checked(page, lang, await sortItems(page, block, lang, correctly));
    case 'device-data':
      return checked(page, lang, await judgeReadings(page, block, lang, correctly));
    case 'prompt-lab':
      return writePrompt(page, block, lang, correctly);
    case 'output-review':
      return review(page, block, lang, correctly);
    case 'scenario':
      return play(page, block, lang, correctly);
    default: {
      const unanswered: never = block;
      throw new Error(`no way to answer ${JSON.stringify(unanswered)}`);
    }
  }
}

/** Presses "Check my answer" and waits for the explanation: the end of a quiz, a sorting exercise or a device case. */
async function checked(page: Page, lang: Language, chosen: string[]): Promise<string[]> {
  await page.getByRole('button', { name: CHECK[lang] }).click();
  await page.getByRole('heading', { name: EXPLANATION[lang] }).waitFor();
  return chosen;
}

async function chooseOptions(page: Page, block: BlockOf<'quiz'>, lang: Language, correctly: boolean): Promise<string[]> {
  const options = correctly ? block.options.filter((o) => o.correct) : [block.options.find((o) => !o.correct)!];
  for (const option of options) await page.getByLabel(option.text[lang], { exact: true }).check();
  return options.map((o) => o.text[lang]);
}

/**
 * Sorting cards by clicks: each card, then its group's zone (on the group's name, where no card
 * lies); the card must then be in that zone. Dragging is tested on its own (sorting-cards.test.ts).
 */
async function sortItems(page: Page, block: BlockOf<'categorize'>, lang: Language, correctly: boolean): Promise<string[]> {
  for (const item of block.items) {
    const own = block.groups.findIndex((g) => g.id === item.group);
    const group = block.groups[correctly ? own : (own + 1) % block.groups.length]!;
    const zone = sortingZone(page, group.label[lang]);
    await sortingCard(page, item.text[lang]).click();
    await zone.getByText(group.label[lang], { exact: true }).click();
    await sortingCard(zone, item.text[lang]).waitFor();
  }
  return block.items.map((i) => i.text[lang]);
}

/** A sorting exercise's zone: one of its groups, or the tray of cards to sort, by the name it shows. */
export const sortingZone = (page: Page, name: string): Locator => page.getByRole('group', { name, exact: true });
/** A card of a sorting exercise (before it is checked, a card is a button named by its text), anywhere or in one zone. */
export const sortingCard = (within: Page | Locator, text: string): Locator => within.getByRole('button', { name: text, exact: true });

async function writePrompt(page: Page, block: BlockOf<'prompt-lab'>, lang: Language, correctly: boolean): Promise<string[]> {
  if (!correctly) throw new Error(`prompt-lab ${block.id}: only a passing prompt, the lab's sample, is written here`);
  await page.getByLabel(PROMPT_LABEL[lang], { exact: true }).fill(block.sample[lang]);
  await page.getByRole('button', { name: CHECK_PROMPT[lang] }).click();
  await page.getByText(EXPERT_TITLE[lang]).waitFor();
  return [block.sample[lang]];
}

/**
 * A critical review: rightly, the first sentence of each flaw marked with its flaw type and high
 * confidence, and the expected verdict; then "Check my review", and the debrief.
 */
async function review(page: Page, block: BlockOf<'output-review'>, lang: Language, correctly: boolean): Promise<string[]> {
  const segments = block.segments[lang];
  const marks: { segment: number; type: FlawType; confidence: Confidence }[] = correctly
    ? block.flaws.map((flaw) => ({ segment: segments.findIndex((s) => s.flaw === flaw.id), type: flaw.type, confidence: 'high' }))
    : [{ segment: segments.findIndex((s) => s.flaw === undefined), type: FLAW_TYPES[0], confidence: 'low' }];
  if (marks.some((m) => m.segment < 0)) throw new Error(`output-review ${block.id}: no sentence to mark in ${lang}`);
  const output = page.getByRole('listbox', { name: block.output[lang], exact: true });
  for (const mark of marks) {
    // A click on the sentence marks it and opens the choice of its flaw type and confidence.
    await output.locator(`[role="option"][data-index="${mark.segment}"]`).click();
    const editor = page.getByRole('group', { name: startingWith(fill(REVIEW.editor[lang], { n: mark.segment + 1 })) });
    await editor.getByLabel(FLAW_TYPE_LABELS[mark.type][lang], { exact: true }).check();
    await editor.getByLabel(REVIEW.confidence(mark.confidence)[lang], { exact: true }).check();
    await editor.getByRole('button', { name: REVIEW.done[lang], exact: true }).click();
    await editor.waitFor({ state: 'detached' });
  }
  const verdict = correctly ? block.verdict : VERDICTS.find((v) => v !== block.verdict)!;
  await page.getByRole('group', { name: REVIEW.verdict[lang], exact: true }).getByLabel(VERDICT_LABELS[verdict][lang], { exact: true }).check();
  await page.getByRole('button', { name: CHECK_REVIEW[lang], exact: true }).click();
  await page.getByRole('heading', { name: REVIEW.debrief[lang], exact: true }).waitFor();
  return [...marks.map((m) => segments[m.segment]!.text), VERDICT_LABELS[verdict][lang]];
}

/** A scenario played to an ending: rightly the recommended path, wrongly the shortest play that fails. */
async function play(page: Page, block: BlockOf<'scenario'>, lang: Language, correctly: boolean): Promise<string[]> {
  const path = correctly ? analyse(block).best?.path : failingPath(block);
  if (!path) throw new Error(`scenario ${block.id} has no recommended path`);
  const chosen: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const at = replay(block, path.slice(0, i))!.at;
    if (!('node' in at)) throw new Error(`scenario ${block.id}: the path ends before its choice ${i + 1}`);
    const choice = at.node.choices!.find((c) => c.id === path[i])!;
    await decisionHeading(page, i + 1, lang).waitFor();
    await page.getByLabel(choice.text[lang], { exact: true }).check();
    await page.getByRole('button', { name: CONFIRM_CHOICE[lang], exact: true }).click();
    chosen.push(choice.text[lang]);
  }
  await page.getByRole('heading', { name: SCENARIO.ending[lang], exact: true }).waitFor();
  return chosen;
}

/** The shortest path of choices that reaches an ending and does not pass (core's verdict). */
function failingPath(block: BlockOf<'scenario'>): string[] {
  const queue: string[][] = [[]];
  for (let tried = 0; queue.length > 0 && tried < 10_000; tried++) {
    const path = queue.shift()!;
    const reached = replay(block, path)!;
    if ('ending' in reached.at) {
      if (!judge(block, reached).passed) return path;
    } else queue.push(...offered(reached.at.node, reached.vars, reached.score).map((c) => [...path, c.id]));
  }
  throw new Error(`scenario ${block.id}: no failing play found`);
}

/**
 * A device case: in find mode each episode's stretch selected first, with the two sliders (a
 * click, then the arrow keys for the last reading or two) and "Add this stretch"; then for each
 * episode or stretch, what it is and what to do: rightly the author's, wrongly another class and
 * an action that is not right.
 */
async function judgeReadings(page: Page, block: BlockOf<'device-data'>, lang: Language, correctly: boolean): Promise<string[]> {
  const episodes = block.mode === 'find' ? [...block.episodes].sort((a, b) => a.from - b.from) : block.episodes;
  const chosen: string[] = [];
  for (const [i, episode] of episodes.entries()) {
    let group: Locator;
    if (block.mode === 'find') {
      await selectStretch(page, lang, episode.from, episode.to);
      await page.getByRole('button', { name: DEVICE_DATA.add[lang], exact: true }).click();
      // Her stretches are listed in time order: this one is the latest so far.
      group = page.getByRole('group', { name: matching(DEVICE_DATA.stretch[lang], {}) }).nth(i);
    } else {
      group = page.getByRole('group', { name: matching(DEVICE_DATA.episode[lang], { label: i + 1 }) });
    }
    const cls = correctly ? episode.class : CLASSES.find((c) => c !== episode.class)!;
    const action = correctly ? episode.action : ACTIONS.find((a) => !rightActions(episode).includes(a))!;
    await group.getByLabel(CLASS_LABELS[cls][lang], { exact: true }).check();
    await group.getByLabel(ACTION_LABELS[action][lang], { exact: true }).check();
    chosen.push(`${CLASS_LABELS[cls][lang]}: ${ACTION_LABELS[action][lang]}`);
  }
  return chosen;
}

/** Sets the stretch picker's start and end; the start never passes the end, so a move of one may push the other. */
async function selectStretch(page: Page, lang: Language, from: number, to: number): Promise<void> {
  const start = page.getByLabel(DEVICE_DATA.from[lang], { exact: true });
  const end = page.getByLabel(DEVICE_DATA.to[lang], { exact: true });
  const at = async (slider: Locator) => Number(await slider.inputValue());
  for (let round = 0; round < 3 && ((await at(start)) !== from || (await at(end)) !== to); round++) {
    await slide(start, from);
    await slide(end, to);
  }
  if ((await at(start)) !== from || (await at(end)) !== to) throw new Error(`the stretch picker would not select readings ${from}–${to}`);
}

/** A click on a slider where its value lies, then the arrow keys until it is there: a native slider's thumb is about 16 pixels wide. */
async function slide(slider: Locator, value: number): Promise<void> {
  const max = Number(await slider.getAttribute('max'));
  const box = await slider.boundingBox();
  if (!box || max <= 0) throw new Error('the slider is not on screen');
  const thumb = Math.min(16, box.width / 2);
  await slider.click({ position: { x: thumb / 2 + ((box.width - thumb) * value) / max, y: box.height / 2 } });
  for (let presses = 0; presses <= max; presses++) {
    const now = Number(await slider.inputValue());
    if (now === value) return;
    await slider.press(now < value ? 'ArrowRight' : 'ArrowLeft');
  }
  throw new Error(`the slider would not reach ${value}`);
}

// -------------------------------------------------------------------------------------------------
// Getting about

/** A new learner on a fresh start, in English: language, profile, then the module opened. */
export async function startModuleInEnglish(page: Page, url: string, learner: { name: string; profession: string }, moduleTitle: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Display name').fill(learner.name);
  await page.getByRole('radio', { name: learner.profession }).check();
  await page.getByRole('button', { name: 'Create my profile' }).click();
  await page.getByRole('button', { name: `Start the module ${moduleTitle}` }).click();
}

/** The block on screen, found among `blocks` by its id. */
export async function blockOnScreen(page: Page, blocks: readonly Block[]): Promise<Block> {
  const id = await page.locator('section.block[data-block-id]').getAttribute('data-block-id');
  const block = blocks.find((b) => b.id === id);
  if (!block) throw new Error(`block ${id} on screen is not one of the blocks given`);
  return block;
}

/**
 * Presses Continue on the step on screen and waits for the next step; where the step ends a
 * lesson, the moment that ends it comes first, and Continue (which has the focus there) goes on.
 * Returns the lesson-end moment's heading when there was one.
 */
export async function pressContinue(page: Page, lang: Language = 'en'): Promise<string | undefined> {
  const left = await page.locator('section.block[data-block-id]').getAttribute('data-block-id');
  await page.getByRole('button', { name: CONTINUE[lang], exact: true }).click();
  await page.locator(`section.block:not([data-block-id="${left}"]), section.lesson-end`).first().waitFor();
  const moment = page.locator('section.lesson-end');
  if (!(await moment.isVisible())) return undefined;
  const heading = (await moment.getByRole('heading').textContent()) ?? '';
  const button = moment.getByRole('button', { name: CONTINUE[lang], exact: true });
  if (!(await button.evaluate((b) => b === document.activeElement))) throw new Error('Continue has no focus on the end of a lesson');
  await page.keyboard.press('Enter');
  await page.locator(`section.block:not([data-block-id="${left}"])`).waitFor();
  return heading;
}

/**
 * From the block at `from` (on screen, already answered if it takes an answer), presses Continue
 * until the block at `target` is on screen, answering with the pointer every block on the way
 * that holds Continue until answered: every type core scores. `blocks` is in the player's order
 * for the learner's profession (core's readingOrder).
 */
export async function walkTo(page: Page, blocks: Block[], from: number, target: number): Promise<void> {
  for (let i = from; i < target; i++) {
    const block = blocks[i]!;
    const shown = await blockOnScreen(page, blocks);
    if (shown.id !== block.id) throw new Error(`step ${i + 1} shows ${shown.id}, not ${block.id}: give the blocks in the order the player shows them`);
    if (i !== from && isScoredBlock(block)) await answerWithPointer(page, block, 'en');
    await pressContinue(page);
    await page.getByText(stepLabel(i + 1, blocks.length, 'en')).waitFor();
  }
}
