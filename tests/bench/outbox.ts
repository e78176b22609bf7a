// The kiosk's outbox in real Chromium (the seam build, see src/kiosk/outbox/outbox-test-seam.ts)
// against a real hub on 127.0.0.1: how long one submission with three 600 KB photos takes to
// seal and commit, and how fast 1,000 queued submissions drain, against the same envelopes PUT
// one at a time by a plain Node loop (the baseline the target names) to a copy of the same hub
// — the kiosk's loop keeps up to four in flight once the hub has accepted one — and by
// a plain fetch loop in the page, which shows what the browser itself costs. Every timed part
// runs with no driver attached to the browser, as on a kiosk (see detached-browser.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { submissionPath } from '../../src/protocol/submission';
import { removeDataDir, type RunningHub } from '../e2e/support/hub';
import {
  buildSeamKiosk,
  enqueueInPage,
  openSeamKiosk,
  restartHub,
  SEAM_GLOBAL,
  startSeamHub,
  withSeam,
  type OutboxTestSeam,
} from '../e2e/support/outbox';
import { launchDetached, pageAt } from './detached-browser';
import { median, percentile, type BenchRow } from './report';

const ENQUEUE_RUNS = 12;
const PHOTO_BYTES = 600 * 1024;
const DRAIN_COUNT = 1000;
const DRAIN_PHOTO_BYTES = 20 * 1024;
const DRAIN_LIMIT_MS = 120_000;

/**
 * Times `enqueue` alone (photos made beforehand), one warm-up then `runs`. Runs detached, in
 * the page, so nothing inside may be a named function: tsx would wrap it in a helper.
 */
async function enqueueTimes({
  runs,
  bytes,
  seamGlobal,
}: {
  runs: number;
  bytes: number;
  seamGlobal: string;
}): Promise<number[]> {
  const seam = (globalThis as unknown as Record<string, OutboxTestSeam>)[seamGlobal]!;
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
}

/** Where the page keeps a copy of its queued envelopes for the plain fetch loop. */
const KEPT_ENVELOPES = '__benchEnvelopes';

/**
 * The queued envelopes (base64), read from the page before draining. The page keeps its own
 * copy of the bytes, for the plain fetch loop once the outbox has delivered and dropped them:
 * handing 20 MB back to the page over a DevTools connection would take a minute.
 */
function queuedEnvelopes(page: Page) {
  return withSeam(
    page,
    async (seam, keep) => {
      const records = (await seam.outbox.list()).filter((r) => r.state === 'queued');
      const envelopes: Array<{ id: string; base64: string }> = [];
      const kept: Array<{ id: string; bytes: Uint8Array }> = [];
      (globalThis as unknown as Record<string, unknown>)[keep] = kept;
      for (const r of records) {
        const bytes = new Uint8Array((await seam.outbox.store.db.envelope(r.id))!);
        kept.push({ id: r.id, bytes });
        let binary = '';
        for (let at = 0; at < bytes.length; at += 32_768) {
          binary += String.fromCharCode(...bytes.subarray(at, at + 32_768));
        }
        envelopes.push({ id: r.id, base64: btoa(binary) });
      }
      return envelopes;
    },
    KEPT_ENVELOPES,
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
 * The same PUTs by plain fetch from the kiosk's page, with no outbox around them: what the
 * browser itself costs. Runs detached, once the outbox has drained, to a fresh hub.
 */
async function plainFetchLoop({
  token,
  kept,
}: {
  token: string;
  kept: string;
}): Promise<{ seconds: number; count: number }> {
  const items = (
    globalThis as unknown as Record<string, Array<{ id: string; bytes: Uint8Array<ArrayBuffer> }>>
  )[kept]!;
  const started = performance.now();
  for (const { id, bytes } of items) {
    const response = await fetch(`/api/v1/submissions/${id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: bytes,
      cache: 'no-store',
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`page PUT answered ${response.status}`);
  }
  return { seconds: (performance.now() - started) / 1000, count: items.length };
}

/**
 * The page's own loop drains the queue, woken as staff's "sync now" wakes it. Runs detached,
 * started while the hub is down: the clock starts when the hub answers.
 */
async function kioskDrain({
  count,
  limit,
  seamGlobal,
}: {
  count: number;
  limit: number;
  seamGlobal: string;
}): Promise<{ seconds: number; delivered: number }> {
  const seam = (globalThis as unknown as Record<string, OutboxTestSeam>)[seamGlobal]!;
  for (;;) {
    const up = await fetch('/api/v1/health', { cache: 'no-store' }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const before = (await seam.outbox.counts()).delivered;
  const started = performance.now();
  let delivered = before;
  while (delivered < count && performance.now() - started < limit) {
    await seam.sync.syncNow();
    delivered = (await seam.outbox.counts()).delivered;
    if (delivered < count) await new Promise((r) => setTimeout(r, 50));
  }
  return { seconds: (performance.now() - started) / 1000, delivered: delivered - before };
}

/** Enqueue time and drain throughput, in one browser against one hub (and its copies). */
export async function measureOutbox(): Promise<BenchRow[]> {
  buildSeamKiosk();
  // Earlier benchmarks' writes (hundreds of MB of hub uploads) are flushed now, not during
  // the strict writes timed here.
  execFileSync('sync');
  let hub = await startSeamHub();
  const chrome = await launchDetached();
  const copies: string[] = [hub.dataDir];
  try {
    let browser = await chrome.attach();
    let page = browser.contexts()[0]!.pages()[0] ?? (await browser.contexts()[0]!.newPage());
    await openSeamKiosk(page, hub.url);
    // The service worker installs and precaches now, not beside a measurement.
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    const token = await withSeam(page, (seam) => seam.enrolment.current()?.token ?? '', undefined);
    await browser.close();
    await hub.stop(); // residents submit offline; nothing else runs beside the enqueues

    // Measured as a kiosk runs, with no driver attached: see detached-browser.ts.
    const enqueueMs = await chrome.runDetached(
      hub.url,
      enqueueTimes,
      { runs: ENQUEUE_RUNS, bytes: PHOTO_BYTES, seamGlobal: SEAM_GLOBAL },
      120_000,
    );
    browser = await chrome.attach();
    page = pageAt(browser, hub.url);
    await enqueueInPage(page, DRAIN_COUNT, DRAIN_PHOTO_BYTES);
    const queued = await queuedEnvelopes(page);
    const envelopes = queued.map((e) => ({ id: e.id, bytes: Buffer.from(e.base64, 'base64') }));
    await browser.close();

    // Each baseline gets a copy of the hub as it is now: same key, same kiosk, nothing stored.
    const copyOf = () => {
      const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-hub-'));
      copies.push(dir);
      cpSync(hub.dataDir, dir, { recursive: true });
      rmSync(join(dir, 'pglite.lock'), { force: true });
      return dir;
    };
    const floorData = copyOf();
    const nodeHub = await startSeamHub({ dataDir: copyOf() });
    const nodeSeconds = await nodeLoop(nodeHub, token, envelopes).finally(() => nodeHub.stop());

    // The kiosk's own loop drains the queue once the hub is back.
    const drainArg = { count: DRAIN_COUNT, limit: DRAIN_LIMIT_MS, seamGlobal: SEAM_GLOBAL };
    await chrome.startDetached(hub.url, kioskDrain, drainArg);
    hub = await restartHub(hub);
    const drain = await chrome.result<{ seconds: number; delivered: number }>(
      hub.url,
      DRAIN_LIMIT_MS + 30_000,
    );

    // The browser's floor: the same PUTs by plain fetch from the same page, to a copy of the
    // hub from before the drain on the same address (so the same origin).
    await hub.stop();
    hub = await startSeamHub({ port: hub.port, dataDir: floorData });
    const floor = await chrome.runDetached(
      hub.url,
      plainFetchLoop,
      { token, kept: KEPT_ENVELOPES },
      DRAIN_LIMIT_MS,
    );
    const pageSeconds = floor.seconds;
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
        value: floor.count / pageSeconds,
        unit: 'submissions/s',
        baseline: nodeRate,
        note: `${pageSeconds.toFixed(1)} s: the browser's own cost, with no outbox around the PUTs; both with no driver attached`,
      },
    ];
  } finally {
    await chrome.close();
    await hub.stop();
    for (const dir of copies) removeDataDir(dir);
  }
}
