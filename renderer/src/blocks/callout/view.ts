import type { BlockView } from '../types';
import { CalloutBlock } from './CalloutBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const callout: BlockView<'callout'> = { component: CalloutBlock, strings: { fr, nl, en } };
