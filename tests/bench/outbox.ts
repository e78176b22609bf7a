// The kiosk's outbox in real Chromium (the seam build, see src/kiosk/outbox/outbox-test-seam.ts)
// against a real hub on 127.0.0.1: how long one submission with three 600 KB photos takes to
// seal and commit, and how fast 1,000 queued submissions drain, against the same envelopes PUT
// one at a time by a plain Node loop (the baseline the target names) to a copy of the same hub
// — the kiosk's loop keeps up to four in flight once the hub has accepted one — and by
// a plain fetch loop in the page, which shows what the browser itself costs.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { submissionPath } from '../../src/protocol/submission';
import { removeDataDir, type RunningHub } from '../e2e/support/hub';
import {
  buildSeamKiosk,
  enqueueInPage,
  openSeamKiosk,
  restartHub,
  startSeamHub,
  withSeam,
} from '../e2e/support/outbox';
import { median, percentile, type BenchRow } from './report';

const ENQUEUE_RUNS = 12;
const PHOTO_BYTES = 600 * 1024;
const DRAIN_COUNT = 1000;
const DRAIN_PHOTO_BYTES = 20 * 1024;
const DRAIN_LIMIT_MS = 120_000;

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

/** Times `enqueue` alone (photos made beforehand), one warm-up then ENQUEUE_RUNS. No named
 * functions inside page functions: tsx would wrap them in a helper the page lacks. */
function timeEnqueues(page: Page): Promise<number[]> {
  return withSeam(
    page,
    async (seam, { runs, bytes }) => {
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const photos = [0, 1, 2].map(() => new Uint8Array(bytes));
        for (const b of photos) {
          for (let at = 0; at < bytes; at += 65_536) {
            crypto.getRandomValues(b.subarray(at, Math.min(bytes, at + 65_536)));
          }
        }
        const content = {
          procedureId: 'dang-ky-khai-sinh',
          language: 'vi' as const,
          answers: { 'ho-ten': 'Nguyễn Thị Hoà', 'so-dien-thoai': '0912345678' },
          attachments: photos.map((b) => ({ field: 'giay-to', mediaType: 'image/jpeg', bytes: b })),
        };
        const started = performance.now();
        await seam.outbox.enqueue(content);
        if (i > 0) times.push(performance.now() - started);
      }
      return times;
    },
    { runs: ENQUEUE_RUNS, bytes: PHOTO_BYTES },
  );
}

/** The queued envelopes (base64) and the token, read from the page before draining. */
function queuedEnvelopes(page: Page) {
  return withSeam(
    page,
    async (seam) => {
      const records = (await seam.outbox.list()).filter((r) => r.state === 'queued');
      const envelopes: Array<{ id: string; base64: string }> = [];
      for (const r of records) {
        const bytes = new Uint8Array((await seam.outbox.store.db.envelope(r.id))!);
        let binary = '';
        for (let at = 0; at < bytes.length; at += 32_768) {
          binary += String.fromCharCode(...bytes.subarray(at, at + 32_768));
        }
        envelopes.push({ id: r.id, base64: btoa(binary) });
      }
      return envelopes;
    },
    undefined,
  );
}

/** A plain Node loop: the same PUTs, one at a time, to `hub`; resolves with the seconds taken. */
async function nodeLoop(
  hub: RunningHub,
  token: string,
  envelopes: Array<{ id: string; bytes: Buffer }>,
) {
  const started = performance.now();
  for (const { id, bytes } of envelopes) {
    const response = await fetch(hub.url + submissionPath(id), {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`baseline PUT answered ${response.status}`);
  }
  return (performance.now() - started) / 1000;
}

/**
 * The same PUTs by plain fetch from a page of the same build (its own outbox idle, nothing
 * queued there), with no outbox around them: what the browser itself costs.
 */
function pageLoop(page: Page, token: string, envelopes: Array<{ id: string; base64: string }>) {
  return page.evaluate(
    async ({ token, envelopes }) => {
      const items = envelopes.map((e) => ({
        id: e.id,
        body: Uint8Array.from(atob(e.base64), (c) => c.charCodeAt(0)),
      }));
      const started = performance.now();
      for (const { id, body } of items) {
        const response = await fetch(`/api/v1/submissions/${id}`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
          body,
          cache: 'no-store',
        });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`page PUT answered ${response.status}`);
      }
      return (performance.now() - started) / 1000;
    },
    { token, envelopes },
  );
}

/** The page's own loop drains the queue; resolves with the seconds taken and the count. */
function kioskDrain(page: Page) {
  return withSeam(
    page,
    async (seam, { count, limit }) => {
      const started = performance.now();
      let delivered = 0;
      while (delivered < count && performance.now() - started < limit) {
        await seam.sync.syncNow();
        delivered = (await seam.outbox.counts()).delivered;
        if (delivered < count) await new Promise((r) => setTimeout(r, 50));
      }
      return { seconds: (performance.now() - started) / 1000, delivered };
    },
    { count: DRAIN_COUNT, limit: DRAIN_LIMIT_MS },
  );
}

/** Enqueue time and drain throughput, in one browser against one hub (and its copy). */
export async function measureOutbox(): Promise<BenchRow[]> {
  buildSeamKiosk();
  let hub = await startSeamHub();
  const browser = await chromium.launch({
    headless: true,
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  const copies: string[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await openSeamKiosk(page, hub.url);
    const token = await withSeam(page, (seam) => seam.enrolment.current()?.token ?? '', undefined);
    await hub.stop(); // residents submit offline; nothing else runs beside the enqueues

    const enqueueMs = await timeEnqueues(page);
    await enqueueInPage(page, DRAIN_COUNT, DRAIN_PHOTO_BYTES);
    const queued = await queuedEnvelopes(page);
    const envelopes = queued.map((e) => ({ id: e.id, bytes: Buffer.from(e.base64, 'base64') }));

    // Each baseline gets a copy of the hub as it is now: same key, same kiosk, nothing stored.
    const copyOf = () => {
      const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-hub-'));
      copies.push(dir);
      cpSync(hub.dataDir, dir, { recursive: true });
      rmSync(join(dir, 'pglite.lock'), { force: true });
      return dir;
    };
    const nodeHub = await startSeamHub({ dataDir: copyOf() });
    const nodeSeconds = await nodeLoop(nodeHub, token, envelopes).finally(() => nodeHub.stop());
    const pageHub = await startSeamHub({ dataDir: copyOf() });
    const floorPage = await context.newPage();
    await floorPage.goto(pageHub.url);
    const pageSeconds = await pageLoop(floorPage, token, queued).finally(async () => {
      await floorPage.close();
      await pageHub.stop();
    });

    hub = await restartHub(hub);
    const drain = await kioskDrain(page);
    const kioskRate = drain.delivered / drain.seconds;
    const nodeRate = envelopes.length / nodeSeconds;
    return [
      {
        name: `outbox: enqueue with three 600 KB photos (median of ${enqueueMs.length})`,
        value: median(enqueueMs),
        unit: 'ms',
        note: `p90 ${percentile(enqueueMs, 90).toFixed(0)} ms; target ≤ 150 ms (seal + strict write)`,
      },
      {
        name: `outbox: drain ${DRAIN_COUNT} queued to a local hub`,
        value: kioskRate,
        unit: 'submissions/s',
        baseline: nodeRate,
        note: `${drain.delivered} in ${drain.seconds.toFixed(1)} s vs a Node loop ${nodeSeconds.toFixed(1)} s, same envelopes one at a time; target ≥ 0.8×`,
      },
      {
        name: `outbox: the same ${DRAIN_COUNT} PUTs by plain fetch in the page`,
        value: envelopes.length / pageSeconds,
        unit: 'submissions/s',
        baseline: nodeRate,
        note: `${pageSeconds.toFixed(1)} s: the browser's own cost, with no outbox around the PUTs`,
      },
    ];
  } finally {
    await browser.close();
    await hub.stop();
    removeDataDir(hub.dataDir);
    for (const dir of copies) removeDataDir(dir);
  }
}
