import { useId } from 'react';
import { useLocalized } from '../../hooks';
import type { BlockViewProps } from '../types';
import './figure.css';

/**
 * An image from assets/, which is served from the app root (Vite's public directory). The alt
 * text says what the image shows; the caption names the figure (tied explicitly, since not
 * every screen reader takes a figure's name from its figcaption).
 */
export function FigureBlock({ block }: BlockViewProps<'figure'>) {
  const localized = useLocalized();
  const captionId = `${useId()}-caption`;
  return (
    <figure className="figure" aria-labelledby={captionId}>
      <img src={`/${block.src}`} alt={localized(block.alt)} decoding="async" />
      <figcaption id={captionId}>{localized(block.caption)}</figcaption>
    </figure>
  );
}
