/**
 * Where the app lives: `app://carelit/`.
 *
 * Never change these two values. IndexedDB, and so every learner's progress, is keyed by this
 * origin: a new scheme or host would start the app on an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carelit';
export const APP_PROTOCOL = `${APP_SCHEME}:`;
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses a URL without throwing: anything unparsable is simply not trusted. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for URLs of the app's own origin. Compares protocol and host, because the WHATWG URL
 * parser gives custom schemes the opaque origin "null".
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === APP_PROTOCOL && parsed.host === APP_HOST;
}
