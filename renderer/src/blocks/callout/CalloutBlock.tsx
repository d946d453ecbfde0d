import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalloutKind } from '../../../../core/blocks/callout/definition';
import { Markdown } from '../../components/Markdown';
import { useLocalized } from '../../hooks';
import type { BlockViewProps } from '../types';
import { LineIcon } from '../../components/LineIcon';
import './callout.css';

/**
 * A highlighted box. Its kind is told by a label and an icon as well as a colour, so it reads
 * the same in greyscale, in high-contrast mode and to a screen reader (the label names the note). A note, not an aside: a
 * complementary landmark belongs at the top level of the page, not inside a lesson.
 */
export function CalloutBlock({ block }: BlockViewProps<'callout'>) {
  const { t } = useTranslation('callout');
  const localized = useLocalized();
  const id = useId();
  const kindId = `${id}-kind`;
  const titleId = `${id}-title`;
  return (
    <div role="note" className="callout" data-kind={block.kind} aria-labelledby={block.title ? `${kindId} ${titleId}` : kindId}>
      <p className="callout-kind" id={kindId}>
        {KIND_ICONS[block.kind]}
        {t(`kinds.${block.kind}`)}
      </p>
      {block.title && (
        <h3 className="callout-title" id={titleId}>
          {localized(block.title)}
        </h3>
      )}
      <Markdown source={localized(block.body)} />
    </div>
  );
}

/** Simple line icons drawn in the label's colour; decorative, since the label says the same. */
const icon = (paths: ReactElement) => (
  <LineIcon className="callout-icon" size={20}>
    {paths}
  </LineIcon>
);

const KIND_ICONS: Record<CalloutKind, ReactElement> = {
  // A star: the point to remember.
  'key-point': icon(<path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z" />),
  // A triangle with an exclamation mark.
  warning: icon(
    <>
      <path d="M12 3.5L2.5 20h19z" />
      <path d="M12 10v4.5" />
      <path d="M12 17.5v.01" />
    </>,
  ),
  // A map pin: here, in Brussels and Belgium.
  'belgian-context': icon(
    <>
      <path d="M12 21s-6.5-6.2-6.5-11.2a6.5 6.5 0 0 1 13 0C18.5 14.8 12 21 12 21z" />
      <circle cx="12" cy="9.8" r="2.3" />
    </>,
  ),
  // A clipboard with a tick: what to do at work.
  'in-practice': icon(
    <>
      <path d="M9 4h6v3H9z" />
      <path d="M15 5.5h3v15H6v-15h3" />
      <path d="M9 13.5l2 2 4-4" />
    </>,
  ),
};
