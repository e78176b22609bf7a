import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskCredentials } from './delivery-attempt';
import { OutboxDb } from './outbox-db';
import { OutboxStore } from './outbox-store';
import { DEFAULT_RETRY_POLICY } from './retry-schedule';
import type { FakeHub, HubFailure } from './testing/fake-hub';
import { enqueueMany, kioskWithHub, runUntilQuiet } from './testing/kiosk-with-hub';
import { freshIndexedDb, seededRandom } from './testing/outbox-fixtures';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
});

function failFirstRequestOf(hub: FakeHub, failures: Map<string, HubFailure>): void {
  const seen = new Set<string>();
  const previous = hub.plan;
  hub.plan = (request) => {
    const first = !seen.has(request.id);
    seen.add(request.id);
    return first && failures.has(request.id) ? failures.get(request.id) : previous(request);
  };
}

describe('OutboxSync delivery', () => {
  it('delivers 300 submissions exactly once through errors, 5xx, 413, 422, 429 and lost acks', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 300);
    const random = seededRandom(42);
    const injected = { network: 0, lostAck: 0, status500: 0, status429: 0 };
    hub.plan = () => {
      const r = random();
      if (r < 0.1) return (injected.network++, 'network');
      if (r < 0.15) return (injected.lostAck++, 'lost-ack');
      if (r < 0.25) return (injected.status500++, { status: 500 });
      if (r < 0.3) return (injected.status429++, { status: 429, retryAfter: '30' });
      return undefined;
    };
    const refused = new Map<string, HubFailure>([
      [ids[10]!, { status: 413, code: 'TOO_LARGE' }],
      [ids[20]!, { status: 413, code: 'TOO_LARGE' }],
      [ids[30]!, { status: 422, code: 'BAD_ENVELOPE' }],
      [ids[40]!, { status: 422, code: 'BAD_ENVELOPE' }],
    ]);
    failFirstRequestOf(hub, refused);

    await sync.start();
    await runUntilQuiet(sync, clock);

    const counts = await outbox.counts();
    expect(counts).toMatchObject({ queued: 0, sending: 0, deadLetter: 4, delivered: 296 });
    const dead = (await outbox.list()).filter((r) => r.state === 'dead-letter');
    expect(dead.map((r) => [r.lastError?.code, r.lastError?.status]).sort()).toEqual([
      ['BAD_ENVELOPE', 422],
      ['BAD_ENVELOPE', 422],
      ['TOO_LARGE', 413],
      ['TOO_LARGE', 413],
    ]);
    expect(dead.every((r) => r.lastError?.message)).toBe(true);
    expect(Object.values(injected).every((n) => n > 0)).toBe(true);

    // Staff fix the cause on the hub and retry from staff mode.
    for (const r of dead) await outbox.retry(r.id);
    await sync.syncNow();
    await runUntilQuiet(sync, clock);

    expect(await outbox.counts()).toMatchObject({ queued: 0, deadLetter: 0, delivered: 300 });
    expect(hub.stored.size).toBe(300);
    expect([...hub.created.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(ids)).toEqual(new Set(hub.stored.keys()));
    expect(hub.maxInFlight).toBe(1);
    const db = new OutboxDb();
    for (const id of ids) expect(await db.envelope(id)).toBeUndefined();
    expect((await db.records()).every((r) => r.deliveredAt !== null && r.attempts >= 1)).toBe(true);
    db.close();
  });

  it('sends one PUT per try with the token, octet-stream and the sealed bytes', async () => {
    const { outbox, hub, sync } = await kioskWithHub();
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const realFetch = hub.fetch;
    hub.fetch = async (input, init) => {
      seen.push({ url: String(input), init: init! });
      return realFetch(input, init);
    };
    const [id] = await enqueueMany(outbox, 1);
    await sync.syncNow();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`https://hub.test/api/v1/submissions/${id}`);
    expect(seen[0]!.init.method).toBe('PUT');
    const headers = new Headers(seen[0]!.init.headers);
    expect(headers.get('Authorization')).toBe(`Bearer ${hub.token}`);
    expect(headers.get('Content-Type')).toBe('application/octet-stream');
    expect(seen[0]!.init.body).toBeInstanceOf(ArrayBuffer);
  });

  it('dead-letters a 409: the same id already holds other bytes', async () => {
    const { outbox, hub, sync } = await kioskWithHub();
    const [id] = await enqueueMany(outbox, 1);
    hub.stored.set(id!, 'another-hash');
    await sync.syncNow();
    const [record] = await outbox.list();
    expect(record).toMatchObject({
      state: 'dead-letter',
      lastError: { code: 'CONFLICT', status: 409 },
    });
    const db = new OutboxDb();
    expect(await db.envelope(id!)).toBeDefined();
    db.close();
  });

  it('keeps waiting records queued when the hub refuses the token', async () => {
    const { outbox, hub, sync } = await kioskWithHub();
    await enqueueMany(outbox, 3);
    hub.token = 'revoked';
    const status = await sync.syncNow();
    expect(status.blocked).toBe('UNAUTHORIZED');
    expect(await outbox.counts()).toMatchObject({ queued: 3, deadLetter: 0 });
    expect(hub.requests).toBe(1);
  });

  it('sends nothing before enrolment and everything once enrolled', async () => {
    const enrolment: { credentials?: KioskCredentials } = {};
    const { outbox, hub, sync, clock } = await kioskWithHub({
      credentials: () => enrolment.credentials,
    });
    await enqueueMany(outbox, 2);
    expect((await sync.syncNow()).blocked).toBe('NOT_ENROLLED');
    expect(hub.requests).toBe(0);
    enrolment.credentials = { hubUrl: 'https://hub.test', token: hub.token };
    sync.trigger('staff');
    await runUntilQuiet(sync, clock);
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 2 });
  });
});

describe('OutboxSync locking', () => {
  it('recovers records a crashed page left in sending, at start-up', async () => {
    const { outbox, store, hub, clock, newSync } = await kioskWithHub();
    await enqueueMany(outbox, 2);
    // The previous page claimed one and died before settling it.
    const claim = await store.claimNextDue(clock.now(), DEFAULT_RETRY_POLICY, 180_000);
    expect((await store.get(claim!.record.id))?.state).toBe('sending');
    const nextPage = newSync(new OutboxStore(new OutboxDb()));
    await nextPage.start();
    await nextPage.idle(); // no timer needed: start-up itself frees the lock
    expect(await outbox.counts()).toMatchObject({ sending: 0, queued: 0, delivered: 2 });
    expect(hub.stored.size).toBe(2);
  });

  it('takes back a lapsed lease from another sender while running', async () => {
    const { outbox, store, clock, sync } = await kioskWithHub();
    await enqueueMany(outbox, 1);
    await sync.start();
    await sync.idle();
    await enqueueMany(outbox, 1);
    await store.claimNextDue(clock.now(), DEFAULT_RETRY_POLICY, 1_000);
    clock.time += 2_000;
    await sync.syncNow();
    expect(await outbox.counts()).toMatchObject({ sending: 0, delivered: 2 });
  });

  it('runs one loop at a time: triggers during a pass ask for one more pass', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    await enqueueMany(outbox, 3);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realFetch = hub.fetch;
    let entered = 0;
    hub.fetch = async (input, init) => {
      entered++;
      await gate;
      return realFetch(input, init);
    };
    const passes = vi.spyOn(store, 'releaseLeases');
    sync.trigger('start-up');
    await vi.waitFor(() => expect(entered).toBe(1));
    for (const reason of ['online', 'wake', 'staff', 'timer', 'enqueue'] as const) {
      sync.trigger(reason);
    }
    const during = sync.syncNow();
    expect(sync.status().running).toBe(true);
    release();
    await during;
    await runUntilQuiet(sync, clock);
    expect(passes).toHaveBeenCalledTimes(2);
    expect(hub.maxInFlight).toBe(1);
    expect(hub.requests).toBe(3);
    expect(await outbox.counts()).toMatchObject({ delivered: 3 });
  });

  it('writes every change with strict durability', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { outbox, sync, clock } = await kioskWithHub();
    await enqueueMany(outbox, 2);
    await sync.start();
    await runUntilQuiet(sync, clock);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(4);
    for (const [, , options] of writes) expect(options).toEqual({ durability: 'strict' });
  });
});
