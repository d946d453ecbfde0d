/**
 * `npm run carelit -- …`: runs the command line from its JavaScript build (dist/cli), building
 * it first when it is missing or older than any of its sources. The build says nothing, so the
 * command's output is exactly the command's. The build runs in this same process (a second
 * Node would cost its whole start-up again, a tenth of a second).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'cli', 'carelit.cjs');
const sources = ['cli', 'core', 'locales', 'scripts/build-cli.mjs', 'package-lock.json'];

/** The newest modification time under a file or folder. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
if (sources.some((source) => newest(join(root, source)) > built)) {
  const { buildCli } = await import('./build-cli.mjs');
  try {
    await buildCli();
  } catch (error) {
    console.error(`carelit: the command line could not be built: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  }
}
// process.argv is the same as the build's own would be: the command's words from the third on.
await createRequire(import.meta.url)(bundle).main();
