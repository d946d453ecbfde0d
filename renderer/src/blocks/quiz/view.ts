import type { BlockView } from '../types';
import { QuizBlock } from './QuizBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const quiz: BlockView<'quiz'> = { component: QuizBlock, strings: { fr, nl, en } };
