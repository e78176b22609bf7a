// The kiosk works after one online visit with the hub gone, and a new version deployed
// mid-session waits for the attract screen.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHub } from './support/hub';

async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

async function startSession(page: Page): Promise<void> {
  await page.locator('[data-screen="attract"]').click();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}

test('after one online visit the kiosk starts and works with the hub stopped', async ({ page }) => {
  const hub = await startHub();
  await page.goto(hub.url);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await waitForOfflineReady(page);
  await hub.stop();

  await page.reload();
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await startSession(page);
  await page.getByRole('button', { name: /Hướng dẫn sử dụng/ }).click();
  await expect(page.locator('[data-screen="guide"]')).toBeVisible();
  await expect(page.getByText('1800 1096').first()).toBeVisible();
  // The site's own hotline was kept from the online visit.
  await expect(page.getByText('024 3823 4567')).toBeVisible();
});

test('a newer build deployed mid-session waits for the attract screen', async ({ page }) => {
  const nextDist = join(mkdtempSync(join(tmpdir(), 'dvc-next-')), 'kiosk');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', nextDist], {
    env: { ...process.env, KIOSK_BUILD_ID: 'e2e-next' },
    stdio: 'inherit',
  });
  const first = await startHub();
  await page.goto(first.url);
  await waitForOfflineReady(page);
  const oldVersion = await page.locator('html').getAttribute('data-version');
  expect(oldVersion).not.toContain('e2e-next');

  await startSession(page);
  await page.getByRole('button', { name: /Hướng dẫn sử dụng/ }).click();
  await expect(page.locator('[data-screen="guide"]')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { sessionMarker: number }).sessionMarker = 1));

  // Deploy: the same origin now serves the next build; the background check finds it.
  await first.stop();
  const next = await startHub({ port: first.port, dataDir: first.dataDir, kioskDist: nextDist });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
    await new Promise<void>((resolve) => {
      const check = () => (registration?.waiting ? resolve() : setTimeout(check, 100));
      check();
    });
  });

  // Mid-session: no reload, same screen, same version.
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-screen="guide"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sessionMarker?: number }).sessionMarker)).toBe(1);
  expect(await page.locator('html').getAttribute('data-version')).toBe(oldVersion);

  // Ending the session returns to the attract screen, where the new version takes over.
  await page.getByRole('button', { name: /Kết thúc/ }).first().click();
  await expect(page.locator('html')).toHaveAttribute('data-version', /e2e-next/, { timeout: 20_000 });
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await next.stop();
});
