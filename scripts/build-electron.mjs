/**
 * Builds the Electron main process and preload, each into ONE self-contained CommonJS file:
 *   electron/main.ts    → dist/electron/main.cjs
 *   electron/preload.ts → dist/electron/preload.cjs
 * Dependencies (zod, core/) are bundled in; only `electron` and Node's built-in modules stay
 * outside. One file each matters most for the preload: a sandboxed preload cannot require
 * anything but `electron` and a few built-ins.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist/electron';

/** Electron 45 ships Node 22 and Chromium 140. */
const targets = [
  { entry: 'electron/main.ts', fileName: 'main.cjs', target: 'node22' },
  { entry: 'electron/preload.ts', fileName: 'preload.cjs', target: 'chrome140' },
];

const external = ['electron', /^electron\//, /^node:/, ...builtinModules];

function configFor({ entry, fileName, target }, emptyOutDir) {
  return {
    root,
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    // Bundle every dependency instead of leaving it to node_modules, which is not shipped.
    ssr: { noExternal: true, external: ['electron'] },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir,
      target,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

// Sequential: the first build empties dist/electron (and only it), the second adds to it.
for (const [index, entry] of targets.entries()) {
  await build(configFor(entry, index === 0));
}
console.log(`built ${targets.map((t) => `${outDir}/${t.fileName}`).join(', ')}`);
