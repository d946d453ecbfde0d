import type { CategorizeBlock as CategorizeBlockData } from '../../../../core/content/schema';
import type { BlockProps } from '../types';

// Placeholder while the component is written; replaced before this lands.
export function CategorizeBlock(_props: BlockProps<CategorizeBlockData>) {
  return null;
}
