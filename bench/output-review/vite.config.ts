/**
 * The output-review benchmark's page: the block's view in the app's block host, on the app's
 * database, built by the app's toolchain and driven in Chromium by bench/output-review.ts.
 * Run from the project root: `vite build --config bench/output-review/vite.config.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  build: {
    outDir: path.resolve(here, '../../dist/bench/output-review'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
