/**
 * What a reader can set to read comfortably: text size, colours, motion, and reading aloud.
 * Each profile has its own; the profile choice has the computer's. Plain values, stored as they
 * are, carried in a profile's backup, and read back leniently: a value this version does not
 * know falls back to its default rather than refusing the rest.
 */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** `system` follows the computer (dark mode, more contrast); the others are chosen. */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** What a theme is once the computer's preference is known: the colours actually used. */
export type ShownTheme = Exclude<Theme, 'system'>;

/** `system` reduces motion when the computer asks for it; `reduce` always does. */
export const MOTIONS = ['system', 'reduce'] as const;
export type Motion = (typeof MOTIONS)[number];

export interface ReaderSettings {
  /** The root font size in percent: every size in the app is relative to it, so layouts reflow. */
  textSize: TextSize;
  theme: Theme;
  motion: Motion;
  /** A button on each lesson step and question reads it aloud, with the computer's own voice. */
  readAloud: boolean;
}

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = Object.freeze({ textSize: 100, theme: 'system', motion: 'system', readAloud: false });

const oneOf = <T>(values: readonly T[], value: unknown, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

/** Settings from anything stored or imported: each known value kept, anything else its default. */
export function readerSettingsOf(value: unknown): ReaderSettings {
  const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_READER_SETTINGS;
  return {
    textSize: oneOf(TEXT_SIZES, v.textSize, d.textSize),
    theme: oneOf(THEMES, v.theme, d.theme),
    motion: oneOf(MOTIONS, v.motion, d.motion),
    readAloud: typeof v.readAloud === 'boolean' ? v.readAloud : d.readAloud,
  };
}

/** What the computer says it prefers, as media queries tell it. */
export interface SystemPreferences {
  dark: boolean;
  moreContrast: boolean;
  reducedMotion: boolean;
}

/** The colours shown: the chosen theme, or for `system` the computer's (more contrast first, then dark). */
export function shownTheme(theme: Theme, system: SystemPreferences): ShownTheme {
  if (theme !== 'system') return theme;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

export function reducesMotion(motion: Motion, system: SystemPreferences): boolean {
  return motion === 'reduce' || system.reducedMotion;
}
