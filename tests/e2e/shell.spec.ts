// The kiosk shell as a resident meets it: attract → home → guide, the idle rule, and
// "Kết thúc", against a real hub.
import { expect, test } from '@playwright/test';
import { startHub, removeDataDir, type RunningHub } from './support/hub';
import {
  button,
  expectAttractScreen,
  openKiosk,
  openTile,
  screenHeading,
  sessionTraces,
  startSession,
  startSessionIn,
  stillThereDialog,
  touch,
} from './support/kiosk';

let hub: RunningHub;

test.beforeAll(async () => {
  hub = await startHub();
});

test.afterAll(async () => {
  await hub.stop();
  removeDataDir(hub.dataDir);
});

test('a resident opens the guide and finds the centre hotline and the national one', async ({
  page,
}) => {
  await openKiosk(page, hub.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Nhà văn hoá tổ dân phố số 5, phường Điện Biên',
  );
  await startSession(page);
  await openTile(page, 'Hướng dẫn sử dụng');

  await expect(
    page.getByText('Chạm nhẹ vào nút bằng một ngón tay.', { exact: false }),
  ).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('024 3823 4567')).toBeVisible();
  await expect(main.getByText('0912 345 678')).toBeVisible();
  await expect(main.getByText('1800 1096')).toBeVisible();
  await expect(main.getByText('07:30–11:30, 13:30–17:00')).toBeVisible();
  // Navigation is by buttons only: nothing a touch could open as a link.
  await expect(page.locator('a[href]')).toHaveCount(0);

  await touch(page, 'Quay lại');
  await expect(screenHeading(page)).toHaveText('Bạn muốn làm gì?');
});

test('English is one touch away on the attract screen', async ({ page }) => {
  await openKiosk(page, hub.url);
  await startSessionIn(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openTile(page, 'How to use');
  await expect(page.getByText('National public service hotline (free)')).toBeVisible();
  await expect(button(page, 'End')).toBeVisible();
});

test('idle: "Tiếp tục" keeps the session; silence ends it and leaves no trace', async ({
  page,
}) => {
  await openKiosk(page, hub.url, { idleSeconds: 2, countdownSeconds: 3 });
  const atStart = await sessionTraces(page);

  await touch(page, 'Chữ rất lớn');
  await startSessionIn(page, 'English');
  await openTile(page, 'How to use');
  await page.evaluate(() => sessionStorage.setItem('answer', 'Nguyễn Văn A'));

  const dialog = stillThereDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('timer')).toBeVisible();
  await touch(page, 'Continue');
  await expect(dialog).toBeHidden();
  await expect(screenHeading(page)).toHaveText('How to use');

  // Now nobody touches anything: the dialog comes back and the countdown runs out.
  await expect(dialog).toBeVisible();
  await expectAttractScreen(page);
  await expect(dialog).toBeHidden();
  // Same history length (every move replaced the entry), still at /, all reset.
  expect(await sessionTraces(page)).toEqual(atStart);
  expect(atStart).toMatchObject({ path: '/', lang: 'vi', textSize: '0', contrast: 'normal' });
});

test('"Kết thúc" ends the session the same way', async ({ page }) => {
  await openKiosk(page, hub.url);
  const atStart = await sessionTraces(page);

  await startSessionIn(page, 'English');
  await touch(page, 'Contrast');
  await touch(page, 'Large text');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await openTile(page, 'How to use');
  await page.evaluate(() => localStorage.setItem('draft', 'x'));

  await touch(page, 'End');
  await expectAttractScreen(page);
  expect(await sessionTraces(page)).toEqual(atStart);
});

test('the screen behaves as a kiosk, not a browser page', async ({ page }) => {
  await openKiosk(page, hub.url);
  const guards = await page.evaluate(() => {
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    const drag = new DragEvent('dragstart', { bubbles: true, cancelable: true });
    const heading = document.querySelector('h1');
    const style = getComputedStyle(document.body);
    return {
      contextMenuBlocked: !heading?.dispatchEvent(menu),
      dragBlocked: !document.querySelector('svg')?.dispatchEvent(drag),
      userSelect: style.userSelect,
      touchAction: style.touchAction,
      overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY,
    };
  });
  expect(guards).toEqual({
    contextMenuBlocked: true,
    dragBlocked: true,
    userSelect: 'none',
    touchAction: 'pan-x pan-y',
    overscroll: 'none',
  });
});

test('a kiosk started without its hub still shows the site it last knew', async ({ page }) => {
  const ownHub = await startHub();
  try {
    await openKiosk(page, ownHub.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    await expect(screenHeading(page)).toHaveText('Nhà văn hoá tổ dân phố số 5, phường Điện Biên');
    await ownHub.stop();

    await page.reload();
    await expectAttractScreen(page);
    await expect(screenHeading(page)).toHaveText('Nhà văn hoá tổ dân phố số 5, phường Điện Biên');
    await startSession(page);
    await openTile(page, 'Hướng dẫn sử dụng');
    await expect(page.getByRole('main').getByText('024 3823 4567')).toBeVisible();
  } finally {
    await ownHub.stop();
    removeDataDir(ownHub.dataDir);
  }
});
