import type { FlashcardsBlock as FlashcardsBlockData } from '../../../../core/content/schema';
import type { BlockProps } from '../types';

// Placeholder while the component is written; replaced before this lands.
export function FlashcardsBlock(_props: BlockProps<FlashcardsBlockData>) {
  return null;
}
