// The closing line of `npm test`: the counts of its Jest runs added up, as "tests: N passed, N failed".
// `npm test` runs this only after every run passed, so each file is from this very test.
import { readFileSync } from 'node:fs';

const dir = new URL('../test-results/', import.meta.url);
const runs = ['unit.json', 'e2e.json'];
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of runs) {
  const counts = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
}
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`tests: ${total.passed} passed, ${total.failed} failed${skipped}`);
