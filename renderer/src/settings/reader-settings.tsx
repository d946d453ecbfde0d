import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { create } from 'zustand';
import type { ReaderSettings } from '../../../core/reader-settings';
import { useServices } from '../context';
import { writeAppearanceHint } from '../db/appearance-hint';
import { getReaderSettings } from '../db/settings';
import { usePainted } from '../hooks';
import { useSession } from '../stores/session';
import { applyAppearance, watchSystemPreferences } from './appearance';

/** The reader settings AppearanceSync last read, and whose they are: one query for the whole app. */
const useInForce = create<{ learnerId: string | null; settings: ReaderSettings | undefined }>()(() => ({ learnerId: null, settings: undefined }));

/** The reader settings in force (the signed-in learner's, or the computer's on the profile choice); undefined while read. */
export function useReaderSettings(): ReaderSettings | undefined {
  const learnerId = useSession((s) => s.learnerId);
  // Another scope's settings, not yet replaced, are not this one's.
  return useInForce((s) => (s.learnerId === learnerId ? s.settings : undefined));
}

/**
 * Reads the settings in force, whoever is signed in, keeps the page in them (and the start-up
 * copy of them current), and gives them to the rest of the app. Renders nothing. Its first read
 * waits for the first screen to be painted: until then the start-up copy is in force (boot.ts),
 * and reading earlier would open the database before the first screen can be used.
 */
export function AppearanceSync() {
  const { db } = useServices();
  const learnerId = useSession((s) => s.learnerId);
  const painted = usePainted();
  const read = useLiveQuery(async () => (painted ? { learnerId, settings: await getReaderSettings(db, learnerId) } : undefined), [db, learnerId, painted]);
  // Until the new scope's settings are read, the previous scope's are not this one's.
  const scoped = read?.learnerId === learnerId ? read : undefined;
  useEffect(() => {
    useInForce.setState({ learnerId: scoped?.learnerId ?? null, settings: scoped?.settings });
    if (!scoped) return;
    applyAppearance(scoped.settings);
    writeAppearanceHint(scoped.settings, scoped.learnerId);
    return watchSystemPreferences(() => applyAppearance(scoped.settings));
  }, [scoped]);
  return null;
}
