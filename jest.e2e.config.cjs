/** End-to-end tests: the built app served on 127.0.0.1, driven in the system's Chromium. */
const base = require('./jest.config.cjs').projects[0];

module.exports = {
  transform: base.transform,
  moduleFileExtensions: base.moduleFileExtensions,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  reporters: ['default', ['<rootDir>/tests/summary-reporter.cjs', { name: 'e2e' }]],
};
