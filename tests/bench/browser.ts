// The same Chromium the end-to-end tests use, for benchmarks run outside Playwright Test.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

/** Debian's Chromium where installed; Playwright's own browser otherwise. */
export const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

/** A persistent profile, so a service worker installed in one launch serves the next. */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    ...(executablePath ? { executablePath } : {}),
  });
}
