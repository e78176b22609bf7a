// The QR scanner in real Chromium with a fake camera: the real html5-qrcode wrapper and CCCD
// parser on a bare harness page (the wizard's screens come later). A card's QR fills in the
// identity, other QRs are refused, stopping or ending the session frees the camera, and a
// 12-megapixel document frame becomes a JPEG small enough to send.
import { expect, test, type Page } from '@playwright/test';
import { launchWithCamera, writeQrVideo, type FakeCamera } from './support/fake-camera';
import { startScanHarness, type ScanHarness } from './support/scan-harness';

const CARD =
  '001090123456||Nguyễn Văn An|01011990|Nam|Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội|15042021';

// One harness build for the file; tests run one after another, each with its own browser.
test.describe.configure({ mode: 'default' });
let harness: ScanHarness;
test.beforeAll(async () => {
  harness = await startScanHarness();
});
test.afterAll(async () => {
  await harness?.close();
});

/** Opens the harness in a browser whose camera is `camera`, runs `body`, then closes it. */
async function withCamera(camera: FakeCamera, body: (page: Page) => Promise<void>) {
  const browser = await launchWithCamera(camera);
  try {
    const page = await browser.newPage();
    await page.goto(harness.url);
    await body(page);
  } finally {
    await browser.close();
  }
}

const status = (page: Page) => page.getByRole('status');
const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`);
const liveTracks = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { scanHarness: { liveTracks(): number } }).scanHarness.liveTracks(),
  );

test('a CCCD QR fills in the identity', async () => {
  await withCamera({ video: writeQrVideo(CARD) }, async (page) => {
    await page.getByRole('button', { name: 'Quét' }).click();
    await expect(status(page)).toHaveAttribute('data-code', 'OK');
    await expect(field(page, 'idNumber')).toHaveText('001090123456');
    await expect(field(page, 'fullName')).toHaveText('Nguyễn Văn An');
    await expect(field(page, 'dateOfBirth')).toHaveText('1990-01-01');
    await expect(field(page, 'sex')).toHaveText('male');
    await expect(field(page, 'address')).toHaveText(
      'Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội',
    );
    await expect(field(page, 'issueDate')).toHaveText('2021-04-15');
  });
});

test('a web address QR is refused as not a CCCD', async () => {
  await withCamera(
    { video: writeQrVideo('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html') },
    async (page) => {
      await page.getByRole('button', { name: 'Quét' }).click();
      await expect(status(page)).toHaveAttribute('data-code', 'NOT_CCCD');
      await expect(status(page)).toHaveText(/^Mã QR này không phải mã trên thẻ căn cước/);
      await expect(page.locator('[data-field]')).toHaveCount(0);
    },
  );
});

test('stopping the scanner, or ending the session, leaves no camera track live', async () => {
  await withCamera({ video: writeQrVideo(undefined) }, async (page) => {
    await page.getByRole('button', { name: 'Quét' }).click();
    await expect(status(page)).toHaveText('Đang quét');
    expect(await liveTracks(page)).toBe(1);
    await expect(page.locator('#reader video')).toHaveCount(1);
    await page.getByRole('button', { name: 'Dừng' }).click();
    await expect.poll(() => liveTracks(page)).toBe(0);
    await expect(page.locator('#reader video')).toHaveCount(0);

    await page.getByRole('button', { name: 'Quét' }).click();
    await expect(status(page)).toHaveText('Đang quét');
    expect(await liveTracks(page)).toBe(1);
    await page.getByRole('button', { name: 'Kết thúc phiên' }).click();
    await expect.poll(() => liveTracks(page)).toBe(0);
  });
});

test('no camera, or a refused permission, gives a code that leads to typing', async () => {
  await withCamera({ none: true }, async (page) => {
    await page.getByRole('button', { name: 'Quét' }).click();
    await expect(status(page)).toHaveAttribute('data-code', 'NO_CAMERA');
    await expect(status(page)).toContainText('Nhập tay');
  });
  await withCamera({ refused: true }, async (page) => {
    await page.getByRole('button', { name: 'Quét' }).click();
    await expect(status(page)).toHaveAttribute('data-code', 'PERMISSION_REFUSED');
    await expect(status(page)).toContainText('Nhập tay');
  });
});

test('a 12-megapixel document frame becomes a JPEG within 2000 px and 600 KB', async () => {
  await withCamera({ none: true }, async (page) => {
    type Run = { width: number; height: number; bytes: number };
    const [landscape, portrait] = await page.evaluate(async () => {
      const api = (
        window as unknown as {
          scanHarness: { timePhoto(w: number, h: number, n: number): Promise<Run[]> };
        }
      ).scanHarness;
      return [(await api.timePhoto(4000, 3000, 1))[0]!, (await api.timePhoto(3000, 4000, 1))[0]!];
    });
    expect(landscape).toMatchObject({ width: 2000, height: 1500 });
    expect(portrait).toMatchObject({ width: 1500, height: 2000 });
    for (const photo of [landscape, portrait]) expect(photo.bytes).toBeLessThanOrEqual(600 * 1024);
  });
});
