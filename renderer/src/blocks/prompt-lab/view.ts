import type { BlockView } from '../types';
import { PromptLabBlock } from './PromptLabBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const promptLab: BlockView<'prompt-lab'> = { component: PromptLabBlock, strings: { fr, nl, en } };
