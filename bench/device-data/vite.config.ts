/**
 * The device-data benchmark's page: the app's own chart component (renderer/src/blocks/device-data),
 * built by the app's toolchain, driven in Chromium by bench/device-data.ts.
 * Run from the project root: `vite build --config bench/device-data/vite.config.ts`.
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
    outDir: path.resolve(here, '../../dist/bench/device-data'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
