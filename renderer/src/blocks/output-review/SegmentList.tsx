import { memo, useId, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAW_TYPE_LABELS, type Segment } from '../../../../core/blocks/output-review/definition';
import type { Language } from '../../../../core/i18n';
import { useLocalized } from '../../hooks';
import type { WorkingMark } from './marks';

interface SegmentListProps {
  segments: Segment[];
  lang: Language;
  marks: WorkingMark[];
  /** The sentence that holds the one tab stop. */
  active: number;
  labelledBy: string;
  describedBy: string;
  onMove(index: number): void;
  onToggle(index: number): void;
  ref: Ref<HTMLDivElement>;
}

const indexOf = (target: EventTarget): number | null => {
  const option = (target as HTMLElement).closest?.('[role="option"]');
  return option ? Number(option.getAttribute('data-index')) : null;
};

/**
 * The output as one multi-select listbox of sentences, with a roving tabindex: one tab stop,
 * arrows (and Home, End) between sentences, Space or Enter to mark or unmark; a click or a tap
 * does the same. Keys and clicks are handled here once, so that marking a sentence renders only
 * the sentences whose mark changed.
 */
export function SegmentList({ segments, lang, marks, active, labelledBy, describedBy, onMove, onToggle, ref }: SegmentListProps) {
  const uid = useId();
  const markAt = new Map(marks.map((m, i) => [m.segment, { mark: m, n: i + 1 }]));
  const last = segments.length - 1;
  const current = Math.min(active, last);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      onMove(to);
      event.currentTarget.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus();
    };
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(Math.min(current + 1, last));
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(Math.max(current - 1, 0));
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(last);
    else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onToggle(current);
    }
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const index = indexOf(event.target);
    if (index === null) return;
    onMove(index);
    onToggle(index);
  };

  return (
    <div
      ref={ref}
      role="listbox"
      aria-multiselectable="true"
      aria-orientation="vertical"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="review-output"
      lang={lang}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      {segments.map((segment, i) => {
        const marked = markAt.get(i);
        return (
          <SegmentOption
            key={i}
            id={`${uid}-${i}`}
            index={i}
            text={segment.text}
            paragraph={segment.paragraph === true}
            tabbable={i === current}
            mark={marked?.mark}
            n={marked?.n ?? 0}
          />
        );
      })}
    </div>
  );
}

/** One sentence. A mark shows as its number, a tint and an underline, and is said in words to a screen reader. */
const SegmentOption = memo(function SegmentOption({
  id,
  index,
  text,
  paragraph,
  tabbable,
  mark,
  n,
}: {
  id: string;
  index: number;
  text: string;
  paragraph: boolean;
  tabbable: boolean;
  mark: WorkingMark | undefined;
  n: number;
}) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  const description =
    mark &&
    (mark.type && mark.confidence
      ? t('markSummary', { n, type: localized(FLAW_TYPE_LABELS[mark.type]), confidence: t(`confidenceWord.${mark.confidence}`) })
      : t('markIncomplete', { n }));
  return (
    <span
      id={id}
      role="option"
      data-index={index}
      data-paragraph={paragraph ? 'true' : undefined}
      aria-selected={mark !== undefined}
      aria-describedby={mark ? `${id}-mark` : undefined}
      tabIndex={tabbable ? 0 : -1}
      className="review-segment"
    >
      {mark && (
        <span className="mark-number" aria-hidden="true">
          {n}
        </span>
      )}
      {text}
      {mark && (
        <span id={`${id}-mark`} className="visually-hidden">
          {description}
        </span>
      )}{' '}
    </span>
  );
});
