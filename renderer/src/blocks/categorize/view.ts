import type { BlockView } from '../types';
import { CategorizeBlock } from './CategorizeBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const categorize: BlockView<'categorize'> = { component: CategorizeBlock, strings: { fr, nl, en } };
