// The kiosk works after one online visit with the hub gone, and a new version deployed
// mid-session waits for the attract screen.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHub } from './support/hub';
import { tempDir } from './support/temp-dir';
import { expectAttractScreen, openKiosk, openTile, startSession, touch } from './support/kiosk';

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

test('after one online visit the kiosk starts and works with the hub stopped', async ({ page }) => {
  const hub = await startHub();
  await openKiosk(page, hub.url);
  await waitForOfflineReady(page);
  await hub.stop();

  await page.reload();
  await expectAttractScreen(page);
  await startSession(page);
  await openTile(page, 'Hướng dẫn sử dụng');
  await expect(page.getByText('1800 1096').first()).toBeVisible();
});

test('the hub API goes straight to the network; the kiosk files come from the worker', async ({
  page,
}) => {
  const hub = await startHub();
  await openKiosk(page, hub.url);
  await waitForOfflineReady(page);
  // Resource Timing says which static route matched a request, and what delivered it.
  const sources = await page.evaluate(async () => {
    const sourceOf = async (url: string, init?: RequestInit) => {
      const response = await fetch(url, init);
      await response.arrayBuffer();
      const entries = performance.getEntriesByName(new URL(url, location.href).href);
      const entry = entries[entries.length - 1] as PerformanceResourceTiming & {
        workerMatchedSourceType: string;
        deliveryType: string;
      };
      return {
        status: response.status,
        route: entry.workerMatchedSourceType,
        from: entry.deliveryType,
      };
    };
    return {
      health: await sourceOf('/api/v1/health'),
      heartbeat: await sourceOf('/api/v1/heartbeats', { method: 'POST', body: '{}' }),
      shell: await sourceOf('/index.html'),
    };
  });
  await hub.stop();
  expect(sources).toEqual({
    health: { status: 200, route: 'network', from: '' },
    heartbeat: { status: 401, route: 'network', from: '' },
    shell: { status: 200, route: '', from: 'cache-storage' }, // the worker's precache
  });
});

test('a newer build deployed mid-session waits for the attract screen', async ({ page }) => {
  // Building the next version inside the test takes 20–40 s on a loaded 2-core machine.
  test.setTimeout(150_000);
  const nextDist = join(tempDir('dvc-next-'), 'kiosk');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', nextDist], {
    env: { ...process.env, KIOSK_BUILD_ID: 'e2e-next' },
    stdio: 'inherit',
  });
  const first = await startHub();
  await openKiosk(page, first.url);
  await waitForOfflineReady(page);
  const oldVersion = await page.locator('html').getAttribute('data-version');
  expect(oldVersion).toBeTruthy();
  expect(oldVersion).not.toContain('e2e-next');

  await startSession(page);
  await openTile(page, 'Hướng dẫn sử dụng');
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn sử dụng');
  const marker = await page.evaluate(
    () => (window as unknown as { sessionMarker?: number }).sessionMarker,
  );
  expect(marker).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-version', oldVersion!);

  // Ending the session returns to the attract screen, where the new version takes over,
  // even while the page keeps making requests (site, outbox, heartbeats): one arriving at
  // the outgoing worker as the new one activates would leave the activation parked.
  await page.evaluate(() => {
    setInterval(() => void fetch('/api/v1/health').catch(() => undefined), 20);
  });
  await touch(page, 'Kết thúc');
  await expect(page.locator('html')).toHaveAttribute('data-version', /e2e-next/, {
    timeout: 45_000,
  });
  await expectAttractScreen(page);
  await next.stop();
});
