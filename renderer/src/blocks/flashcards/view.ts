import type { BlockView } from '../types';
import { deckStore } from './deck';
import { FlashcardsBlock } from './FlashcardsBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const flashcards: BlockView<'flashcards'> = { component: FlashcardsBlock, strings: { fr, nl, en }, store: deckStore };
