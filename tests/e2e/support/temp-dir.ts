// Temporary folders for tests and benchmarks, removed when the process that made them
// exits: hub data, kiosk builds, browser profiles and camera files add up to gigabytes
// over a day of test runs on a kiosk's own machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();
let registered = false;

function removeAll(): void {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A browser or hub still closing can hold a file; the system's tmp cleanup has it.
    }
  }
}

/** Makes `<tmp>/<prefix>XXXXXX`, removed when this process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  // Registered at first use, so it runs after the exit listener that stops the test hubs
  // (registered when support/hub.ts loads), not before.
  if (!registered) process.once('exit', removeAll);
  registered = true;
  return dir;
}

/** Removes a folder made by tempDir now, rather than at exit. */
export function removeTempDir(dir: string): void {
  made.delete(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
