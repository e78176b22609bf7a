import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETRY_POLICY } from './retry-schedule';
import { enqueueMany, kioskWithHub, runUntilQuiet } from './testing/kiosk-with-hub';
import { freshIndexedDb } from './testing/outbox-fixtures';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(freshIndexedDb);

describe('OutboxSync timing', () => {
  it('backs off with full jitter from the base up to the 10-minute cap', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    const [id] = await enqueueMany(outbox, 1);
    hub.plan = () => ({ status: 503 });
    const waits: number[] = [];
    await sync.syncNow();
    for (let i = 0; i < 25; i++) {
      const record = await outbox.store.get(id!);
      waits.push(record!.nextAttemptAt - clock.now());
      expect(clock.pendingDelays()).toEqual([waits.at(-1)]);
      clock.fireNext();
      await sync.idle();
    }
    expect(waits[0]).toBeGreaterThanOrEqual(DEFAULT_RETRY_POLICY.minDelayMs);
    expect(waits[0]).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.baseDelayMs);
    expect(Math.max(...waits)).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.maxDelayMs);
    expect(Math.max(...waits.slice(10))).toBeGreaterThan(DEFAULT_RETRY_POLICY.maxDelayMs / 4);
    expect(new Set(waits.slice(10)).size).toBeGreaterThan(5); // jittered, not lock-step
    expect(hub.requests).toBe(26);
  });

  it('honours Retry-After on 429 and asks nothing before', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    await enqueueMany(outbox, 2);
    hub.plan = ({ n }) => (n === 0 ? { status: 429, retryAfter: '120' } : undefined);
    const status = await sync.syncNow();
    expect(status.blocked).toBe('HUB_BUSY');
    expect(hub.requests).toBe(1);
    expect(clock.pendingDelays()).toEqual([120_000]);
    const [next] = (await outbox.list()).filter((r) => r.lastError);
    expect(next!.nextAttemptAt - clock.now()).toBe(120_000);
    await runUntilQuiet(sync, clock);
    expect(await outbox.counts()).toMatchObject({ delivered: 2 });
  });

  it('is not stranded by a clock moved 30 days forward', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    await enqueueMany(outbox, 2);
    hub.plan = () => 'network';
    await sync.syncNow();
    hub.plan = () => undefined;
    clock.time += 30 * DAY;
    expect(clock.fireNext()).toBe(true);
    await sync.idle();
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 2 });
  });

  it('is not stranded by a clock moved 2 days back', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    await enqueueMany(outbox, 2);
    hub.plan = () => 'network';
    await sync.syncNow();
    hub.plan = () => undefined;
    clock.time -= 2 * DAY;
    const [waiting] = (await outbox.list()).filter((r) => r.lastError);
    expect(waiting!.nextAttemptAt - clock.now()).toBeGreaterThan(DAY);
    expect(await outbox.nextDue()).toMatchObject({ dueAt: clock.now() });
    expect(clock.fireNext()).toBe(true); // the pause's own timer, a few seconds later
    await sync.idle();
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 2 });
  });

  it('gives up on a hanging request at the timeout and tries again later', async () => {
    const { outbox, hub, clock, sync } = await kioskWithHub();
    await enqueueMany(outbox, 1);
    hub.plan = ({ n }) => (n === 0 ? 'hang' : undefined);
    sync.trigger('staff');
    await vi.waitFor(() => expect(hub.requests).toBe(1));
    expect(clock.pendingDelays()).toEqual([120_000]);
    clock.fireNext();
    await sync.idle();
    const [record] = await outbox.list();
    expect(record).toMatchObject({ state: 'queued', lastError: { code: 'TIMEOUT' } });
    await runUntilQuiet(sync, clock);
    expect(await outbox.counts()).toMatchObject({ delivered: 1 });
  });
});
