import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../../../../core/blocks/reflection/definition';
import { useLocalized } from '../../hooks';
import type { BlockViewProps } from '../types';
import { LineIcon } from '../../components/LineIcon';
import './reflection.css';

/**
 * A private note, kept on this computer as she types (the host saves it shortly after each
 * change, when the page is hidden and when she leaves the block); in the authors' preview it
 * lives only on the page.
 */
export function ReflectionBlock({ block, state, saveState, stateStatus, persisted }: BlockViewProps<'reflection'>) {
  const { t } = useTranslation('reflection');
  const localized = useLocalized();
  const uid = useId();
  const hintId = block.hint ? `${uid}-hint` : undefined;
  const fieldId = `${uid}-text`;
  const countId = `${fieldId}-count`;
  return (
    <div className="reflection">
      <label htmlFor={fieldId} className="reflection-prompt">
        {localized(block.prompt)}
      </label>
      {block.hint && (
        <p id={hintId} className="hint">
          {localized(block.hint)}
        </p>
      )}
      <p id={`${uid}-private`} className="reflection-private">
        <LockIcon />
        {t('private')}
      </p>
      {!persisted && <p className="reflection-preview">{t('previewNotice')}</p>}
      <textarea
        id={fieldId}
        className="reflection-text"
        rows={6}
        maxLength={NOTE_MAX_LENGTH}
        value={state.text}
        aria-describedby={[hintId, `${uid}-private`, countId].filter(Boolean).join(' ')}
        onChange={(e) => void saveState({ text: e.target.value })}
        // Leaving the field writes at once what is not saved yet (or failed to be).
        onBlur={() => (stateStatus === 'saving' || stateStatus === 'failed') && void saveState(state, { now: true }).catch(() => undefined)}
      />
      <p id={countId} className="reflection-count">
        {t('count', { count: state.text.length, max: NOTE_MAX_LENGTH })}
      </p>
      {persisted && (
        <p role="status" className="reflection-status">
          {stateStatus === 'saving' ? t('saving') : stateStatus === 'saved' ? t('saved') : ''}
        </p>
      )}
      {stateStatus === 'failed' && (
        <p role="alert" className="error">
          {t('saveFailed')}
        </p>
      )}
    </div>
  );
}

function LockIcon() {
  return (
    <LineIcon className="reflection-lock" size={18}>
      <rect x="5" y="10.5" width="14" height="10" rx="1.5" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </LineIcon>
  );
}
