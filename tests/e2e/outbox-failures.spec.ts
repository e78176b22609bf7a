// What the hub or the network answers when delivery goes wrong, in real Chromium: a lost
// acknowledgement is retried and answered 200 with one row at the hub; a 500, 413, 422 or a
// network error never makes a submission vanish — it is delivered, or shown as dead-letter.
import { expect, test } from '@playwright/test';
import {
  enqueueInPage,
  envelopesOnKiosk,
  networkBack,
  openSeamKiosk,
  outboxRecords,
  startSeamHub,
  waitForDelivered,
  withSeam,
} from './support/outbox';
import { expectHeldExactlyOnce, hubHoldings } from './support/outbox-hub';

test.use({ serviceWorkers: 'block' });

const SUBMISSION_PUTS = '**/api/v1/submissions/*';

// Real submissions sealed, written and sent in a real browser: on a 2-core machine running
// another spec beside it, that can take longer than the default minute.
test.describe.configure({ timeout: 120_000 });

test('a lost acknowledgement is sent again, answered 200, and stored once', async ({ page }) => {
  const hub = await startSeamHub();
  await openSeamKiosk(page, hub.url);
  const statuses: number[] = [];
  await page.route(SUBMISSION_PUTS, async (route) => {
    const response = await route.fetch(); // the hub stores it and answers…
    statuses.push(response.status());
    if (statuses.length === 1) return route.abort('connectionreset'); // …the answer is lost
    return route.fulfill({ response });
  });

  const [queued] = await enqueueInPage(page, 1, 50_000);
  await waitForDelivered(page, 1, 30_000);
  expect(statuses).toEqual([201, 200]);
  expect(await outboxRecords(page)).toMatchObject([{ id: queued!.id, state: 'delivered' }]);
  expect(await envelopesOnKiosk(page)).toEqual([]);
  expectHeldExactlyOnce((await hubHoldings(hub)).held, [queued!]);
});

test('500, 413, 422 and network errors: each submission is delivered or shown as dead-letter', async ({
  page,
}) => {
  const hub = await startSeamHub();
  await openSeamKiosk(page, hub.url);
  // Each submission's first delivery gets its planned answer (by its place in the queue);
  // whatever is sent again reaches the real hub.
  const plan = ['500', '413', '422', 'network', '503', 'fine'];
  const seen: string[] = [];
  const json = (status: number, code: string) => ({
    status,
    contentType: 'application/json',
    body: JSON.stringify({ error: { code, message: `${code} (test)` } }),
  });
  await page.route(SUBMISSION_PUTS, async (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop()!;
    if (seen.includes(id)) return route.continue();
    const planned = plan[seen.push(id) - 1];
    if (planned === '500') return route.fulfill(json(500, 'INTERNAL_ERROR'));
    if (planned === '503') return route.fulfill(json(503, 'UNAVAILABLE'));
    if (planned === '413') return route.fulfill(json(413, 'PAYLOAD_TOO_LARGE'));
    if (planned === '422') return route.fulfill(json(422, 'ENVELOPE_OPEN_FAILED'));
    if (planned === 'network') return route.abort('connectionrefused');
    return route.continue();
  });
  const queued = await enqueueInPage(page, plan.length, 30_000);
  await expect.poll(() => seen.length, { timeout: 30_000 }).toBe(plan.length);
  const byPlan = new Map(seen.map((id, i) => [plan[i], id]));
  const [serverError, tooLarge, unopenable, offline, busy, fine] = plan.map((p) => byPlan.get(p));

  await expect
    .poll(
      async () => {
        await networkBack(page);
        return (await outboxRecords(page)).filter(
          (r) => r.state === 'queued' || r.state === 'sending',
        ).length;
      },
      { timeout: 45_000, intervals: [250] },
    )
    .toBe(0);
  const records = new Map((await outboxRecords(page)).map((r) => [r.id, r]));
  expect(records.size).toBe(queued.length);
  for (const id of [serverError, busy, offline, fine]) {
    expect(records.get(id!)?.state).toBe('delivered');
  }
  expect(records.get(tooLarge!)).toMatchObject({
    state: 'dead-letter',
    lastError: { code: 'PAYLOAD_TOO_LARGE', status: 413 },
  });
  expect(records.get(unopenable!)).toMatchObject({
    state: 'dead-letter',
    lastError: { code: 'ENVELOPE_OPEN_FAILED', status: 422 },
  });
  // Dead letters keep their sealed bytes for staff; delivered ones keep none.
  expect((await envelopesOnKiosk(page)).sort()).toEqual([tooLarge, unopenable].sort());

  // Staff send one again: its bytes were kept whole, and the hub takes them.
  await withSeam(page, (seam, id) => seam.outbox.retry(id), tooLarge!);
  await waitForDelivered(page, 5);
  const delivered = queued.filter((q) => q.id !== unopenable);
  expectHeldExactlyOnce((await hubHoldings(hub)).held, delivered);
});
