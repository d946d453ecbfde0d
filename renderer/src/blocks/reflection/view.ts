import type { BlockView } from '../types';
import { ReflectionBlock } from './ReflectionBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const reflection: BlockView<'reflection'> = { component: ReflectionBlock, strings: { fr, nl, en } };
