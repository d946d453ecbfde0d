/**
 * Builds the `carelit` command line into plain JavaScript, so that it starts in a fraction of
 * the time TypeScript-on-the-fly needs (and so do the helper threads of `cohort report`):
 *   cli/carelit.ts       → dist/cli/carelit.cjs
 *   cli/cohort-worker.ts → dist/cli/cohort-worker.cjs
 * Dependencies (zod, yaml, core/, locales/) are bundled in; Node's built-ins stay outside.
 * Once built, the modules are checked with it, so that the catalogue it keeps beside itself
 * (cli/catalogue-cache.ts) is there for the first command already.
 * scripts/carelit.mjs runs it, rebuilding it first when a source is newer.
 */
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = 'dist/cli';
const entries = [
  { entry: 'cli/carelit.ts', fileName: 'carelit.cjs' },
  { entry: 'cli/cohort-worker.ts', fileName: 'cohort-worker.cjs' },
];

export async function buildCli() {
  for (const [index, { entry, fileName }] of entries.entries()) {
    await build({
      root,
      configFile: false,
      envDir: false,
      publicDir: false,
      logLevel: 'silent',
      ssr: { noExternal: true },
      build: {
        ssr: entry,
        outDir: CLI_OUT_DIR,
        emptyOutDir: index === 0,
        target: 'node20',
        minify: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: {
          external: [/^node:/, ...builtinModules],
          output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
        },
      },
    });
  }
  // A catalogue with faults is not kept: the commands then say so, as they would have.
  createRequire(import.meta.url)(join(root, CLI_OUT_DIR, entries[0].fileName)).catalogueModules();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`built ${entries.map((e) => `${CLI_OUT_DIR}/${e.fileName}`).join(', ')}`);
}
