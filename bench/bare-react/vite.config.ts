/**
 * Builds the bare React baseline with the app's toolchain (Vite + @vitejs/plugin-react), so
 * the startup ratio measures the app, not a difference in bundlers.
 * Run from the project root: `vite build --config bench/bare-react/vite.config.ts`.
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
  build: {
    outDir: path.resolve(here, '../../dist/bench/bare-react'),
    emptyOutDir: true,
  },
});
