// Keeps each Jest run's counts, so `npm test` can close with one line for all of its runs.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.name = options.name ?? 'tests';
  }

  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', 'test-results');
    mkdirSync(dir, { recursive: true });
    const counts = { passed: results.numPassedTests, failed: results.numFailedTests, skipped: results.numPendingTests + results.numTodoTests };
    writeFileSync(join(dir, `${this.name}.json`), JSON.stringify(counts));
  }
}

module.exports = SummaryReporter;
