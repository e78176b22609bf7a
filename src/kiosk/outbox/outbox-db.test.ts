import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  OUTBOX_DB_NAME,
  OUTBOX_MIGRATIONS,
  OutboxDb,
  type OutboxMigration,
  type OutboxRecord,
} from './outbox-db';
import { OutboxError } from './outbox-error';
import { freshIndexedDb } from './testing/outbox-fixtures';

const record: OutboxRecord = {
  id: '0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f11',
  trackingCode: 'K7Q-0001-8',
  sequence: 1,
  state: 'queued',
  attempts: 0,
  nextAttemptAt: 1,
  leaseUntil: null,
  lastError: null,
  createdAt: 1,
  deliveredAt: null,
  size: 3,
};

/** Writes a version-1 outbox with the bare IndexedDB API, as a kiosk running v1 left it. */
function writeVersion1ByHand(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(OUTBOX_DB_NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('submissions', { keyPath: 'id' }).createIndex('by-state', 'state');
      db.createObjectStore('envelopes');
      db.createObjectStore('meta');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['submissions', 'envelopes', 'meta'], 'readwrite');
      tx.objectStore('submissions').put(record);
      tx.objectStore('envelopes').put(new Uint8Array([1, 2, 3]).buffer, record.id);
      tx.objectStore('meta').put(41, 'tracking-counter');
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

beforeEach(freshIndexedDb);

describe('OutboxDb', () => {
  it('creates the current version: submissions by state and due time, envelopes apart, a counter', async () => {
    const db = await new OutboxDb().open();
    expect(db.version).toBe(OUTBOX_MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['envelopes', 'meta', 'submissions']);
    const tx = db.transaction('submissions');
    expect([...tx.store.indexNames].sort()).toEqual(['by-due', 'by-state']);
    db.close();
  });

  it('opens a version-1 database written by hand and reads everything in it', async () => {
    await writeVersion1ByHand();
    const db = new OutboxDb();
    expect(await db.records('queued')).toEqual([record]);
    expect(await db.dueCandidates(Number.MAX_SAFE_INTEGER)).toEqual([record]); // indexed on upgrade
    expect(new Uint8Array((await db.envelope(record.id))!)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await db.nextCounter(100)).toBe(42);
    db.close();
  });

  it('upgrades a hand-written version 1 through a later step, keeping every record', async () => {
    await writeVersion1ByHand();
    // A future step of the kind real upgrades will be: a new index and a back-filled field.
    const addPriority: OutboxMigration = (_db, tx) => {
      const store = tx.objectStore('submissions');
      store.createIndex('by-priority', 'priority');
      void store.openCursor().then(function visit(cursor): Promise<void> | undefined {
        if (!cursor) return undefined;
        void cursor.update({ ...(cursor.value as object), priority: 0 });
        return cursor.continue().then(visit);
      });
    };
    const db = new OutboxDb(OUTBOX_DB_NAME, [...OUTBOX_MIGRATIONS, addPriority]);
    const opened = await db.open();
    expect(opened.version).toBe(OUTBOX_MIGRATIONS.length + 1);
    expect([...opened.transaction('submissions').store.indexNames].sort()).toEqual([
      'by-due',
      'by-priority',
      'by-state',
    ]);
    expect(await db.records()).toEqual([{ ...record, priority: 0 }]);
    expect(await db.envelope(record.id)).toBeDefined();
    expect(await db.nextCounter(100)).toBe(42);
    db.close();
  });

  it('refuses, with a stable code, a database newer than this kiosk version', async () => {
    const newer = new OutboxDb(OUTBOX_DB_NAME, [...OUTBOX_MIGRATIONS, () => undefined]);
    await newer.open();
    newer.close();
    const error = await new OutboxDb().open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboxError);
    expect((error as OutboxError).code).toBe('STORAGE_UNAVAILABLE');
  });

  it('writes a record, its envelope and its counter together or not at all', async () => {
    const db = new OutboxDb();
    await db.insert(record, new ArrayBuffer(3));
    // The same id again, under a counter of its own: the id is taken, so nothing is written.
    const again = await db
      .insert({ ...record, sequence: 2 }, new ArrayBuffer(5))
      .catch((e: unknown) => e);
    expect((again as OutboxError).code).toBe('STORAGE_UNAVAILABLE');
    expect((await db.envelope(record.id))?.byteLength).toBe(3);
    expect(await db.records()).toEqual([record]);
    expect(await db.nextCounter(100)).toBe(2); // counter 2 was not taken
    db.close();
  });

  it('finds the next due record from the index: soonest first, and those a clock left ahead', async () => {
    const db = new OutboxDb();
    const at = (n: number, nextAttemptAt: number, state: OutboxRecord['state'] = 'queued') => ({
      ...record,
      id: `0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f${String(n).padStart(2, '0')}`,
      sequence: n,
      state,
      nextAttemptAt,
    });
    for (const r of [at(1, 500), at(2, 100), at(3, 100), at(4, 9_000), at(5, 50, 'dead-letter')]) {
      await db.insert(r, new ArrayBuffer(1));
    }
    expect((await db.dueCandidates(10_000)).map((r) => r.sequence)).toEqual([2]);
    expect((await db.dueCandidates(1_000)).map((r) => r.sequence)).toEqual([2, 4]);
    const [claimed] = await db.changeDueCandidates(1_000, 1, (candidates) => [
      { ...candidates[0]!, state: 'sending' },
    ]);
    expect(claimed?.record.sequence).toBe(2);
    expect(claimed?.envelope?.byteLength).toBe(1);
    expect((await db.dueCandidates(10_000)).map((r) => r.sequence)).toEqual([3]);
    // Several at once: the first in due order, and every one a clock left ahead, once each.
    const seen = await db.changeDueCandidates(1_000, 2, (candidates) => {
      expect(candidates.map((r) => r.sequence)).toEqual([3, 1, 4]);
      return [];
    });
    expect(seen).toEqual([]);
    db.close();
  });

  it('takes a counter only with the record that uses it, and stops at the maximum', async () => {
    const db = new OutboxDb();
    const withSequence = (
      sequence: number,
      id = `0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f1${sequence}`,
    ) => ({ ...record, id, sequence });
    expect(await db.nextCounter(3)).toBe(1);
    expect(await db.nextCounter(3)).toBe(1); // reading it takes nothing
    await db.insert(withSequence(1), new ArrayBuffer(3));
    expect(await db.nextCounter(3)).toBe(2);

    // Another page read 1 as well and sealed under it: refused, and nothing of it kept.
    const late = withSequence(1, '0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f99');
    await expect(db.insert(late, new ArrayBuffer(3))).rejects.toMatchObject({
      code: 'COUNTER_TAKEN',
    });
    expect(await db.record(late.id)).toBeUndefined();
    expect(await db.envelope(late.id)).toBeUndefined();

    // A page that read an older counter cannot move it back down.
    await db.insert(withSequence(3), new ArrayBuffer(3));
    await expect(db.insert(withSequence(2), new ArrayBuffer(3))).rejects.toMatchObject({
      code: 'COUNTER_TAKEN',
    });
    await expect(db.nextCounter(3)).rejects.toMatchObject({ code: 'COUNTER_EXHAUSTED' });
    db.close();
    expect(await new OutboxDb().nextCounter(3).catch((e: OutboxError) => e.code)).toBe(
      'COUNTER_EXHAUSTED',
    );
  });
});
