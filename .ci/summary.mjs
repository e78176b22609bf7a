// Prints one closing line for the whole run ("N passed, N failed") from the Vitest and
// Playwright JSON reports, and fails when either report is missing or empty.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (!vitestFile || !existsSync(vitestFile)) {
  console.error(`summary: no Vitest report at ${vitestFile}`);
  process.exit(1);
}
const vitest = JSON.parse(readFileSync(vitestFile, 'utf8'));
passed += vitest.numPassedTests;
failed += vitest.numFailedTests;
skipped += vitest.numPendingTests + vitest.numTodoTests;

if (!playwrightFile || !existsSync(playwrightFile)) {
  console.error(`summary: no Playwright report at ${playwrightFile}`);
  process.exit(1);
}
const stats = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats;
passed += stats.expected + stats.flaky;
failed += stats.unexpected;
skipped += stats.skipped;

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
