import type { BlockView } from '../types';
import { DeviceDataBlock } from './DeviceDataBlock';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const deviceData: BlockView<'device-data'> = { component: DeviceDataBlock, strings: { fr, nl, en } };
