import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIDENCES, excerpt, FLAW_TYPE_LABELS, FLAW_TYPES, type Confidence, type FlawType } from '../../../../core/blocks/output-review/definition';
import type { Language } from '../../../../core/i18n';
import { useLocalized } from '../../hooks';
import type { WorkingMark } from './marks';

interface MarkEditorProps {
  mark: WorkingMark;
  text: string;
  lang: Language;
  onChange(change: { type?: FlawType; confidence?: Confidence }): void;
  onClose(): void;
  onRemove(): void;
  ref: Ref<HTMLDivElement>;
}

/** The choice of a flaw type and a confidence for one mark: native radios; Escape or Done goes back to the text. */
export function MarkEditor({ mark, text, lang, onChange, onClose, onRemove, ref }: MarkEditorProps) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  const uid = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  return (
    <div ref={ref} role="group" aria-labelledby={`${uid}-title`} className="review-editor" onKeyDown={onKeyDown}>
      <h4 id={`${uid}-title`}>
        {t('editor.title', { n: mark.segment + 1 })} <q lang={lang}>{excerpt(text)}</q>
      </h4>
      <fieldset>
        <legend>{t('editor.type')}</legend>
        <div className="review-types">
          {FLAW_TYPES.map((type) => (
            <label key={type} className="choice-chip">
              <input type="radio" name={`${uid}-type`} value={type} checked={mark.type === type} onChange={() => onChange({ type })} />
              <span>{localized(FLAW_TYPE_LABELS[type])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('editor.confidence')}</legend>
        <div className="review-confidences">
          {CONFIDENCES.map((confidence) => (
            <label key={confidence} className="choice-chip">
              <input type="radio" name={`${uid}-confidence`} value={confidence} checked={mark.confidence === confidence} onChange={() => onChange({ confidence })} />
              <span>{t(`confidence.${confidence}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('editor.hint')}</p>
      <div className="review-editor-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('editor.done')}
        </button>
        <button type="button" onClick={onRemove}>
          {t('editor.remove')}
        </button>
      </div>
    </div>
  );
}
