import type { BlockView } from '../types';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import { ScenarioBlock } from './ScenarioBlock';

export const scenario: BlockView<'scenario'> = { component: ScenarioBlock, strings: { fr, nl, en } };
