import type { TextBlock as TextBlockData } from '../../../../core/content/schema';
import { Markdown } from '../../components/Markdown';
import { useLocalized } from '../../hooks';
import type { BlockProps } from '../types';

export function TextBlock({ block }: BlockProps<TextBlockData>) {
  const localized = useLocalized();
  return <Markdown source={localized(block.body)} />;
}
