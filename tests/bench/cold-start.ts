// Cold start from the service-worker cache with the hub stopped: a new browser process
// each run, timed from navigation start to an interactive attract screen, against a
// blank page served the same way (precached by its own service worker). Both marks are
// taken after the first frame is painted, as Preact runs the attract screen's effect.
// Chromium starts on the page by itself with no driver attached, as a kiosk does (see
// detached-browser.ts); the benchmark attaches only afterwards, to read the page's mark.
import { createServer, type Server } from 'node:http';
import { startHub } from '../e2e/support/hub';
import { tempDir } from '../e2e/support/temp-dir';
import { launchProfile } from './browser';
import { launchDetached, pageAt } from './detached-browser';
import { median, type BenchRow } from './report';

const READY_MARK = 'dvc:attract-ready';
const RUNS = 10;
/** Long enough for either page to be ready on a loaded machine before anything attaches. */
const SETTLE_MS = 3000;

const BLANK_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>blank</title></head>
<body><p>Chạm để bắt đầu</p><script>requestAnimationFrame(()=>setTimeout(()=>performance.mark('${READY_MARK}')));
navigator.serviceWorker.register('/sw.js')</script></body></html>`;
const BLANK_SW = `self.addEventListener('install',e=>e.waitUntil(caches.open('b').then(c=>c.add('/')).then(()=>self.skipWaiting())));
self.addEventListener('activate',e=>e.waitUntil(self.clients.claim()));
self.addEventListener('fetch',e=>e.respondWith(caches.match(e.request).then(r=>r||fetch(e.request))));`;

function serveBlank(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const sw = req.url === '/sw.js';
    res.writeHead(200, { 'content-type': sw ? 'text/javascript' : 'text/html' });
    res.end(sw ? BLANK_SW : BLANK_PAGE);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

/** Installs the page once online in a profile of its own, then stops the origin. */
async function install(url: string, stopOrigin: () => Promise<void>): Promise<string> {
  const profile = tempDir('dvc-cold-');
  const first = await launchProfile(profile);
  const page = first.pages()[0] ?? (await first.newPage());
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await first.close();
  await stopOrigin();
  return profile;
}

/** One cold start: a new browser process on the installed profile, to the ready mark. */
async function coldStart(profile: string, url: string): Promise<number> {
  const chrome = await launchDetached({ profile });
  try {
    // The browser is up first, as on a kiosk that has booted; the page then loads alone, and
    // its own mark says when it was ready, whenever it is read.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await chrome.open(url);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const browser = await chrome.attach();
    const tab = pageAt(browser, new URL(url).origin);
    const at = await tab.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      READY_MARK,
    );
    const time = Number(await at.jsonValue());
    await browser.close();
    return time;
  } finally {
    await chrome.close();
  }
}

export async function measureColdStart(): Promise<BenchRow[]> {
  const blank = await serveBlank();
  const blankProfile = await install(
    blank.url,
    () => new Promise((r) => blank.server.close(() => r())),
  );
  const hub = await startHub();
  const kioskProfile = await install(hub.url, () => hub.stop());
  // Alternated, so a machine busy with something else slows both sides alike.
  const blankTimes: number[] = [];
  const kioskTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    blankTimes.push(await coldStart(blankProfile, blank.url));
    kioskTimes.push(await coldStart(kioskProfile, hub.url));
  }
  return [
    {
      name: `cold start to interactive attract screen, hub stopped (median of ${RUNS})`,
      value: median(kioskTimes),
      unit: 'ms',
      baseline: median(blankTimes),
      note: 'target ≤ 2× the blank page',
    },
  ];
}
