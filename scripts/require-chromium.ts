/**
 * Run before the end-to-end tests (and their build): without Chromium they cannot run, so say
 * why in one line and stop at once, instead of building for nothing or waiting.
 */
import { missingChromium } from './chromium';

const missing = missingChromium();
if (missing) {
  process.stderr.write(`${missing}\n`);
  process.exit(1);
}
