import type { i18n as I18n } from 'i18next';
import type { BlockType } from '../../../core/blocks';
import { LANGUAGES } from '../../../core/i18n';
import enBlocks from '../../../locales/en/blocks.json';
import frBlocks from '../../../locales/fr/blocks.json';
import nlBlocks from '../../../locales/nl/blocks.json';
import { callout } from './callout/view';
import { categorize } from './categorize/view';
import { deviceData } from './device-data/view';
import { figure } from './figure/view';
import { flashcards } from './flashcards/view';
import { outputReview } from './output-review/view';
import { promptLab } from './prompt-lab/view';
import { quiz } from './quiz/view';
import { reflection } from './reflection/view';
import { scenario } from './scenario/view';
import { text } from './text/view';
import type { BlockView } from './types';

/**
 * The view of every block type, one line each, keyed like the pure registry
 * (core/blocks/registry.ts): a type without a view does not compile.
 */
export const BLOCK_VIEWS: { [T in BlockType]: BlockView<T> } = {
  text,
  callout,
  figure,
  quiz,
  categorize,
  reflection,
  flashcards,
  'prompt-lab': promptLab,
  'output-review': outputReview,
  scenario,
  'device-data': deviceData,
};

const SHARED = { fr: frBlocks, nl: nlBlocks, en: enBlocks };

/** Every type's UI strings by language and namespace (the type's name), with `blocks`: what the types share. */
export const BLOCK_RESOURCES = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { blocks: SHARED[lang], ...Object.fromEntries(Object.entries(BLOCK_VIEWS).map(([type, view]) => [type, view.strings[lang]])) }]),
) as Record<(typeof LANGUAGES)[number], Record<BlockType | 'blocks', object>>;

/** Adds the block types' strings to the app's i18next instance, once: they load with the player and the preview. */
export function addBlockStrings(i18n: I18n): void {
  for (const lang of LANGUAGES) {
    for (const [ns, resources] of Object.entries(BLOCK_RESOURCES[lang])) {
      if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, resources);
    }
  }
}
