import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OutboxDb } from './outbox-db';
import { OutboxError } from './outbox-error';
import { enqueueMany, kioskWithHub, runUntilQuiet } from './testing/kiosk-with-hub';
import { freshIndexedDb, residentSubmission } from './testing/outbox-fixtures';

beforeEach(freshIndexedDb);

/**
 * Makes `db` behave like Chromium's IndexedDB on a full disk: every write that adds bytes is
 * refused with QuotaExceededError (STORAGE_FULL), while a write that only deletes goes through
 * and makes room for one later write.
 */
function fillDisk(db: OutboxDb) {
  const disk = { full: true, room: 0 };
  const refuseUnlessRoom = () => {
    if (!disk.full) return;
    if (disk.room === 0) throw new OutboxError('STORAGE_FULL');
    disk.room--;
  };
  for (const method of [
    'insert',
    'changeDueCandidates',
    'changeRecord',
    'changeEach',
    'changeRecords',
  ] as const) {
    const original = db[method].bind(db) as (...args: unknown[]) => Promise<unknown>;
    (db as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      // Deleting tombstones only removes bytes: allowed, like dropEnvelope.
      const deletesOnly = method === 'changeRecords' && args[0] === 'delivered';
      if (!deletesOnly) refuseUnlessRoom();
      return original(...args);
    };
  }
  const drop = db.dropEnvelope.bind(db);
  db.dropEnvelope = async (id) => {
    await drop(id);
    disk.room++;
  };
  return disk;
}

describe('a full disk', () => {
  it('refuses new submissions but still delivers the queue, which frees the disk', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    hub.plan = () => 'network';
    const ids = await enqueueMany(outbox, 5);
    await sync.start();
    await sync.idle(); // one failed attempt; the loop waits for the network
    expect((await outbox.counts()).queued).toBe(5);

    const disk = fillDisk(store.db);
    await expect(outbox.enqueue(residentSubmission())).rejects.toMatchObject({
      code: 'STORAGE_FULL',
    });

    hub.plan = () => undefined; // the network is back; the disk is still full
    sync.trigger('online');
    await runUntilQuiet(sync, clock);
    expect([...hub.stored.keys()].sort()).toEqual([...ids].sort());
    expect([...hub.created.values()].every((n) => n === 1)).toBe(true);
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 5 });
    for (const id of ids) expect(await store.db.envelope(id)).toBeUndefined();

    disk.full = false; // room again once the browser has compacted its files
    await expect(outbox.enqueue(residentSubmission())).resolves.toMatchObject({
      trackingCode: expect.any(String),
    });
  });

  it('keeps a refused submission queued, whole, when even its failure cannot be written', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    hub.plan = () => 'network';
    const [id] = await enqueueMany(outbox, 1);
    await sync.start();
    await sync.idle();
    fillDisk(store.db);

    hub.plan = () => ({ status: 503 });
    clock.fireNext(); // the retry comes due
    await sync.idle();
    expect(sync.status().blocked).toBe('HUB_BUSY');
    const record = await store.get(id!);
    expect(record).toMatchObject({ state: 'queued', attempts: 1 }); // unchanged: nothing written
    expect(await store.db.envelope(id!)).toBeDefined();
  });

  it('frees a claimed record whose failure it could not write, without waiting out the lease', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    hub.plan = () => 'network';
    const [id] = await enqueueMany(outbox, 1);
    await sync.start();
    await sync.idle();
    const disk = fillDisk(store.db);
    disk.room = 1; // room for the pass to claim, none to write the failure

    hub.plan = () => ({ status: 503 });
    clock.fireNext();
    await sync.idle();
    expect((await store.get(id!))?.state).toBe('sending');

    disk.full = false;
    hub.plan = () => undefined;
    sync.trigger('online'); // long before the lease would lapse
    await sync.idle();
    expect((await store.get(id!))?.state).toBe('delivered');
    expect([...hub.stored.keys()]).toEqual([id]);
  });
});
