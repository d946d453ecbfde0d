import { DEFAULT_READER_SETTINGS, readerSettingsOf, type ReaderSettings } from '../../../core/reader-settings';

/**
 * A copy of the reader settings on screen, readable before the database opens, so the first
 * screen already shows in her text size and colours (like the language hint). Two copies: the
 * computer's (localStorage: the profile choice, at the next start too) and the signed-in
 * learner's (sessionStorage: a reload keeps hers, closing the app forgets it). The database stays
 * the source of truth; the app writes these as it applies settings.
 */
const KEY = 'carelit.reader';

function read(storage: () => Storage): ReaderSettings | undefined {
  try {
    const text = storage().getItem(KEY);
    return text === null ? undefined : readerSettingsOf(JSON.parse(text));
  } catch {
    return undefined; // storage refused, or a damaged copy: the database decides, a moment later
  }
}

function write(storage: () => Storage, settings: ReaderSettings | null): void {
  try {
    if (settings === null) storage().removeItem(KEY);
    else storage().setItem(KEY, JSON.stringify(settings));
  } catch {
    // Only the start-up shortcut is lost.
  }
}

const computer = () => localStorage;
const session = () => sessionStorage;

/** The settings to start with: the signed-in learner's, else the computer's, else the defaults. */
export function readAppearanceHint(): ReaderSettings {
  return read(session) ?? read(computer) ?? { ...DEFAULT_READER_SETTINGS };
}

/** Keeps the settings now on screen: a learner's for this session, or (null) the computer's. */
export function writeAppearanceHint(settings: ReaderSettings, learnerId: string | null): void {
  if (learnerId === null) {
    write(computer, settings);
    write(session, null);
  } else {
    write(session, settings);
  }
}

export function clearAppearanceHints(): void {
  write(computer, null);
  write(session, null);
}
