// `npm run bench`: builds, measures, prints a table and writes bench-results/bench.json.
// With --ci, exits non-zero only when a size or count budget is exceeded, never on time.
import { execFileSync } from 'node:child_process';
import { measureColdStart } from './cold-start';
import { measureFirstScreen } from './first-screen';
import { measureHubIngest } from './hub-ingest';
import { measureOutbox } from './outbox';
import { measureScan } from './scan';
import { measureSearch } from './search';
import { measureSessions } from './sessions';
import { report, type BenchRow } from './report';

const ci = process.argv.includes('--ci');
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

const rows: BenchRow[] = [];
rows.push(...(await measureFirstScreen()));
rows.push(...(await measureColdStart()));
rows.push(...(await measureHubIngest()));
rows.push(...(await measureOutbox()));
rows.push(...(await measureScan()));
rows.push(...(await measureSearch()));
rows.push(...(await measureSessions()));

const over = report(rows);
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => r.name).join('; ')}`);
  if (ci) process.exit(1);
}
