// The kiosk's clock and disk misbehaving, in real Chromium: a clock moved 30 days forward and
// then 2 days back expires nothing and delivery carries on by its own timers; a nearly full
// disk refuses the next submission with STORAGE_FULL and its sentence, losing nothing queued.
import { expect, test } from '@playwright/test';
import {
  enqueueInPage,
  envelopesOnKiosk,
  networkBack,
  openSeamKiosk,
  outboxCounts,
  outboxRecords,
  startSeamHub,
  waitForDelivered,
  withSeam,
} from './support/outbox';
import { expectHeldExactlyOnce, hubHoldings } from './support/outbox-hub';

test.use({ serviceWorkers: 'block' });

const SUBMISSION_PUTS = '**/api/v1/submissions/*';
const DAY = 24 * 60 * 60_000;

// Each seals, writes and delivers real submissions in a real browser: on a 2-core machine
// running another spec beside it, that takes longer than the default minute.
test.describe.configure({ timeout: 150_000 });

test('a clock moved 30 days on and 2 days back expires nothing; delivery carries on', async ({
  page,
  context,
}) => {
  const hub = await startSeamHub();
  const start = Date.now();
  await page.clock.install({ time: start });
  await openSeamKiosk(page, hub.url);
  await context.route(SUBMISSION_PUTS, (route) => route.abort('internetdisconnected'));

  const queued = await enqueueInPage(page, 3, 20_000);
  await page.clock.setSystemTime(start + 30 * DAY);
  queued.push(...(await enqueueInPage(page, 3, 20_000)));
  await page.clock.setSystemTime(start + 28 * DAY);
  queued.push(...(await enqueueInPage(page, 3, 20_000)));
  // Failed attempts were made at every clock time, and the failures were written down.
  await page.clock.fastForward(60_000);

  const waiting = await outboxRecords(page);
  expect(waiting).toHaveLength(9);
  expect(waiting.every((r) => r.state === 'queued' || r.state === 'sending')).toBe(true);
  expect(waiting.filter((r) => r.lastError).length).toBeGreaterThan(0);

  // The network is back; nobody wakes the loop: its own timers do, whatever the wall clock says.
  await context.unroute(SUBMISSION_PUTS);
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(60_000);
        return (await outboxCounts(page)).delivered;
      },
      { timeout: 30_000, intervals: [200] },
    )
    .toBe(9);
  expect(await outboxCounts(page)).toMatchObject({ queued: 0, sending: 0, deadLetter: 0 });
  expect(await envelopesOnKiosk(page)).toEqual([]);
  expectHeldExactlyOnce((await hubHoldings(hub)).held, queued);
});

test('a full disk refuses the next submission plainly and loses nothing queued', async ({
  page,
  context,
}) => {
  const hub = await startSeamHub();
  // A small quota from the start: Chromium's estimate() reports a fixed quota whatever the
  // override, so the refusal comes from the write itself, as it would on a full disk.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(hub.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 3_000_000 });
  await openSeamKiosk(page, hub.url);
  await context.route(SUBMISSION_PUTS, (route) => route.abort('internetdisconnected'));

  const { receipts, refusal } = await withSeam(
    page,
    async (seam, bytes) => {
      const receipts: Array<{ id: string; trackingCode: string }> = [];
      for (let i = 0; i < 40; i++) {
        const photo = new Uint8Array(bytes);
        for (let at = 0; at < bytes; at += 65_536) {
          crypto.getRandomValues(photo.subarray(at, Math.min(bytes, at + 65_536)));
        }
        try {
          const receipt = await seam.outbox.enqueue({
            procedureId: 'dang-ky-khai-sinh',
            language: 'vi',
            answers: { 'ho-ten': `Lê Thị Mai ${i}` },
            attachments: [{ field: 'giay-to', mediaType: 'image/jpeg', bytes: photo }],
          });
          receipts.push({ id: receipt.submissionId, trackingCode: receipt.trackingCode });
        } catch (error) {
          const { name, code } = error as { name: string; code: string };
          const text = { vi: seam.errorText(error, 'vi'), en: seam.errorText(error, 'en') };
          return { receipts, refusal: { name, code, ...text } };
        }
      }
      return { receipts, refusal: undefined };
    },
    200_000,
  );
  expect(receipts.length).toBeGreaterThan(5);
  expect(refusal).toEqual({
    name: 'OutboxError',
    code: 'STORAGE_FULL',
    vi: 'Máy đã đầy bộ nhớ nên chưa nhận được hồ sơ này. Vui lòng báo cán bộ tại nhà văn hoá; hồ sơ đã gửi trước đó vẫn an toàn.',
    en: 'This kiosk is out of storage, so it could not take this application. Please tell the staff; earlier applications are safe.',
  });
  // Everything that got a receipt is still queued with its sealed bytes, and nothing else.
  const records = await outboxRecords(page);
  expect(records.map((r) => r.trackingCode).sort()).toEqual(
    receipts.map((r) => r.trackingCode).sort(),
  );
  expect(records.every((r) => r.state === 'queued' || r.state === 'sending')).toBe(true);
  expect((await envelopesOnKiosk(page)).sort()).toEqual(receipts.map((r) => r.id).sort());

  await context.unroute(SUBMISSION_PUTS);
  await networkBack(page);
  await waitForDelivered(page, receipts.length, 30_000);
  const { held } = await hubHoldings(hub);
  expect(held.map((h) => h.trackingCode).sort()).toEqual(
    receipts.map((r) => r.trackingCode).sort(),
  );
  expect(held.every((h) => h.events === 1 && h.blobSha256 === h.envelopeSha256)).toBe(true);
});
