import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './core/csp';
import { carelitModules } from './scripts/vite-modules-plugin';
import { LANGUAGE_HINT_KEY } from './renderer/src/db/language-hint-key';
import { returnPreload } from './scripts/vite-return-preload-plugin';
import pkg from './package.json';

/** The CSP is also written into the page, so it holds wherever the files are served from. */
function cspMeta(): Plugin {
  return {
    name: 'carelit-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: '../assets',
  plugins: [react(), carelitModules('modules'), cspMeta(), returnPreload('renderer/src/start.tsx', LANGUAGE_HINT_KEY)],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The libraries every screen needs, each in a chunk with a name that says so (left alone,
        // the bundler names a shared chunk after whichever module it met first). A first start's
        // language screen loads the framework alone; i18next and the database layer come after it.
        advancedChunks: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|zustand)[\\/]/ },
            { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'database', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
