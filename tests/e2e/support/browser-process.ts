// A kiosk's browser as its own process over a persistent profile, so tests can kill it outright
// (SIGKILL, as a power cut or the kernel would) and start it again over what it left on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

/** The pid of the Chromium browser process using `userDataDir` (Linux: read from /proc). */
export function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (
      args.includes(`--user-data-dir=${userDataDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    ) {
      return Number(entry);
    }
  }
  throw new Error(`no browser process for ${userDataDir}`);
}

/** Starts Chromium over the profile in `profile`, as a kiosk would after a restart. */
export function launchProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: 'block',
    ...(executablePath ? { executablePath } : {}),
  });
}

/** Kills the profile's browser outright and waits until Playwright has noticed. */
export async function killBrowser(profile: string, context: BrowserContext): Promise<void> {
  process.kill(browserPid(profile), 'SIGKILL');
  await context.close().catch(() => undefined);
}
