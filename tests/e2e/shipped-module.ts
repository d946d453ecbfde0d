import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseModuleSource } from '../../core/content/parse';
import type { Block, BlockType } from '../../core/blocks';
import type { LearningModule } from '../../core/content/schema';
import type { Language } from '../../core/i18n';
import { flattenBlocks } from '../../core/progress';

/** The module the app ships, read by core as the build reads it: tests follow its content. */
export function shippedModule(id: string): { mod: LearningModule; blocks: Block[] } {
  const parsed = parseModuleSource(readFileSync(`modules/${id}/module.yaml`, 'utf8'), id);
  if (!parsed.ok) throw new Error(`the shipped module ${id} must be valid`);
  return { mod: parsed.module, blocks: flattenBlocks(parsed.module).map((p) => p.block) };
}

export const CHECK: Record<Language, string> = { fr: 'Vérifier ma réponse', nl: 'Controleer mijn antwoord', en: 'Check my answer' };
export const CONTINUE: Record<Language, string> = { fr: 'Continuer', nl: 'Verder', en: 'Continue' };
const EXPLANATION: Record<Language, string> = { fr: 'Explication', nl: 'Uitleg', en: 'Explanation' };
/** A block type's UI string, as its view shows it (renderer/src/blocks/<type>/locales). */
const uiString = (type: BlockType, lang: Language, path: string): string =>
  path
    .split('.')
    .reduce<unknown>((tree, key) => (tree as Record<string, unknown>)[key], JSON.parse(readFileSync(`renderer/src/blocks/${type}/locales/${lang}.json`, 'utf8'))) as string;
const byLanguage = (type: BlockType, path: string) => ({ fr: uiString(type, 'fr', path), nl: uiString(type, 'nl', path), en: uiString(type, 'en', path) });
export const PROMPT_LABEL = byLanguage('prompt-lab', 'promptLabel');
export const CHECK_PROMPT = byLanguage('prompt-lab', 'check');
const EXPERT_TITLE = byLanguage('prompt-lab', 'expertTitle');

export function stepLabel(index: number, total: number, lang: Language): string {
  return { fr: `Étape ${index + 1} sur ${total}`, nl: `Stap ${index + 1} van ${total}`, en: `Step ${index + 1} of ${total}` }[lang];
}

/**
 * Answers a quiz or a categorize exercise with the pointer, rightly or (quiz only) wrongly, and
 * waits for the explanation; a prompt-lab gets the expert's prompt. Returns what was chosen.
 */
export async function answerWithPointer(page: Page, block: Block, lang: Language, correctly = true): Promise<string[]> {
  let chosen: string[];
  if (block.type === 'quiz') {
    const options = correctly ? block.options.filter((o) => o.correct) : [block.options.find((o) => !o.correct)!];
    for (const option of options) await page.getByLabel(option.text[lang], { exact: true }).check();
    chosen = options.map((o) => o.text[lang]);
  } else if (block.type === 'categorize') {
    for (const item of block.items) {
      const group = block.groups.find((g) => g.id === item.group)!;
      await page.getByRole('group', { name: item.text[lang], exact: true }).getByLabel(group.label[lang], { exact: true }).check();
    }
    chosen = block.items.map((i) => i.text[lang]);
  } else if (block.type === 'prompt-lab') {
    await page.getByLabel(PROMPT_LABEL[lang], { exact: true }).fill(block.expert.prompt[lang]);
    await page.getByRole('button', { name: CHECK_PROMPT[lang] }).click();
    await page.getByText(EXPERT_TITLE[lang]).waitFor();
    return [block.expert.prompt[lang]];
  } else {
    throw new Error(`block ${block.id} (${block.type}) takes no answer`);
  }
  await page.getByRole('button', { name: CHECK[lang] }).click();
  await page.getByRole('heading', { name: EXPLANATION[lang] }).waitFor();
  return chosen;
}

/** A new learner on a fresh start, in English: language, profile, then the module opened. */
export async function startModuleInEnglish(page: Page, url: string, learner: { name: string; profession: string }, moduleTitle: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Display name').fill(learner.name);
  await page.getByRole('radio', { name: learner.profession }).check();
  await page.getByRole('button', { name: 'Create my profile' }).click();
  await page.getByRole('button', { name: `Start the module ${moduleTitle}` }).click();
}

/**
 * From the block at `from` (on screen, already answered if it takes an answer), presses Continue
 * until the block at `target` is on screen, answering with the pointer every block on the way.
 */
export async function walkTo(page: Page, blocks: Block[], from: number, target: number): Promise<void> {
  for (let i = from; i < target; i++) {
    const type = blocks[i]!.type;
    if (i !== from && (type === 'quiz' || type === 'categorize' || type === 'prompt-lab')) await answerWithPointer(page, blocks[i]!, 'en');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await page.getByText(stepLabel(i + 1, blocks.length, 'en')).waitFor();
  }
}
