// Delivery in real Chromium to a real hub process: 300 submissions with 200 KB photos queued
// while the hub is down, then delivered through two hub crashes and three network cuts —
// each arrives exactly once, byte for byte, the kiosk keeps no ciphertext, and its heartbeat
// tells the hub so.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { HEARTBEAT_PATH, type HeartbeatBody } from '../../src/protocol/submission';
import type { RunningHub } from './support/hub';
import {
  enqueueInPage,
  envelopesOnKiosk,
  networkBack,
  openSeamKiosk,
  outboxCounts,
  restartHub,
  startSeamHub,
  waitForDelivered,
} from './support/outbox';
import { expectHeldExactlyOnce, hubHoldings } from './support/outbox-hub';

test.use({ serviceWorkers: 'block' });

const SUBMISSIONS = 300;
const PHOTO_BYTES = 200 * 1024;
const SUBMISSION_PUTS = '**/api/v1/submissions/**';

// This hub opens envelopes on two threads of its own, as a hub on a server with cores to spare
// does (opener-pool.ts); the other specs' hubs open them on the hub's thread.
const POOLED = { env: { OPENER_THREADS: '2' } };

/** Cuts the kiosk's network to the hub until a delivery has failed on it, then restores it. */
async function cutNetwork(page: Page, context: BrowserContext): Promise<void> {
  let failed = 0;
  await context.route(SUBMISSION_PUTS, (route) => {
    failed++;
    return route.abort('internetdisconnected');
  });
  await expect.poll(() => failed, { timeout: 20_000 }).toBeGreaterThan(0);
  await context.unroute(SUBMISSION_PUTS);
  await networkBack(page);
}

/** Kills the hub mid-delivery (a crash) and starts it again on the same port and data. */
async function crashHub(page: Page, hub: RunningHub): Promise<RunningHub> {
  await hub.stop('SIGKILL');
  const restarted = await restartHub(hub, POOLED);
  await networkBack(page);
  return restarted;
}

test('300 queued submissions arrive exactly once through hub crashes and network cuts', async ({
  page,
  context,
}) => {
  // Alone it takes about 1.5 min; beside the browser-kill spec on two cores, over 4.
  test.setTimeout(420_000);
  let hub = await startSeamHub(POOLED);
  expect(hub.output()).toContain("envelopes opened on 2 thread(s) beside the hub's own");
  await openSeamKiosk(page, hub.url);
  await hub.stop();

  const queued = await enqueueInPage(page, SUBMISSIONS, PHOTO_BYTES);
  expect(new Set(queued.map((q) => q.trackingCode)).size).toBe(SUBMISSIONS);
  expect(queued.every((q) => q.envelopeSha256)).toBe(true);
  expect(await outboxCounts(page)).toMatchObject({ queued: SUBMISSIONS, delivered: 0 });

  hub = await restartHub(hub, POOLED);
  await networkBack(page);
  // Spaced so a third of the queue is still waiting at the last one: a kiosk that drains a
  // few dozen in the moment between two looks must still meet every disruption mid-way.
  const disruptions: Array<[number, () => Promise<void>]> = [
    [30, () => cutNetwork(page, context)],
    [70, async () => void (hub = await crashHub(page, hub))],
    [110, () => cutNetwork(page, context)],
    [150, async () => void (hub = await crashHub(page, hub))],
    [190, () => cutNetwork(page, context)],
  ];
  for (const [after, disrupt] of disruptions) {
    await waitForDelivered(page, after, 90_000);
    expect((await outboxCounts(page)).delivered).toBeLessThan(SUBMISSIONS); // still mid-way
    await disrupt();
  }
  // The heartbeat that follows the last delivery pass reports the empty queue to the hub.
  const lastBeat = page.waitForResponse(
    (r) =>
      r.url().endsWith(HEARTBEAT_PATH) &&
      r.status() === 204 &&
      (r.request().postDataJSON() as HeartbeatBody).outbox.delivered === SUBMISSIONS,
    { timeout: 180_000 },
  );
  await waitForDelivered(page, SUBMISSIONS, 150_000);

  const counts = await outboxCounts(page);
  expect(counts).toMatchObject({ queued: 0, sending: 0, deadLetter: 0, delivered: SUBMISSIONS });
  expect(await envelopesOnKiosk(page)).toEqual([]);

  await lastBeat;
  const version = await page.locator('html').getAttribute('data-version');

  const { held, kiosks } = await hubHoldings(hub);
  expectHeldExactlyOnce(held, queued);
  expect(kiosks).toEqual([
    {
      app_version: version,
      queue_counts: expect.objectContaining({ queued: 0, deadLetter: 0, delivered: SUBMISSIONS }),
    },
  ]);
});
