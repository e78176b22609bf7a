// Accessibility of the catalogue's screens: axe finds nothing and every control is big enough
// for a finger, on the catalogue, while searching with the keyboard open, on a procedure to
// submit and on one done on a phone; in both orientations, and once at the largest text in high
// contrast (in English, so both languages are checked).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { openKiosk, openTile, smallTouchTargets, startSessionIn, touch } from './support/kiosk';

let hub: RunningHub;

test.beforeAll(async () => {
  hub = await startHub();
});

test.afterAll(async () => {
  await hub.stop();
  removeDataDir(hub.dataDir);
});

test.use({ reducedMotion: 'reduce', serviceWorkers: 'block' });

async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${screen}: ${v.id} — ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
  expect(found).toEqual([]);
  expect(await smallTouchTargets(page, 48), `${screen}: controls under 48×48 px`).toEqual([]);
}

const passes = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, language: 'Tiếng Việt' },
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, language: 'Tiếng Việt' },
  {
    name: 'landscape, largest text in high contrast, English',
    viewport: { width: 1920, height: 1080 },
    language: 'English',
    largest: true,
  },
] as const;

for (const pass of passes) {
  test(`catalogue, search, procedure and guide pages: ${pass.name}`, async ({ page }) => {
    await page.setViewportSize(pass.viewport);
    const english = pass.language === 'English';
    await openKiosk(page, hub.url);
    if ('largest' in pass) {
      await touch(page, 'Chữ rất lớn');
      await touch(page, 'Tương phản');
    }
    await startSessionIn(page, pass.language);
    await openTile(page, english ? 'Administrative procedures' : 'Làm thủ tục hành chính');
    await expectAccessible(page, 'catalogue');

    await page.locator('#catalogue-search').tap();
    for (const key of ['k', 'h', 'a', 'i', 'space', 's']) {
      await page.locator(key === 'space' ? '[data-key="space"]' : `[data-key="char-${key}"]`).tap();
    }
    await expect(page.locator('[data-procedure="khai-sinh"]')).toBeVisible();
    await expectAccessible(page, 'search with the keyboard open');

    await page.locator('[data-key="clear"]').tap();
    for (const key of 'qqq') await page.locator(`[data-key="char-${key}"]`).tap();
    await expect(page.locator('.no-results')).toBeVisible();
    await expectAccessible(page, 'nothing found');

    await page.locator('[data-key="clear"]').tap();
    for (const key of 'khai') await page.locator(`[data-key="char-${key}"]`).tap();
    await page.locator('[data-procedure="khai-sinh"]').tap();
    await expect(page.locator('.documents')).toBeVisible();
    await page.locator('.legal-basis summary').tap();
    await expectAccessible(page, 'procedure to submit');

    await touch(page, english ? 'Back' : 'Quay lại');
    await page.locator('#catalogue-search').tap();
    await page.locator('[data-key="clear"]').tap();
    await page.locator('[data-key="done"]').tap();
    await page.locator('[data-topic="work-and-income"]').tap();
    await expectAccessible(page, 'topic');
    await page.locator('[data-procedure="quyet-toan-thue-tncn"]').tap();
    await expect(page.locator('.phone-qr img')).toBeVisible();
    await expectAccessible(page, 'procedure done on a phone');
  });
}
