// What scanning and photographing cost on this machine, in headless Chromium with a fake
// camera: opening the scanner to a parsed CCCD identity, and a 12-megapixel document frame to
// the JPEG kept for the dossier. Each is set beside a baseline from the same run (the camera's
// own start; one resize and encode), as times on shared machines are noisy.
import type { Page } from '@playwright/test';
import { launchWithCamera, writeQrVideo } from '../e2e/support/fake-camera';
import { startScanHarness } from '../e2e/support/scan-harness';
import { median, type BenchRow } from './report';

const CARD =
  '001090123456||Nguyễn Văn An|01011990|Nam|Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội|15042021';
const RUNS = 10;

interface PhotoRun {
  ms: number;
  bytes: number;
  width: number;
  height: number;
  quality: number;
  attempts: number;
}

interface HarnessApi {
  timings(): number[];
  liveTracks(): number;
  timePhoto(width: number, height: number, runs: number): Promise<PhotoRun[]>;
  timeEncodeOnly(width: number, height: number, runs: number): Promise<number[]>;
  timeCameraOpen(): Promise<number>;
}

type HarnessWindow = Window & { scanHarness: HarnessApi };

/** One open → identity → stop cycle; resolves once the page has recorded its time. */
async function scanOnce(page: Page, done: number): Promise<void> {
  await page.getByRole('button', { name: 'Quét' }).click();
  await page.waitForFunction(
    (n) => (window as unknown as HarnessWindow).scanHarness.timings().length > n,
    done,
  );
  await page.getByRole('button', { name: 'Dừng' }).click();
  await page.waitForFunction(
    () => (window as unknown as HarnessWindow).scanHarness.liveTracks() === 0,
  );
}

/** Benchmark rows for the scanner and photo processing; see tests/bench/run.ts. */
export async function measureScan(): Promise<BenchRow[]> {
  const harness = await startScanHarness();
  const browser = await launchWithCamera({ video: writeQrVideo(CARD) });
  try {
    const page = await browser.newPage();
    await page.goto(harness.url);
    // The first open also fetches the scanner chunk; it is reported apart from the median.
    for (let i = 0; i <= RUNS; i++) await scanOnce(page, i);
    const [first, ...scans] = await page.evaluate(() =>
      (window as unknown as HarnessWindow).scanHarness.timings(),
    );
    const cameraOpen: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ms = await page.evaluate(() =>
        (window as unknown as HarnessWindow).scanHarness.timeCameraOpen(),
      );
      cameraOpen.push(ms);
    }

    const photos = await page.evaluate(
      ([w, h, n]) => (window as unknown as HarnessWindow).scanHarness.timePhoto(w, h, n),
      [4000, 3000, RUNS] as const,
    );
    const encodeOnly = await page.evaluate(
      ([w, h, n]) => (window as unknown as HarnessWindow).scanHarness.timeEncodeOnly(w, h, n),
      [4000, 3000, RUNS] as const,
    );
    const photo = photos[0]!;
    return [
      {
        name: 'scan: open scanner → parsed CCCD identity (median)',
        value: median(scans),
        unit: 'ms',
        baseline: median(cameraOpen),
        note: `target ≤ 1000 ms; baseline: camera to first frame; first open with chunk ${first!.toFixed(0)} ms`,
      },
      {
        name: 'photo: 12 MP frame → stored JPEG (median)',
        value: median(photos.map((p) => p.ms)),
        unit: 'ms',
        baseline: median(encodeOnly),
        note: `target ≤ 400 ms; baseline: one resize and encode; ${photo.width}×${photo.height} q${photo.quality}, ${photo.attempts} encoding(s)`,
      },
      {
        name: 'photo: JPEG of a 12 MP printed page',
        value: Math.max(...photos.map((p) => p.bytes)),
        unit: 'bytes',
        budget: 600 * 1024,
      },
    ];
  } finally {
    await browser.close();
    await harness.close();
  }
}
