import type { BlockView } from '../types';
import { FigureBlock } from './FigureBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const figure: BlockView<'figure'> = { component: FigureBlock, strings: { fr, nl, en } };
