/** Where the start-up copy of her language is kept in localStorage (language-hint.ts), also read by the page before the app (see vite.config.ts). */
export const LANGUAGE_HINT_KEY = 'carelit.language';
