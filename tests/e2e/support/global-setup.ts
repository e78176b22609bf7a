// Builds the kiosk and console once for the whole run, unless E2E_SKIP_BUILD=1; and a second
// kiosk with the outbox test seam (dist/kiosk-e2e) that only the outbox tests serve.
import { execFileSync } from 'node:child_process';
import { buildSeamKiosk } from './outbox';

export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--mode', 'console', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  buildSeamKiosk();
}
