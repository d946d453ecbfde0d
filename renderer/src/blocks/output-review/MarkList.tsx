import { memo, useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { excerpt, FLAW_TYPE_LABELS, type Segment } from '../../../../core/blocks/output-review/definition';
import type { Language } from '../../../../core/i18n';
import { useLocalized } from '../../hooks';
import type { WorkingMark } from './marks';

/** Her marks in words, each with Change and Remove; the buttons' clicks are handled once, on the list. */
export function MarkList({
  marks,
  segments,
  lang,
  onChange,
  onRemove,
}: {
  marks: WorkingMark[];
  segments: Segment[];
  lang: Language;
  onChange(segment: number): void;
  onRemove(segment: number): void;
}) {
  const { t } = useTranslation('output-review');
  const uid = useId();
  const onClick = (event: MouseEvent<HTMLOListElement>) => {
    const button = (event.target as HTMLElement).closest('button');
    const segment = Number(button?.dataset.segment);
    if (!button || !Number.isInteger(segment)) return;
    if (button.dataset.action === 'change') onChange(segment);
    else onRemove(segment);
  };
  return (
    <section className="review-marks" aria-labelledby={`${uid}-title`}>
      <h4 id={`${uid}-title`}>{t('marks.title', { n: marks.length })}</h4>
      {marks.length === 0 ? (
        <p className="hint">{t('marks.none')}</p>
      ) : (
        <ol onClick={onClick}>
          {marks.map((mark, i) => (
            <MarkItem key={mark.segment} mark={mark} n={i + 1} text={segments[mark.segment]?.text ?? ''} lang={lang} />
          ))}
        </ol>
      )}
    </section>
  );
}

const MarkItem = memo(function MarkItem({ mark, n, text, lang }: { mark: WorkingMark; n: number; text: string; lang: Language }) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  const sentence = mark.segment + 1;
  const complete = mark.type !== null && mark.confidence !== null;
  return (
    <li data-incomplete={complete ? undefined : 'true'}>
      <span>
        <span className="mark-number" aria-hidden="true">
          {n}
        </span>
        {t('marks.item', { n: sentence })} <q lang={lang}>{excerpt(text)}</q>
        {' — '}
        <span className="review-mark-kind">
          {mark.type && mark.confidence
            ? t('marks.kind', { type: localized(FLAW_TYPE_LABELS[mark.type]), confidence: t(`confidenceWord.${mark.confidence}`) })
            : t('marks.incomplete')}
        </span>
      </span>
      <span className="review-mark-actions">
        <button type="button" data-action="change" data-segment={mark.segment} aria-label={t('marks.changeLabel', { n: sentence })}>
          {t('marks.change')}
        </button>
        <button type="button" data-action="remove" data-segment={mark.segment} aria-label={t('marks.removeLabel', { n: sentence })}>
          {t('marks.remove')}
        </button>
      </span>
    </li>
  );
});
