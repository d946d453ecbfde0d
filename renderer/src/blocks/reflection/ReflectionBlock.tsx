import type { ReflectionBlock as ReflectionBlockData } from '../../../../core/content/schema';
import type { BlockProps } from '../types';

// Placeholder while the component is written; replaced before this lands.
export function ReflectionBlock(_props: BlockProps<ReflectionBlockData>) {
  return null;
}
