import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, THEMES, type ReaderSettings } from '../../../core/reader-settings';
import { useServices } from '../context';
import { saveReaderSettings } from '../db/settings';
import { useLanguage } from '../hooks';
import { formatPercent } from '../i18n';
import { useVoice } from '../speech/read-aloud';
import { useSession } from '../stores/session';
import { applyAppearance } from './appearance';
import { useReaderSettings } from './reader-settings';
import { addSettingsStrings } from './strings';
import './settings.css';

/**
 * Settings for every reader: text size, colours, motion, reading aloud. Each change shows at once
 * and is saved at once (no "Save" to forget); the signed-in learner's own, or on the profile
 * choice the computer's.
 */
export function SettingsScreen({ learnerId }: { learnerId: string | null }) {
  const { i18n } = useTranslation();
  // Before any child asks for a settings string (a state initialiser runs once, during this render).
  useState(() => addSettingsStrings(i18n));
  return <Settings learnerId={learnerId} />;
}

function Settings({ learnerId }: { learnerId: string | null }) {
  const { t } = useTranslation('settings');
  const { db } = useServices();
  const saved = useReaderSettings();
  const learner = useLiveQuery(() => (learnerId ? db.learners.get(learnerId) : undefined), [db, learnerId]);
  const closeSettings = useSession((s) => s.closeSettings);
  const title = useRef<HTMLHeadingElement>(null);
  const ready = saved !== undefined && (!learnerId || learner !== undefined);
  useEffect(() => {
    if (ready) title.current?.focus();
  }, [ready]);

  if (!ready) return <p role="status">{t('common:app.loading')}</p>;
  return (
    <section className="settings panel narrow" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1} ref={title}>
        {t('title')}
      </h1>
      <p>{learner ? t('forLearner', { name: learner.displayName }) : t('forComputer')}</p>
      <SettingsForm learnerId={learnerId} initial={saved} />
      <div className="actions">
        <button type="button" className="primary" onClick={closeSettings}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}

/** The controls, on what she chose (kept here, so a choice shows checked at once while it is saved). */
function SettingsForm({ learnerId, initial }: { learnerId: string | null; initial: ReaderSettings }) {
  const { t } = useTranslation('settings');
  const { db } = useServices();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const change = async (next: Partial<ReaderSettings>) => {
    const value = { ...settings, ...next };
    setSettings(value);
    // On screen at once, whatever the disk does.
    applyAppearance(value);
    try {
      await saveReaderSettings(db, learnerId, value);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <TextSize value={settings.textSize} onChange={(textSize) => void change({ textSize })} />
      <Colours value={settings.theme} onChange={(theme) => void change({ theme })} />
      <Toggle label={t('motion.label')} hint={t('motion.hint')} checked={settings.motion === 'reduce'} onChange={(on) => void change({ motion: on ? 'reduce' : 'system' })} />
      <Toggle label={t('readAloud.label')} hint={t('readAloud.hint')} checked={settings.readAloud} onChange={(readAloud) => void change({ readAloud })}>
        <VoiceStatus />
      </Toggle>
      <p role="status" className={status === 'failed' ? 'error' : 'hint'}>
        {status && t(status === 'saved' ? 'saved' : 'saveFailed')}
      </p>
    </>
  );
}

function TextSize({ value, onChange }: { value: ReaderSettings['textSize']; onChange(size: ReaderSettings['textSize']): void }) {
  const { t } = useTranslation('settings');
  const [language] = useLanguage();
  const name = useId();
  return (
    <fieldset className="settings-group" aria-describedby={`${name}-hint`}>
      <legend>{t('textSize.legend')}</legend>
      <p id={`${name}-hint`} className="hint">
        {t('textSize.hint')}
      </p>
      <div className="settings-sizes">
        {TEXT_SIZES.map((size) => (
          <label key={size} className="choice">
            <input type="radio" name={name} checked={value === size} onChange={() => onChange(size)} />
            {formatPercent(size / 100, language)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Colours({ value, onChange }: { value: ReaderSettings['theme']; onChange(theme: ReaderSettings['theme']): void }) {
  const { t } = useTranslation('settings');
  const name = useId();
  return (
    <fieldset className="settings-group choice-list">
      <legend>{t('theme.legend')}</legend>
      {THEMES.map((theme) => (
        <label key={theme} className="choice" data-theme-sample={theme}>
          <input type="radio" name={name} checked={value === theme} onChange={() => onChange(theme)} />
          <span>
            {t(`theme.${theme}`)}
            {theme === 'system' && <span className="hint"> ({t('theme.systemHint')})</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Toggle({ label, hint, checked, onChange, children }: { label: string; hint: string; checked: boolean; onChange(on: boolean): void; children?: ReactNode }) {
  const id = useId();
  return (
    <div className="settings-group">
      <label className="choice">
        <input type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {children}
    </div>
  );
}

/** Which voice reads aloud in the interface language, or why none can. */
function VoiceStatus() {
  const { t } = useTranslation('settings');
  const [language] = useLanguage();
  const { available, voice } = useVoice(language);
  const languageName = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  const text = !available ? t('readAloud.noSpeech') : voice ? t('readAloud.voice', { voice: `${voice.name} (${voice.lang})` }) : t('readAloud.noVoice', { language: languageName });
  return <p className="settings-voice">{text}</p>;
}
