import type { BlockView } from '../types';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import { OutputReviewBlock } from './OutputReviewBlock';

export const outputReview: BlockView<'output-review'> = { component: OutputReviewBlock, strings: { fr, nl, en } };
