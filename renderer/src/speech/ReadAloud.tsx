import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks';
import { useReaderSettings } from '../settings/reader-settings';
import { readableText, speak, useVoice } from './read-aloud';

/**
 * "Read aloud" on a lesson step or a question, when she turned reading aloud on: reads the text of
 * `target` in the interface language's voice, and the same button stops it. Leaving the step
 * stops it too. Where the computer has no voice for the language, says so instead.
 */
export function ReadAloud({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('blocks');
  const [language] = useLanguage();
  const settings = useReaderSettings();
  const { available, voice } = useVoice(language);
  const [reading, setReading] = useState(false);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  if (!settings?.readAloud || !available) return null;
  if (!voice)
    return (
      <p className="hint read-aloud-none" data-read-aloud="skip">
        {t('readAloud.noVoice')}
      </p>
    );
  const toggle = () => {
    if (reading) {
      stop.current?.();
      setReading(false);
      return;
    }
    if (!target.current) return;
    setReading(true);
    stop.current = speak(readableText(target.current), voice, () => setReading(false));
  };
  return (
    <button type="button" className="read-aloud" data-read-aloud="skip" onClick={toggle}>
      {reading ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
