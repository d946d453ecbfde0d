/** Unit and component tests. End-to-end tests have their own config (jest.e2e.config.cjs). */
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      // Types are checked once by `npm run typecheck`; Jest only needs the JavaScript.
      tsconfig: { isolatedModules: true, module: 'commonjs', jsx: 'react-jsx', esModuleInterop: true, verbatimModuleSyntax: false },
    },
  ],
};
const common = {
  transform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
  // Jest starts no workers of the Vite kind: the trainer's import compresses on the main thread there.
  moduleNameMapper: { '/deflate-worker$': '<rootDir>/tests/fixtures/no-deflate-worker.ts' },
};

module.exports = {
  reporters: ['default', ['<rootDir>/tests/summary-reporter.cjs', { name: 'unit' }]],
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      // Tests of a block type's pure definition sit beside it (core/blocks/<type>/).
      testMatch: ['<rootDir>/tests/unit/{core,cli,db,electron,scripts,lrs}/**/*.test.ts', '<rootDir>/core/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'renderer',
      testEnvironment: '<rootDir>/tests/jsdom-environment.cjs',
      // Tests of a block type's view sit beside it (renderer/src/blocks/<type>/).
      testMatch: ['<rootDir>/tests/unit/renderer/**/*.test.{ts,tsx}', '<rootDir>/renderer/src/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup-renderer.ts'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^virtual:carelit/catalogue$': '<rootDir>/tests/fixtures/catalogue.ts',
        '\\.css$': '<rootDir>/tests/fixtures/style-stub.cjs',
        // d3's modules are ES modules only; their UMD builds (same code) run in Jest's CommonJS.
        '^d3-([a-z-]+)$': '<rootDir>/node_modules/d3-$1/dist/d3-$1.js',
      },
    },
  ],
};
