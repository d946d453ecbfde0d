import type { BlockView } from '../types';
import { TextBlock } from './TextBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const text: BlockView<'text'> = { component: TextBlock, strings: { fr, nl, en } };
