import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  calibration,
  CONFIDENCES,
  FLAW_TYPE_LABELS,
  type FalseAlarmPart,
  type FlawPart,
  type OutputReviewAnswer,
  type OutputReviewBlock as OutputReviewBlockData,
  type OutputReviewPart,
  type VerdictPart,
} from '../../../../core/blocks/output-review/definition';
import type { Outcome } from '../../../../core/blocks/types';
import type { Language } from '../../../../core/i18n';
import { Markdown } from '../../components/Markdown';
import { useLanguage, useLocalized } from '../../hooks';
import { numberFormat } from '../../i18n';
import type { ViewAttempt } from '../types';
import { OutputHeader } from './OutputHeader';

/**
 * After "Check my review": the output again with each flaw and each of her marks named, every
 * flaw with why it is wrong, how to check it and its severity, each false alarm with why that
 * text was right, her verdict, her calibration and the debrief — all read from the saved answer
 * and core's verdict on each part.
 */
export function Reveal({ block, attempt }: { block: OutputReviewBlockData; attempt: ViewAttempt<'output-review'> }) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  const uid = useId();
  const { answer, outcome } = attempt;
  const lang = answer.lang;
  return (
    <div className="output-review answered">
      <OutputHeader block={block} titleId={`${uid}-title`} />
      {outcome && <AnnotatedOutput block={block} answer={answer} outcome={outcome} />}
      {outcome && <FlawList block={block} lang={lang} outcome={outcome} />}
      {outcome && <FalseAlarms block={block} lang={lang} outcome={outcome} />}
      {outcome && <VerdictLine part={outcome.parts.find((p): p is VerdictPart => p.kind === 'verdict')!} />}
      <Calibration block={block} answer={answer} />
      {answer.note && (
        <section className="review-reveal-section">
          <h4>{t('reveal.yourNote')}</h4>
          <blockquote className="review-note-shown">{answer.note}</blockquote>
        </section>
      )}
      <section className="explanation">
        <h4>{t('reveal.debrief')}</h4>
        <Markdown source={localized(block.debrief)} />
      </section>
    </div>
  );
}

/** The output again, each flaw's sentences and each of her marks labelled in words. */
function AnnotatedOutput({ block, answer, outcome }: { block: OutputReviewBlockData; answer: OutputReviewAnswer; outcome: Outcome<OutputReviewPart> }) {
  const { t } = useTranslation('output-review');
  const [uiLanguage] = useLanguage();
  const flawNumber = new Map(block.flaws.map((f, i) => [f.id, i + 1]));
  const marked = new Set(answer.marks.map((m) => m.segment));
  const falseAlarms = new Set(outcome.parts.flatMap((p) => (p.kind === 'false-alarm' ? [p.segment] : [])));
  return (
    <section className="review-reveal-section" aria-label={t('reveal.annotated')}>
      <div className="review-output" lang={answer.lang}>
        {block.segments[answer.lang].map((segment, i) => {
          const flaw = segment.flaw ? flawNumber.get(segment.flaw) : undefined;
          const tags = [
            flaw !== undefined && t('reveal.flawTag', { n: flaw }),
            marked.has(i) && !falseAlarms.has(i) && t('reveal.markedTag'),
            falseAlarms.has(i) && t('reveal.falseAlarmTag'),
          ].filter((x): x is string => typeof x === 'string');
          const Tag = flaw !== undefined ? 'mark' : 'span';
          return (
            <Tag
              key={i}
              className="review-segment"
              data-paragraph={segment.paragraph ? 'true' : undefined}
              data-state={flaw !== undefined ? 'flaw' : falseAlarms.has(i) ? 'false-alarm' : undefined}
            >
              {tags.length > 0 && (
                <span className="review-tag" lang={uiLanguage}>
                  [{tags.join(' · ')}]
                </span>
              )}
              {segment.text}{' '}
            </Tag>
          );
        })}
      </div>
    </section>
  );
}

function FlawList({ block, lang, outcome }: { block: OutputReviewBlockData; lang: Language; outcome: Outcome<OutputReviewPart> }) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  const parts = new Map(outcome.parts.flatMap((p) => (p.kind === 'flaw' ? [[p.id, p] as const] : [])));
  return (
    <section className="review-reveal-section">
      <h4>{t('reveal.flawsTitle')}</h4>
      {block.flaws.length === 0 ? (
        <p>{t('reveal.noFlaws')}</p>
      ) : (
        <ol className="review-flaws">
          {block.flaws.map((flaw, i) => {
            const part = parts.get(flaw.id) as FlawPart | undefined;
            const status = !part?.found ? 'missed' : part.typeRight ? 'right' : 'wrong-type';
            return (
              <li key={flaw.id} data-state={status}>
                <h5>
                  {t('reveal.flaw', { n: i + 1 })} — {localized(FLAW_TYPE_LABELS[flaw.type])} — {t('reveal.severity', { severity: t(`severity.${flaw.severity}`) })}
                </h5>
                <p className="review-status">
                  {status === 'right' && t('reveal.foundRight')}
                  {status === 'wrong-type' && t('reveal.foundWrongType', { given: localized(FLAW_TYPE_LABELS[part!.type!]) })}
                  {status === 'missed' && t('reveal.missed')}
                </p>
                <blockquote lang={lang}>
                  {block.segments[lang]
                    .filter((s) => s.flaw === flaw.id)
                    .map((s) => s.text)
                    .join(' ')}
                </blockquote>
                <p>
                  <strong>{t('reveal.why')}</strong> {localized(flaw.why)}
                </p>
                <p>
                  <strong>{t('reveal.verify')}</strong> {localized(flaw.verify)}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function FalseAlarms({ block, lang, outcome }: { block: OutputReviewBlockData; lang: Language; outcome: Outcome<OutputReviewPart> }) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  const alarms = outcome.parts.filter((p): p is FalseAlarmPart => p.kind === 'false-alarm');
  if (alarms.length === 0) return null;
  return (
    <section className="review-reveal-section">
      <h4>{t('reveal.falseAlarmsTitle')}</h4>
      <ul className="review-false-alarms">
        {alarms.map((alarm) => {
          const segment = block.segments[lang][alarm.segment];
          return (
            <li key={alarm.id}>
              <blockquote lang={lang}>{segment?.text}</blockquote>
              <p>
                {t('reveal.falseAlarm', { type: localized(FLAW_TYPE_LABELS[alarm.type]) })} {segment?.note ? <span lang={lang}>{segment.note}</span> : t('reveal.generic')}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function VerdictLine({ part }: { part: VerdictPart }) {
  const { t } = useTranslation('output-review');
  return (
    <section className="review-reveal-section">
      <h4>{t('verdict.legend')}</h4>
      <p data-state={part.correct ? 'right' : 'wrong'}>
        {part.correct
          ? t('reveal.verdictRight', { given: t(`verdict.${part.given}`) })
          : t('reveal.verdictWrong', { given: t(`verdict.${part.given}`), expected: t(`verdict.${part.expected}`) })}
      </p>
    </section>
  );
}

/** Calibration in words: feedback only, never part of the score. */
function Calibration({ block, answer }: { block: OutputReviewBlockData; answer: OutputReviewAnswer }) {
  const { t } = useTranslation('output-review');
  const [uiLanguage] = useLanguage();
  const { brier, gap, levels } = calibration(block, answer);
  const format = (x: number) => numberFormat(uiLanguage, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  return (
    <section className="review-reveal-section">
      <h4>{t('reveal.calibrationTitle')}</h4>
      {brier === null || gap === null ? (
        <p>{t('reveal.noMarks')}</p>
      ) : (
        <>
          <ul>
            {CONFIDENCES.filter((c) => levels[c].marks > 0).map((c) => (
              <li key={c}>{t('reveal.level', { confidence: t(`confidenceWord.${c}`), count: levels[c].marks, onFlaw: levels[c].onFlaw })}</li>
            ))}
          </ul>
          <p>{t(gap > 0.1 ? 'reveal.over' : gap < -0.1 ? 'reveal.under' : 'reveal.calibrated')}</p>
          <p className="hint">{t('reveal.brier', { value: format(brier) })}</p>
        </>
      )}
    </section>
  );
}
