// The lint `npm test` runs: TypeScript's recommended rules, React's rules of hooks, and the
// boundaries between layers (ARCHITECTURE.md): core is pure, the renderer is a web page.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const NODE = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restricted = (paths, patterns, message) => ['error', { paths: paths.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tools/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS files (Jest's configuration and helpers) load with require: that is their module system.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'bench/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restricted(
        ['react', 'react-dom', 'react-i18next', 'dexie', 'dexie-react-hooks', 'zustand', 'electron', ...NODE],
        ['**/renderer/**', '**/electron/**', '**/cli/**', 'react-dom/*', 'electron/*'],
        'core/ is pure: no DOM, React, database, Node or Electron (ARCHITECTURE.md).',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(
        ['electron', ...NODE],
        ['**/electron/**', '**/cli/**', 'electron/*'],
        'The renderer is a web page: it reaches the desktop only through renderer/src/platform (ARCHITECTURE.md).',
      ),
    },
  },
);
