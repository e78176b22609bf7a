import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportHubPublicKey, generateHubKeyPair, openSubmission } from '../../protocol/envelope';
import { decodeSubmissionPayload } from '../../protocol/submission-payload';
import { parseTrackingCode } from '../../protocol/tracking-code';
import { EnrolmentDb } from '../enrolment/enrolment-db';
import type { SavedEnrolment } from '../enrolment/enrolment-record';
import { Outbox } from './outbox';
import { OutboxDb } from './outbox-db';
import { OutboxError } from './outbox-error';
import { OutboxMirror } from './outbox-mirror';
import { recoverFromMirror } from './outbox-recovery';
import { OutboxStore } from './outbox-store';
import { MemoryFolder } from './testing/memory-folder';
import { freshIndexedDb, residentSubmission, roomyStorage } from './testing/outbox-fixtures';

beforeEach(freshIndexedDb);

const counterOf = (code: string) => {
  const parsed = parseTrackingCode(code);
  return parsed.ok ? parsed.counter : -1;
};

/** A kiosk as start-up builds it: databases, the mirror, the enrolment kept in both. */
async function kiosk(folder: MemoryFolder, enrolment: SavedEnrolment) {
  const outboxDb = new OutboxDb();
  const enrolmentDb = new EnrolmentDb();
  const mirror = new OutboxMirror(folder);
  const recovery = await recoverFromMirror(mirror, outboxDb, enrolmentDb, () => 1_000);
  await enrolmentDb.saveUnlessKept(enrolment, (existing) => existing !== undefined);
  const saved = (await enrolmentDb.read()) as SavedEnrolment;
  const store = new OutboxStore(outboxDb, mirror);
  await store.mirrorEnrolment(saved);
  const outbox = new Outbox(store, () => saved, { storage: roomyStorage });
  return { outbox, store, mirror, recovery, saved, enrolmentDb };
}

async function enrolmentFor(kioskId: string, prefix: string) {
  const keys = await generateHubKeyPair();
  const saved: SavedEnrolment = {
    kioskId,
    kioskPrefix: prefix,
    siteId: 'nvh-phuong-1',
    token: `token-${kioskId}-0123456789abcdef`,
    hubPublicKey: await exportHubPublicKey(keys.publicKey),
    hubUrl: '',
    via: 'auto',
    enrolledAt: 5,
  };
  return { saved, hubPrivateKey: keys.privateKey };
}

/** What Chromium does with an IndexedDB it finds damaged: every database of the origin goes. */
function browserDiscardsIndexedDb() {
  freshIndexedDb();
}

describe('recovery from the outbox mirror', () => {
  it('puts back the enrolment, the counter and every waiting envelope after IndexedDB is discarded', async () => {
    const folder = new MemoryFolder();
    const { saved, hubPrivateKey } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const before = await kiosk(folder, saved);
    expect(before.recovery.requeued).toEqual([]);
    const receipts = [];
    for (const name of ['Lê Văn Một', 'Lê Văn Hai', 'Lê Văn Ba', 'Lê Văn Bốn']) {
      receipts.push(await before.outbox.enqueue(residentSubmission(name)));
    }
    const sent = await before.store.db.envelope(receipts[1]!.submissionId);
    await before.store.settle(receipts[0]!.submissionId, 2_000, { state: 'delivered' });
    expect((await before.mirror.submissions()).map((s) => s.trackingCode)).toEqual(
      receipts.slice(1).map((r) => r.trackingCode),
    );

    browserDiscardsIndexedDb();
    // Start-up of the next page: recovery runs before the keeper could enrol a new kiosk.
    const after = await kiosk(folder, (await enrolmentFor('kiosk-hk-9999', 'Z9Z')).saved);
    expect(after.recovery.enrolmentRestored).toBe(true);
    expect(after.saved.kioskId).toBe('kiosk-hk-0012');
    expect(after.recovery.requeued).toEqual(receipts.slice(1).map((r) => r.trackingCode));
    expect(after.recovery.counterAtLeast).toBe(4);

    const records = await after.outbox.list();
    expect(records.map((r) => [r.trackingCode, r.state]).sort()).toEqual(
      receipts.slice(1).map((r) => [r.trackingCode, 'queued']),
    );
    // The same bytes, so the hub answers 200 if it has them already; they open to the resident's.
    const again = await after.store.db.envelope(receipts[1]!.submissionId);
    expect(new Uint8Array(again!)).toEqual(new Uint8Array(sent!));
    const opened = await openSubmission({
      hubPrivateKey,
      envelope: new Uint8Array(again!),
      expected: { submissionId: receipts[1]!.submissionId, kioskId: 'kiosk-hk-0012' },
    });
    expect(decodeSubmissionPayload(opened.payload).answers['ho-ten']).toBe('Lê Văn Hai');

    // No code is handed out twice, not even the delivered one's.
    const next = await after.outbox.enqueue(residentSubmission());
    expect(counterOf(next.trackingCode)).toBe(5);

    // Recovery again changes nothing.
    const third = await recoverFromMirror(after.mirror, new OutboxDb(), new EnrolmentDb());
    expect(third).toMatchObject({ enrolmentRestored: false, requeued: [], unreadable: [] });
  });

  it('remembers the counter of submissions already delivered and forgotten', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const before = await kiosk(folder, saved);
    for (let i = 0; i < 3; i++) {
      const receipt = await before.outbox.enqueue(residentSubmission());
      await before.store.settle(receipt.submissionId, 2_000, { state: 'delivered' });
    }
    expect(await before.mirror.submissions()).toEqual([]);
    browserDiscardsIndexedDb();
    const after = await kiosk(folder, saved);
    expect(after.recovery.requeued).toEqual([]);
    expect(counterOf((await after.outbox.enqueue(residentSubmission())).trackingCode)).toBe(4);
  });

  it('answers before the counter file is written, and covers a page that died before it was', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const before = await kiosk(folder, saved);
    folder.delays.set('counter.json', 60_000); // a counter file that never lands in this page
    await before.outbox.enqueue(residentSubmission());
    await before.outbox.enqueue(residentSubmission());
    expect(folder.files.has('counter.json')).toBe(false);

    // The page dies; the browser discards IndexedDB too. Only the copies name counters 1, 2.
    folder.delays.clear();
    browserDiscardsIndexedDb();
    const after = await kiosk(folder, saved);
    expect(after.recovery.counterAtLeast).toBe(2);
    expect(await after.mirror.highestCounter()).toBe(2); // written before any copy can go
    for (const record of await after.outbox.list()) {
      await after.store.settle(record.id, 2_000, { state: 'delivered' });
    }
    expect(await after.mirror.submissions()).toEqual([]);
    browserDiscardsIndexedDb();
    const again = await kiosk(folder, saved);
    expect(counterOf((await again.outbox.enqueue(residentSubmission())).trackingCode)).toBe(3);
  });

  it('leaves a whole IndexedDB alone and drops copies of delivered submissions', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const before = await kiosk(folder, saved);
    const a = await before.outbox.enqueue(residentSubmission());
    const b = await before.outbox.enqueue(residentSubmission());
    // Delivered, but the page died before its copy was removed.
    vi.spyOn(before.mirror, 'forget').mockRejectedValueOnce(new Error('page closing'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await before.store.settle(a.submissionId, 2_000, { state: 'delivered' });
    expect(logged).toHaveBeenCalledWith('outbox mirror: copy not removed', expect.any(Error));
    vi.restoreAllMocks();
    expect(await before.mirror.submissions()).toHaveLength(2);

    const recovery = await recoverFromMirror(before.mirror, new OutboxDb(), new EnrolmentDb());
    expect(recovery).toMatchObject({ enrolmentRestored: false, requeued: [], forgotten: 1 });
    expect((await before.mirror.submissions()).map((s) => s.id)).toEqual([b.submissionId]);
    expect((await before.outbox.list()).map((r) => r.state).sort()).toEqual([
      'delivered',
      'queued',
    ]);
  });

  it('keeps an enrolment IndexedDB still has, even if the mirror holds another', async () => {
    const folder = new MemoryFolder();
    const old = (await enrolmentFor('kiosk-hk-0012', 'K7Q')).saved;
    const current = (await enrolmentFor('kiosk-hk-0013', 'M2P')).saved;
    await new OutboxMirror(folder).keepEnrolment(old);
    await new EnrolmentDb().replace(current);
    const recovery = await recoverFromMirror(
      new OutboxMirror(folder),
      new OutboxDb(),
      new EnrolmentDb(),
    );
    expect(recovery.enrolmentRestored).toBe(false);
    expect(await new EnrolmentDb().read()).toEqual(current);
  });

  it('reports a damaged copy instead of queueing bytes that cannot be sent', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const before = await kiosk(folder, saved);
    const receipt = await before.outbox.enqueue(residentSubmission());
    const name = `submission-${receipt.submissionId}`;
    folder.files.set(name, folder.files.get(name)!.slice(0, -10));
    browserDiscardsIndexedDb();
    const after = await kiosk(folder, saved);
    expect(after.recovery.unreadable).toEqual([receipt.trackingCode]);
    expect(await after.outbox.list()).toEqual([]);
    expect(await after.mirror.submissions()).toEqual([]);
  });
});

describe('the store with a mirror', () => {
  it('refused by IndexedDB, a submission leaves no copy; a failed copy refuses nothing', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const { outbox, store, mirror } = await kiosk(folder, saved);
    vi.spyOn(store.db, 'insert').mockRejectedValueOnce(new OutboxError('STORAGE_FULL'));
    await expect(outbox.enqueue(residentSubmission())).rejects.toMatchObject({
      code: 'STORAGE_FULL',
    });
    expect(await mirror.submissions()).toEqual([]);

    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    folder.failing.add('*');
    const receipt = await outbox.enqueue(residentSubmission());
    expect((await outbox.list()).map((r) => r.trackingCode)).toEqual([receipt.trackingCode]);
    expect(quiet).toHaveBeenCalled();
  });

  it('a submission delivered before its copy lands leaves no copy behind', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const { outbox, store, mirror } = await kiosk(folder, saved);
    let land = () => undefined as void;
    folder.gate = new Promise<void>((resolve) => (land = resolve));
    const enqueued = outbox.enqueue(residentSubmission());
    // The delivery loop sees the record once the database commits, and delivers it at once.
    let records = await store.db.records();
    while (!records.length) records = await store.db.records();
    const settled = store.settle(records[0]!.id, 2_000, { state: 'delivered' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    land(); // now the copy lands
    await Promise.all([settled, enqueued]);
    expect(await mirror.submissions()).toEqual([]);
  });

  it('on a disk too full to record a delivery, the copies give way and the delivery is recorded', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const { outbox, store, mirror } = await kiosk(folder, saved);
    const sent = await outbox.enqueue(residentSubmission());
    const waiting = await outbox.enqueue(residentSubmission());
    // Full: the tombstone does not fit even after the delivered bytes and their copy are gone.
    const change = vi.spyOn(store.db, 'changeRecord');
    change.mockRejectedValueOnce(new OutboxError('STORAGE_FULL'));
    change.mockRejectedValueOnce(new OutboxError('STORAGE_FULL'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await store.settle(sent.submissionId, 2_000, { state: 'delivered' });
    expect((await store.get(sent.submissionId))?.state).toBe('delivered');
    expect(await mirror.submissions()).toEqual([]);
    // The waiting one is still whole in the database.
    expect(await store.db.envelope(waiting.submissionId)).toBeDefined();
  });

  it('a discarded dead-letter leaves no copy to come back', async () => {
    const folder = new MemoryFolder();
    const { saved } = await enrolmentFor('kiosk-hk-0012', 'K7Q');
    const { outbox, store, mirror } = await kiosk(folder, saved);
    const { grantStaffCapability } = await import('./outbox');
    const receipt = await outbox.enqueue(residentSubmission());
    await store.settle(
      receipt.submissionId,
      2_000,
      {
        state: 'dead-letter',
        error: { code: 'HUB_REFUSED', status: 403 },
      },
      'queued',
    );
    await outbox.discard(receipt.submissionId, grantStaffCapability());
    expect(await mirror.submissions()).toEqual([]);
  });
});
