import { reducesMotion, shownTheme, type ReaderSettings, type SystemPreferences } from '../../../core/reader-settings';

/**
 * Puts reader settings on the page: the text size as the root font size (the custom property
 * --text-size, which styles.css gives the root: every size there is in rem or em, so layouts
 * reflow rather than scroll sideways, and print keeps its own size), and the theme and motion as
 * attributes on the root, which styles.css turns into its colour custom properties and motion rules.
 * Small and free of React: boot runs it before the first screen renders.
 */
const QUERIES = {
  dark: '(prefers-color-scheme: dark)',
  moreContrast: '(prefers-contrast: more), (forced-colors: active)',
  reducedMotion: '(prefers-reduced-motion: reduce)',
} as const satisfies Record<keyof SystemPreferences, string>;

const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;

export function systemPreferences(): SystemPreferences {
  return { dark: matches(QUERIES.dark), moreContrast: matches(QUERIES.moreContrast), reducedMotion: matches(QUERIES.reducedMotion) };
}

export function applyAppearance(settings: ReaderSettings, root: HTMLElement = document.documentElement, system = systemPreferences()): void {
  root.style.setProperty('--text-size', `${settings.textSize}%`);
  root.dataset.theme = shownTheme(settings.theme, system);
  root.dataset.motion = reducesMotion(settings.motion, system) ? 'reduce' : 'full';
}

/** Calls `onChange` whenever the computer's preferences change (dark mode at dusk, say); returns the way to stop. */
export function watchSystemPreferences(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const lists = Object.values(QUERIES).map((query) => matchMedia(query));
  for (const list of lists) list.addEventListener?.('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener?.('change', onChange);
  };
}
