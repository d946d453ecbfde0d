/**
 * The cohort import benchmark's page: the app's own import code (renderer/src/cohort and db),
 * built by the app's toolchain, driven in Chromium by bench/cohort-import.ts.
 * Run from the project root: `vite build --config bench/cohort-import/vite.config.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { carelitModules } from '../../scripts/vite-modules-plugin';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  plugins: [react(), carelitModules(path.resolve(here, '../../modules'))],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  build: {
    outDir: path.resolve(here, '../../dist/bench/cohort-import'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
