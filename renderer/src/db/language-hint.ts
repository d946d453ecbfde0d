import { isLanguage, type Language } from '../../../core/i18n';
import { LANGUAGE_HINT_KEY } from './language-hint-key';

/**
 * A copy of the language setting in localStorage, readable before the database opens, so the
 * first screen shows at once in the right language. The database stays the source of truth:
 * boot reconciles the two, and erasing the data erases this copy too.
 */
const KEY = LANGUAGE_HINT_KEY;

export function readLanguageHint(): Language | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage refused: the database decides, a moment later
  }
}

export function writeLanguageHint(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Only the start-up shortcut is lost.
  }
}

export function clearLanguageHint(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
