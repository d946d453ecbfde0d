/**
 * The one way tests and benchmarks start a browser: the system's Chromium, headless, with a
 * fresh profile (playwright-core creates a temporary one per launch), never a downloaded one.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Without the networking flags Chromium reaches for the internet at start (updates, sync,
 * field trials, QUIC probes); an offline machine refuses those and a test would wait on them.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root, where Chromium's own sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--mute-audio',
  '--password-store=basic',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
];

/** Where Chromium is expected: `CHROMIUM_PATH` if set, the Debian package's path otherwise. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why Chromium cannot start, in one line, or null when it is where it should be. */
export function missingChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const executablePath = chromiumPath(env);
  return isExecutable(executablePath) ? null : `Chromium not found at ${executablePath}: install the Debian package chromium (or set CHROMIUM_PATH).`;
}

/** Throws a one-line, readable error when the executable is missing, before playwright does. */
export async function launchChromium(options: { args?: string[] } = {}): Promise<Browser> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  const executablePath = chromiumPath();
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
