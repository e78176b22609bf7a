import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskCredentials } from './delivery-attempt';
import { OutboxDb } from './outbox-db';
import { OutboxError } from './outbox-error';
import { OutboxStore } from './outbox-store';
import { DEFAULT_RETRY_POLICY } from './retry-schedule';
import { MAX_IN_FLIGHT, MAX_REVIVALS } from './sync';
import type { FakeHub, HubFailure } from './testing/fake-hub';
import { enqueueMany, kioskWithHub, runUntilQuiet } from './testing/kiosk-with-hub';
import { freshIndexedDb, seededRandom } from './testing/outbox-fixtures';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Wraps the hub's fetch to watch what the kiosk has in flight: how many PUTs at most, and any id
 * PUT again before its previous PUT answered. While `hold` is on, each PUT waits for `release`.
 */
function watchInFlight(hub: FakeHub, hold = true) {
  const waiting: Array<{ id: string; go: () => void }> = [];
  const open = new Set<string>();
  const seen = { hold, inFlight: 0, maxInFlight: 0, twice: [] as string[], ids: [] as string[] };
  const realFetch = hub.fetch;
  hub.fetch = async (input, init) => {
    const id = String(input).split('/').pop()!;
    if (open.has(id)) seen.twice.push(id);
    open.add(id);
    seen.ids.push(id);
    seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
    try {
      if (seen.hold) await new Promise<void>((go) => waiting.push({ id, go }));
      return await realFetch(input, init);
    } finally {
      open.delete(id);
      seen.inFlight--;
    }
  };
  /** Lets one held PUT through: `id`'s, or the oldest. */
  const release = (id?: string) => {
    const at = id === undefined ? 0 : waiting.findIndex((w) => w.id === id);
    if (at < 0 || !waiting[at]) throw new Error(`no PUT held for ${id ?? 'any id'}`);
    waiting.splice(at, 1)[0]!.go();
  };
  return { seen, waiting, release };
}

/** Gives the loop time to do whatever it would do next (storage and the fake hub are async). */
const settleDown = () => new Promise((resolve) => setTimeout(resolve, 50));

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
    const watch = watchInFlight(hub, false);

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
    expect(watch.seen.maxInFlight).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(watch.seen.twice).toEqual([]);
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
    expect(hub.maxInFlight).toBeLessThanOrEqual(MAX_IN_FLIGHT);
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

describe('OutboxSync deliveries in flight', () => {
  it('probes with one PUT, then keeps up to MAX_IN_FLIGHT in flight, each record once', async () => {
    const { outbox, hub, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 10);
    const { seen, waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    await settleDown();
    expect(seen.inFlight).toBe(1); // nothing more until the hub has answered once

    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    await settleDown();
    expect(seen.inFlight).toBe(MAX_IN_FLIGHT);

    // Each answer frees a place for the next record, never more.
    while (seen.ids.length < ids.length || waiting.length) {
      if (waiting.length) release();
      await settleDown();
      expect(seen.inFlight).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    }
    await sync.idle();
    expect(seen.maxInFlight).toBe(MAX_IN_FLIGHT);
    expect(seen.twice).toEqual([]);
    expect(seen.ids).toEqual(ids); // oldest first
    expect(seen.ids.length).toBe(10);
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 10 });
  });

  it('leases the free places and a few more in one commit, and writes down answers that come together in one', async () => {
    const { outbox, store, hub, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 12);
    const claims = vi.spyOn(store.db, 'changeDueCandidates');
    const single = vi.spyOn(store.db, 'changeRecord');
    const together = vi.spyOn(store.db, 'changeEach');
    const { seen, waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    // The probe's claim, then one for the eleven left: four to send, seven to send next.
    expect(claims).toHaveBeenCalledTimes(2);
    expect((await outbox.counts()).sending).toBe(ids.length - 1);

    // Four answers at once: the first is written alone, those that come meanwhile together.
    const writesBefore = single.mock.calls.length + together.mock.calls.length;
    while (waiting.length) release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    const writes = single.mock.calls.length + together.mock.calls.length - writesBefore;
    expect(writes).toBeLessThan(MAX_IN_FLIGHT);
    expect(Math.max(...together.mock.calls.map(([batch]) => batch.length))).toBeGreaterThan(1);

    seen.hold = false;
    while (waiting.length) release();
    await sync.idle();
    expect(claims).toHaveBeenCalledTimes(3); // the last finds nothing left
    expect(seen.maxInFlight).toBe(MAX_IN_FLIGHT);
    expect(seen.twice).toEqual([]);
    expect(seen.ids).toEqual(ids);
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: ids.length });
  });

  it('gives back claims it never sent when the hub fails, with their attempts untouched', async () => {
    const { outbox, store, hub, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 10);
    const { waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    hub.plan = () => ({ status: 503 });
    while (waiting.length) release();
    await sync.idle();
    const byId = new Map((await outbox.list()).map((record) => [record.id, record]));
    expect(byId.get(ids[0]!)?.state).toBe('delivered'); // the probe
    for (const id of ids.slice(1, 1 + MAX_IN_FLIGHT)) {
      expect(byId.get(id)).toMatchObject({
        state: 'queued',
        attempts: 1,
        lastError: { code: 'HUB_ERROR', status: 503 },
      });
    }
    // Claimed behind them and never sent: queued as before, no attempt counted.
    for (const id of ids.slice(1 + MAX_IN_FLIGHT)) {
      expect(byId.get(id)).toMatchObject({ state: 'queued', attempts: 0, lastError: null });
    }
    expect(await store.db.records('sending')).toEqual([]);
  });

  it('gives back a claim whose lease would lapse before its PUT gives up, and claims it afresh', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 8);
    const { seen, waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    // The four in flight take so long that the claims waiting behind them have little lease left.
    clock.time += 100_000;
    const unclaim = vi.spyOn(store, 'unclaim');
    seen.hold = false;
    while (waiting.length) release();
    await sync.idle();
    expect(unclaim.mock.calls.some(([claims]) => claims.length > 0)).toBe(true);
    expect(seen.twice).toEqual([]);
    expect(new Set(seen.ids)).toEqual(new Set(ids));
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 8 });
  });

  it('writes down each answer on its own when a shared commit fails, losing none', async () => {
    const { outbox, store, hub, sync } = await kioskWithHub();
    await enqueueMany(outbox, 5);
    vi.spyOn(store.db, 'changeEach').mockRejectedValue(new OutboxError('STORAGE_FULL'));
    // Once the last answers are let through, the first commit waits until the others are in,
    // so they share the next one however the machine schedules the fake hub and the database.
    const changeRecord = store.db.changeRecord.bind(store.db);
    let gated = false;
    let othersIn = () => undefined as void;
    const allIn = new Promise<void>((resolve) => (othersIn = resolve));
    vi.spyOn(store.db, 'changeRecord').mockImplementation(async (...args) => {
      if (gated) await allIn;
      return changeRecord(...args);
    });
    const { waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    gated = true;
    while (waiting.length) release();
    await settleDown();
    othersIn();
    await sync.idle();
    expect(store.db.changeEach).toHaveBeenCalled();
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 5 });
  });

  it('claims nothing more after a network error: those in flight finish, then the loop pauses', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 10);
    const { seen, waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));

    hub.plan = ({ id }) => (id === ids[2] ? 'network' : undefined);
    let idle = false;
    void sync.idle().then(() => (idle = true));
    release(ids[2]);
    await settleDown();
    expect(seen.ids.length).toBe(1 + MAX_IN_FLIGHT); // no new claim after the failure
    expect(idle).toBe(false); // three PUTs are still in flight

    while (waiting.length) {
      release();
      await settleDown();
    }
    await vi.waitFor(() => expect(idle).toBe(true));
    expect(seen.ids.length).toBe(1 + MAX_IN_FLIGHT);
    expect(seen.maxInFlight).toBe(MAX_IN_FLIGHT);
    expect(await outbox.counts()).toMatchObject({
      queued: 10 - MAX_IN_FLIGHT,
      sending: 0,
      delivered: MAX_IN_FLIGHT,
    });
    // Deliveries that answered after the failure do not lift the pause it set.
    const status = sync.status();
    expect(status.blocked).toBe('OFFLINE');
    const failed = await outbox.store.get(ids[2]!);
    expect(failed).toMatchObject({ state: 'queued', lastError: { code: 'NETWORK' } });
    expect(status.pausedUntil).toBe(failed!.nextAttemptAt);
    expect(clock.pendingDelays()).toEqual([failed!.nextAttemptAt - clock.now()]);

    hub.plan = () => undefined; // the network is back
    seen.hold = false;
    await runUntilQuiet(sync, clock);
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 10 });
    expect(seen.twice).toEqual([]);
  });

  it('woken early from a pause, asks the hub first: unreachable, nothing is read or written', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    hub.plan = () => 'network';
    const [first] = await enqueueMany(outbox, 1);
    await sync.start();
    await sync.idle();
    const paused = sync.status();
    expect(paused.blocked).toBe('OFFLINE');
    expect(paused.pausedUntil).toBeGreaterThan(clock.now());
    const before = await store.get(first!);

    // Residents keep submitting while the hub is still out of reach.
    const claims = vi.spyOn(store.db, 'changeDueCandidates');
    const writes = vi.spyOn(store.db, 'changeRecords');
    const requests = hub.requests;
    await enqueueMany(outbox, 3); // each wakes the loop
    sync.trigger('online');
    await sync.idle();
    expect(hub.requests - requests).toBeGreaterThanOrEqual(1);
    expect(claims).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
    expect(await store.get(first!)).toEqual(before); // no attempt counted, no new delay
    expect(sync.status()).toMatchObject({ blocked: 'OFFLINE', pausedUntil: paused.pausedUntil });
    expect(clock.pendingDelays()).toEqual([paused.pausedUntil! - clock.now()]);

    // The hub is back: the next trigger's probe succeeds and the new submissions go at once,
    // and the first with them: its delay came from the outage, not from anything of its own.
    hub.plan = () => undefined;
    sync.trigger('online');
    await sync.idle();
    expect(hub.probes).toBe(1);
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 4 });
    expect(sync.status()).toMatchObject({ blocked: null, pausedUntil: null });
  });

  it('once the hub answers after an outage, every record it delayed goes in that pass', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 12);
    // The network goes down just after the first delivery, under the PUTs then in flight.
    let requests = 0;
    hub.plan = () => (++requests > 1 ? 'network' : undefined);
    await sync.start();
    await sync.idle();
    const waiting = (await store.list()).filter((r) => r.nextAttemptAt > clock.now());
    expect(waiting.map((r) => r.lastError?.code)).toEqual(Array(MAX_IN_FLIGHT).fill('NETWORK'));
    expect(await outbox.counts()).toMatchObject({ delivered: 1, queued: 11 });

    // The network is back and says so: one pass delivers the other eleven, those that failed
    // under the cut included, with no timer fired and no clock moved.
    hub.plan = () => undefined;
    const at = clock.now();
    sync.trigger('online');
    await sync.idle();
    expect(clock.now()).toBe(at);
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 12 });
    expect(new Set(hub.stored.keys())).toEqual(new Set(ids));
    expect([...hub.created.values()].every((n) => n === 1)).toBe(true);
  });

  it('a record whose own PUT keeps failing is made due again only MAX_REVIVALS times', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    const [poison] = await enqueueMany(outbox, 1);
    hub.plan = ({ id }) => (id === poison ? 'network' : undefined);
    const putsOf = (id: string) => {
      let n = 0;
      const previous = hub.plan;
      hub.plan = (request) => {
        if (request.id === id) n++;
        return previous(request);
      };
      return () => n;
    };
    const poisonPuts = putsOf(poison!);
    await sync.start();
    await sync.idle();
    expect(poisonPuts()).toBe(1);
    // Residents keep submitting; each new submission wakes the loop, and the hub takes them.
    const others: string[] = [];
    for (let i = 0; i < 8; i++) {
      others.push(...(await enqueueMany(outbox, 1)));
      sync.trigger('staff');
      await sync.idle();
    }
    expect(others.every((id) => hub.stored.has(id))).toBe(true);
    // Tried after each of the first MAX_REVIVALS recoveries, then only when its own delay is up
    // (the clock has not moved, so never).
    expect(poisonPuts()).toBe(1 + MAX_REVIVALS);
    expect(await store.get(poison!)).toMatchObject({
      state: 'queued',
      lastError: { code: 'NETWORK' },
    });
    expect(clock.now()).toBeLessThan((await store.get(poison!))!.nextAttemptAt);
  });

  it('when a pause is over, tries the record itself without a probe', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    hub.plan = () => ({ status: 503 });
    await enqueueMany(outbox, 2);
    await sync.start();
    await sync.idle();
    expect(sync.status().blocked).toBe('HUB_BUSY');
    hub.plan = () => undefined;
    await runUntilQuiet(sync, clock);
    expect(hub.probes).toBe(0);
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 2 });
  });

  it('lets idle() resolve only when the last PUT in flight has been settled', async () => {
    const { outbox, hub, sync } = await kioskWithHub();
    await enqueueMany(outbox, 3);
    const { waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(2)); // the queue is empty: no claim left
    let idle = false;
    void sync.idle().then(() => (idle = true));
    release();
    await settleDown();
    expect(idle).toBe(false);
    expect(sync.status().running).toBe(true);
    release();
    await vi.waitFor(() => expect(idle).toBe(true));
    expect(await outbox.counts()).toMatchObject({ queued: 0, sending: 0, delivered: 3 });
  });

  it('sends one at a time without leases (a full disk), so no record goes twice at once', async () => {
    const { outbox, store, hub, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 5);
    // The lease is a write that adds bytes: a full disk refuses it, and claims only peek.
    vi.spyOn(store.db, 'changeDueCandidates').mockRejectedValue(new OutboxError('STORAGE_FULL'));
    const { seen, waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    for (let sent = 1; sent <= ids.length; sent++) {
      await vi.waitFor(() => expect(seen.ids.length).toBe(sent));
      await settleDown();
      expect(seen.inFlight).toBe(1);
      release();
    }
    await sync.idle();
    expect(waiting).toHaveLength(0);
    expect(seen.twice).toEqual([]);
    expect(seen.ids).toEqual(ids);
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 5 });
  });

  it('on a storage error lets the PUTs in flight finish, claims no more and pauses', async () => {
    const { outbox, store, hub, clock, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 10);
    const settle = store.settle.bind(store);
    vi.spyOn(store, 'settle').mockImplementation(async (id, ...rest) => {
      if (id === ids[1]) throw new OutboxError('STORAGE_UNAVAILABLE');
      return settle(id, ...rest);
    });
    const { seen, waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    release(ids[1]);
    await settleDown();
    expect(sync.status().running).toBe(true);
    while (waiting.length) {
      release();
      await settleDown();
    }
    await sync.idle();
    expect(seen.ids.length).toBe(1 + MAX_IN_FLIGHT);
    expect(sync.status().blocked).toBe('STORAGE');
    expect(clock.pendingDelays()).toEqual([DEFAULT_RETRY_POLICY.maxDelayMs]);
    // The one whose outcome could not be written keeps its lease; the others were settled.
    expect(await outbox.counts()).toMatchObject({
      queued: 10 - 1 - MAX_IN_FLIGHT,
      sending: 1,
      delivered: MAX_IN_FLIGHT,
    });
  });

  it('pauses for the longest wait the hub asked for when several PUTs fail at once', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    const ids = await enqueueMany(outbox, 6);
    const { waiting, release } = watchInFlight(hub);
    sync.trigger('staff');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(MAX_IN_FLIGHT));
    hub.plan = ({ id }) =>
      id === ids[2] ? { status: 429, retryAfter: '300' } : id === ids[3] ? 'network' : undefined;
    release(ids[2]);
    await settleDown();
    release(ids[3]);
    while (waiting.length) {
      release();
      await settleDown();
    }
    await sync.idle();
    const status = sync.status();
    expect(status.blocked).toBe('HUB_BUSY');
    expect(status.pausedUntil).toBe(clock.now() + 300_000);
    expect(clock.pendingDelays()).toEqual([300_000]);
  });
});
