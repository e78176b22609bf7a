import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportHubPublicKey, generateHubKeyPair, openSubmission } from '../../protocol/envelope';
import { derivePin } from '../../protocol/lookup-secret';
import { MAX_ENVELOPE_BYTES } from '../../protocol/submission';
import { decodeSubmissionPayload } from '../../protocol/submission-payload';
import { parseTrackingCode } from '../../protocol/tracking-code';
import { grantStaffCapability, Outbox, type StaffCapability } from './outbox';
import { OutboxDb } from './outbox-db';
import { OutboxError } from './outbox-error';
import { OutboxStore } from './outbox-store';
import { DEFAULT_RETRY_POLICY } from './retry-schedule';
import {
  freshIndexedDb,
  outboxInPlace,
  residentSubmission,
  roomyStorage,
} from './testing/outbox-fixtures';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
});

async function errorCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(OutboxError);
    return (e as OutboxError).code;
  }
}

function counterOf(code: string): number {
  const parsed = parseTrackingCode(code);
  return parsed.ok ? parsed.counter : -1;
}

/** Every value in every store, as text, to look for anything personal. */
async function everythingStored(): Promise<string> {
  const db = await new OutboxDb().open();
  const parts: string[] = [];
  for (const name of ['submissions', 'envelopes', 'meta'] as const) {
    for (const value of await db.getAll(name)) {
      parts.push(
        value instanceof ArrayBuffer ? new TextDecoder().decode(value) : JSON.stringify(value),
      );
    }
  }
  db.close();
  return parts.join('\n');
}

/** Sends a record through the store as the loop would, with the given outcome. */
async function sendAs(
  store: OutboxStore,
  now: number,
  outcome: Parameters<OutboxStore['settle']>[2],
): Promise<string> {
  const claim = await store.claimNextDue(now, DEFAULT_RETRY_POLICY, 60_000);
  await store.settle(claim!.record.id, now, outcome);
  return claim!.record.id;
}

describe('Outbox.enqueue', () => {
  it('answers with the receipt only after the sealed record is committed', async () => {
    const { outbox, hubPrivateKey } = await outboxInPlace();
    const receipt = await outbox.enqueue(residentSubmission());
    // A separate connection sees it: the write is committed, not just pending.
    const db = new OutboxDb();
    const record = await db.record(receipt.submissionId);
    expect(record).toMatchObject({
      id: receipt.submissionId,
      trackingCode: receipt.trackingCode,
      state: 'queued',
      attempts: 0,
      deliveredAt: null,
    });
    const envelope = new Uint8Array((await db.envelope(receipt.submissionId))!);
    expect(record!.size).toBe(envelope.length);
    const opened = await openSubmission({
      hubPrivateKey,
      envelope,
      expected: { submissionId: receipt.submissionId, trackingCode: receipt.trackingCode },
    });
    const plain = decodeSubmissionPayload(opened.payload);
    expect(plain.answers['ho-ten']).toBe('Nguyễn Thị Hoà');
    expect(plain.lookupSecret).toBe(receipt.lookupSecret);
    expect(plain.attachments[0]!.bytes.length).toBe(20_000);
    db.close();
  });

  it('prints a valid code with the kiosk prefix and the PIN of the secret', async () => {
    const { outbox } = await outboxInPlace();
    const receipt = await outbox.enqueue(residentSubmission());
    expect(parseTrackingCode(receipt.trackingCode)).toMatchObject({ ok: true, prefix: 'K7Q' });
    expect(receipt.pin).toBe(await derivePin(receipt.lookupSecret));
    expect(receipt.submissionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores nothing readable: no answers, no secret, no PIN', async () => {
    const { outbox } = await outboxInPlace();
    const receipt = await outbox.enqueue(residentSubmission('Trần Văn Bình'));
    const stored = await everythingStored();
    for (const secret of ['Trần Văn Bình', '0912345678', receipt.lookupSecret, receipt.pin]) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).toContain(receipt.trackingCode);
  });

  it('wakes delivery after enqueue and retry', async () => {
    const wake = vi.fn();
    const { outbox, store, clock } = await outboxInPlace({ wake });
    await outbox.enqueue(residentSubmission());
    expect(wake).toHaveBeenCalledTimes(1);
    const id = await sendAs(store, clock.now(), {
      state: 'dead-letter',
      error: { code: 'HTTP_422' },
    });
    await outbox.retry(id);
    expect(wake).toHaveBeenCalledTimes(2);
    expect(await outbox.nextDue()).toMatchObject({ record: { id, state: 'queued' } });
  });

  it('never reuses a counter, after delivery, discard, emptying and a new page', async () => {
    const { outbox, store, clock, config } = await outboxInPlace();
    const first = await outbox.enqueue(residentSubmission());
    const second = await outbox.enqueue(residentSubmission());
    await sendAs(store, clock.now(), { state: 'delivered' });
    await sendAs(store, clock.now(), { state: 'dead-letter', error: { code: 'HTTP_422' } });
    await outbox.discard(second.submissionId, grantStaffCapability());
    await store.pruneTombstones(0);
    expect(await outbox.list()).toEqual([]);
    const nextPage = new Outbox(new OutboxStore(new OutboxDb()), () => config, {
      storage: roomyStorage,
    });
    const third = await nextPage.enqueue(residentSubmission());
    expect([first, second, third].map((r) => counterOf(r.trackingCode))).toEqual([1, 2, 3]);
  });

  it('gives submissions made at once in one page counters in order, one each', async () => {
    const { outbox } = await outboxInPlace();
    const receipts = await Promise.all(
      Array.from({ length: 8 }, () => outbox.enqueue(residentSubmission())),
    );
    expect(receipts.map((r) => counterOf(r.trackingCode))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await outbox.list()).map((r) => r.sequence)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('seals again when another page takes the same counter first', async () => {
    const { outbox, store, config } = await outboxInPlace();
    const otherTab = new Outbox(new OutboxStore(new OutboxDb()), () => config, {
      storage: roomyStorage,
    });
    // This page has read counter 1 and sealed under it; the other tab commits 1 meanwhile.
    const add = store.add.bind(store);
    let theirs: Awaited<ReturnType<Outbox['enqueue']>> | undefined;
    const spy = vi.spyOn(store, 'add').mockImplementation(async (record, envelope) => {
      theirs ??= await otherTab.enqueue(residentSubmission());
      return add(record, envelope);
    });
    const ours = await outbox.enqueue(residentSubmission());
    expect(spy).toHaveBeenCalledTimes(2); // sealed twice
    expect(counterOf(theirs!.trackingCode)).toBe(1);
    expect(counterOf(ours.trackingCode)).toBe(2);
    // Only what was committed is kept: two records, and the receipt's code is the stored one.
    const records = await outbox.list();
    expect(records.map((r) => r.trackingCode)).toEqual([ours.trackingCode, theirs!.trackingCode]);
    expect(records[0]!.id).toBe(ours.submissionId);
  });

  it('tells the resident to submit again if other pages keep taking its counter', async () => {
    const { outbox, store } = await outboxInPlace();
    const add = vi.spyOn(store, 'add').mockRejectedValue(new OutboxError('COUNTER_TAKEN'));
    expect(await errorCode(outbox.enqueue(residentSubmission()))).toBe('COUNTER_TAKEN');
    expect(add).toHaveBeenCalledTimes(3);
    add.mockRestore();
    // The page is not stuck behind the refused one.
    expect(counterOf((await outbox.enqueue(residentSubmission())).trackingCode)).toBe(1);
  });

  it('refuses when the estimate leaves too little room, keeping earlier records', async () => {
    let quota = 10_000_000_000;
    const { outbox } = await outboxInPlace({
      storage: { estimate: async () => ({ usage: 50_000_000, quota }) },
    });
    const kept = await outbox.enqueue(residentSubmission());
    quota = 50_000_000 + 16 * 1024 * 1024 + 30_000; // less than twice the envelope plus margin
    expect(await errorCode(outbox.enqueue(residentSubmission()))).toBe('STORAGE_FULL');
    expect((await outbox.list()).map((r) => r.id)).toEqual([kept.submissionId]);
  });

  it('turns a QuotaExceededError during the write into STORAGE_FULL, with no receipt', async () => {
    const { outbox } = await outboxInPlace();
    const kept = await outbox.enqueue(residentSubmission());
    const put = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await errorCode(outbox.enqueue(residentSubmission()))).toBe('STORAGE_FULL');
    put.mockRestore();
    const records = await outbox.list();
    expect(records.map((r) => r.id)).toEqual([kept.submissionId]);
    const db = await new OutboxDb().open();
    expect(await db.count('envelopes')).toBe(1);
    db.close();
    // The kiosk goes on working once space is back. The refused submission printed no
    // receipt and took no counter, so the next one has the number it would have had.
    const next = await outbox.enqueue(residentSubmission());
    expect(counterOf(next.trackingCode)).toBe(2);
  });

  it('refuses what the hub would refuse as too large, before printing anything', async () => {
    const { outbox } = await outboxInPlace();
    const huge = residentSubmission();
    huge.attachments.push({
      field: 'scan',
      mediaType: 'image/jpeg',
      bytes: new Uint8Array(MAX_ENVELOPE_BYTES),
    });
    expect(await errorCode(outbox.enqueue(huge))).toBe('TOO_LARGE');
    expect(await outbox.list()).toEqual([]);
  });

  it('refuses a submission the hub could not read, before printing anything', async () => {
    const { outbox } = await outboxInPlace();
    const broken = { ...residentSubmission(), procedureId: 'Khai sinh' };
    expect(await errorCode(outbox.enqueue(broken))).toBe('INVALID_SUBMISSION');
    expect(await outbox.list()).toEqual([]);
  });

  it('seals to the key enrolment pins now, after a re-enrolment too', async () => {
    const { outbox, config } = await outboxInPlace();
    await outbox.enqueue(residentSubmission());
    const next = await generateHubKeyPair();
    config.hubPublicKey = await exportHubPublicKey(next.publicKey);
    const receipt = await outbox.enqueue(residentSubmission());
    const db = new OutboxDb();
    const envelope = new Uint8Array((await db.envelope(receipt.submissionId))!);
    db.close();
    const opened = await openSubmission({ hubPrivateKey: next.privateKey, envelope });
    expect(decodeSubmissionPayload(opened.payload).lookupSecret).toBe(receipt.lookupSecret);
  });

  it('refuses without a usable enrolment', async () => {
    const store = new OutboxStore(new OutboxDb());
    const none = new Outbox(store, () => undefined, { storage: roomyStorage });
    expect(await errorCode(none.enqueue(residentSubmission()))).toBe('NOT_ENROLLED');
    const badKey = new Outbox(
      store,
      () => ({ kioskId: 'k1', kioskPrefix: 'K7Q', hubPublicKey: 'AAAA' }),
      { storage: roomyStorage },
    );
    expect(await errorCode(badKey.enqueue(residentSubmission()))).toBe('NOT_ENROLLED');
  });

  it('asks for persistent storage once', async () => {
    const persist = vi.fn(async () => true);
    const { outbox } = await outboxInPlace({
      storage: { ...roomyStorage, persisted: async () => false, persist },
    });
    await outbox.enqueue(residentSubmission());
    await outbox.enqueue(residentSubmission());
    expect(await outbox.requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('Outbox for staff', () => {
  it('discards only with a staff capability, and only dead-letter records', async () => {
    const { outbox, store, clock } = await outboxInPlace();
    const waiting = await outbox.enqueue(residentSubmission());
    const forged = { grantedAt: 0 } as StaffCapability;
    expect(await errorCode(outbox.discard(waiting.submissionId, forged))).toBe('STAFF_ONLY');
    const staff = grantStaffCapability();
    expect(await errorCode(outbox.discard(waiting.submissionId, staff))).toBe('NOT_DISCARDABLE');
    expect(await errorCode(outbox.discard('no-such-id', staff))).toBe('NOT_FOUND');
    await sendAs(store, clock.now(), { state: 'dead-letter', error: { code: 'HTTP_422' } });
    await outbox.discard(waiting.submissionId, staff);
    expect(await outbox.list()).toEqual([]);
    const db = await new OutboxDb().open();
    expect(await db.count('envelopes')).toBe(0);
    db.close();
  });

  it('retries dead-letter and waiting records, not delivered ones', async () => {
    const { outbox, store, clock } = await outboxInPlace();
    const receipt = await outbox.enqueue(residentSubmission());
    await sendAs(store, clock.now(), { state: 'delivered' });
    expect(await errorCode(outbox.retry(receipt.submissionId))).toBe('NOT_RETRYABLE');
    expect(await errorCode(outbox.retry('no-such-id'))).toBe('NOT_FOUND');
  });

  it('lists metadata and counts without any envelope bytes', async () => {
    const { outbox, store, clock } = await outboxInPlace();
    for (let i = 0; i < 3; i++) await outbox.enqueue(residentSubmission());
    await sendAs(store, clock.now(), { state: 'delivered' });
    const list = await outbox.list();
    expect(list.map((r) => counterOf(r.trackingCode))).toEqual([3, 2, 1]);
    for (const r of list)
      expect(Object.values(r).some((v) => v instanceof ArrayBuffer)).toBe(false);
    const counts = await outbox.counts();
    expect(counts).toMatchObject({ queued: 2, sending: 0, deadLetter: 0, delivered: 1 });
    expect(counts.queuedBytes).toBe(list[0]!.size + list[1]!.size);
    expect(counts.oldestQueuedAt).toBe(clock.now());
  });
});
