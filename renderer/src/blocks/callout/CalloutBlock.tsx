import type { CalloutBlock as CalloutBlockData } from '../../../../core/content/schema';
import type { BlockProps } from '../types';

// Placeholder while the component is written; replaced before this lands.
export function CalloutBlock(_props: BlockProps<CalloutBlockData>) {
  return null;
}
