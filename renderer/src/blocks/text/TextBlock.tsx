import { Markdown } from '../../components/Markdown';
import { useLocalized } from '../../hooks';
import type { BlockViewProps } from '../types';

export function TextBlock({ block }: BlockViewProps<'text'>) {
  const localized = useLocalized();
  return <Markdown source={localized(block.body)} />;
}
