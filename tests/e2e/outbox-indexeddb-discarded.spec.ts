// What Chromium does when it finds its IndexedDB damaged after a crash: it deletes the origin's
// databases and starts empty. Here the browser is killed with submissions waiting, its
// IndexedDB folders are deleted as Chromium would, and it starts again. The kiosk must come
// back as the same kiosk, with every waiting submission queued again from its second copy,
// no tracking code handed out twice, and each submission at the hub exactly once.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseTrackingCode } from '../../src/protocol/tracking-code';
import { killBrowser, launchProfile } from './support/browser-process';
import {
  enqueueInPage,
  envelopesInMirror,
  envelopesOnKiosk,
  openSeamKiosk,
  outboxRecords,
  startSeamHub,
  waitForDelivered,
  withSeam,
} from './support/outbox';
import { expectHeldExactlyOnce, hubHoldings } from './support/outbox-hub';

const SUBMISSION_PUTS = '**/api/v1/submissions/*';

/** Every folder named IndexedDB in the profile (its place varies between Chromium versions). */
function indexedDbFolders(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'IndexedDB') found.push(path);
    else found.push(...indexedDbFolders(path));
  }
  return found;
}

const counterOf = (code: string) => {
  const parsed = parseTrackingCode(code);
  return parsed.ok ? parsed.counter : -1;
};

test('after the browser discards its IndexedDB, the kiosk rebuilds its queue and enrolment', async () => {
  test.setTimeout(180_000);
  const hub = await startSeamHub();
  const profile = mkdtempSync(join(tmpdir(), 'dvc-kiosk-profile-'));
  try {
    let context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await openSeamKiosk(page, hub.url);
    const kioskId = await withSeam(page, (s) => s.enrolment.current()?.kioskId, undefined);

    // Two reach the hub; then the network goes and five wait, with printed receipts.
    const delivered = await enqueueInPage(page, 2, 30_000);
    await waitForDelivered(page, 2);
    await context.route(SUBMISSION_PUTS, (route) => route.abort('internetdisconnected'));
    const waiting = await enqueueInPage(page, 5, 30_000);
    expect((await envelopesInMirror(page)).sort()).toEqual(waiting.map((w) => w.id).sort());
    await killBrowser(profile, context);

    const folders = indexedDbFolders(profile);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });

    context = await launchProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await context.route(SUBMISSION_PUTS, (route) => route.abort('internetdisconnected'));
    await openSeamKiosk(page, hub.url);
    expect(await withSeam(page, (s) => s.enrolment.current()?.kioskId, undefined)).toBe(kioskId);
    const records = await outboxRecords(page);
    expect(records.map((r) => r.trackingCode).sort()).toEqual(
      waiting.map((w) => w.trackingCode).sort(),
    );
    // Waiting to be sent, or being tried against the cut network right now.
    expect(records.filter((r) => r.state !== 'queued' && r.state !== 'sending')).toEqual([]);

    // The next resident gets a code after every code printed before, delivered ones included.
    const [next] = await enqueueInPage(page, 1, 30_000);
    const printed = [...delivered, ...waiting].map((q) => counterOf(q.trackingCode));
    expect(counterOf(next!.trackingCode)).toBe(Math.max(...printed) + 1);

    await context.unroute(SUBMISSION_PUTS);
    await waitForDelivered(page, waiting.length + 1);
    expect(await envelopesOnKiosk(page)).toEqual([]);
    await context.close();

    const { held } = await hubHoldings(hub);
    expectHeldExactlyOnce(held, [...delivered, ...waiting, next!]);
  } finally {
    await hub.stop('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
});
