import type { FigureBlock as FigureBlockData } from '../../../../core/content/schema';
import type { BlockProps } from '../types';

// Placeholder while the component is written; replaced before this lands.
export function FigureBlock(_props: BlockProps<FigureBlockData>) {
  return null;
}
