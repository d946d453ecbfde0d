import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { ReaderSettings } from '../../../core/reader-settings';
import { useServices } from '../context';
import { writeAppearanceHint } from '../db/appearance-hint';
import { getReaderSettings } from '../db/settings';
import { useSession } from '../stores/session';
import { applyAppearance, watchSystemPreferences } from './appearance';

/** The reader settings in force and whose they are: the signed-in learner's, or (null) the computer's. */
function useScopedSettings(): { learnerId: string | null; settings: ReaderSettings } | undefined {
  const { db } = useServices();
  const learnerId = useSession((s) => s.learnerId);
  const read = useLiveQuery(async () => ({ learnerId, settings: await getReaderSettings(db, learnerId) }), [db, learnerId]);
  // Until the new scope's settings are read, the previous scope's are not this one's.
  return read?.learnerId === learnerId ? read : undefined;
}

/** The reader settings in force (the signed-in learner's, or the computer's on the profile choice); undefined while read. */
export function useReaderSettings(): ReaderSettings | undefined {
  return useScopedSettings()?.settings;
}

/** Keeps the page in the settings in force, and the start-up copy of them current. Renders nothing. */
export function AppearanceSync() {
  const scoped = useScopedSettings();
  useEffect(() => {
    if (!scoped) return;
    applyAppearance(scoped.settings);
    writeAppearanceHint(scoped.settings, scoped.learnerId);
    return watchSystemPreferences(() => applyAppearance(scoped.settings));
  }, [scoped]);
  return null;
}
