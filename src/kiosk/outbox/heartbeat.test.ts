import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HeartbeatBody, type OutboxCounts } from '../../protocol/submission';
import { startHeartbeat, type HeartbeatOptions } from './heartbeat';
import type { SyncStatus } from './sync';
import { ManualClock } from './testing/outbox-fixtures';

const counts: OutboxCounts = {
  queued: 2,
  sending: 0,
  deadLetter: 1,
  delivered: 40,
  queuedBytes: 400_000,
  oldestQueuedAt: Date.UTC(2025, 6, 1, 7, 0, 0),
};

function heartbeatInPlace(options: Partial<HeartbeatOptions> = {}) {
  const clock = new ManualClock();
  const sent: Array<{ url: string; auth: string | null; body: unknown }> = [];
  let failing = false;
  const listeners = new Set<(status: SyncStatus) => void>();
  const passEnded = () => {
    for (const l of listeners) l({ running: false } as SyncStatus);
  };
  const heartbeat = startHeartbeat({
    appVersion: '0.1.0+abc1234',
    counts: async () => counts,
    credentials: () => ({ hubUrl: 'https://hub.test/', token: 'token-0123456789abcdef' }),
    sync: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    fetch: async (input, init) => {
      sent.push({
        url: String(input),
        auth: new Headers(init?.headers).get('Authorization'),
        body: JSON.parse(String(init?.body)),
      });
      if (failing) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 204 });
    },
    now: clock.now,
    timers: clock,
    storage: { estimate: async () => ({ usage: 5e6, quota: 2e9 }), persisted: async () => true },
    intervalMs: 300_000,
    minGapMs: 5_000,
    ...options,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { clock, sent, heartbeat, passEnded, settle, fail: (f: boolean) => (failing = f) };
}

describe('heartbeat', () => {
  it('reports version, outbox counts and storage to the hub at once, as the protocol says', async () => {
    const { sent, settle } = heartbeatInPlace();
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('https://hub.test/api/v1/heartbeats');
    expect(sent[0]?.auth).toBe('Bearer token-0123456789abcdef');
    const body = v.parse(HeartbeatBody, sent[0]?.body);
    expect(body).toMatchObject({
      appVersion: '0.1.0+abc1234',
      outbox: counts,
      storage: { usage: 5e6, quota: 2e9, persisted: true },
    });
  });

  it('follows delivery passes, a few seconds apart at most once, and beats every interval', async () => {
    const { clock, sent, passEnded, settle } = heartbeatInPlace();
    await settle();
    for (let i = 0; i < 5; i++) passEnded(); // a burst of passes while cooling down
    await settle();
    expect(sent).toHaveLength(1);
    expect(clock.pendingDelays()).toEqual([5_000, 300_000]);
    clock.fireNext(); // the gap is over: one heartbeat for the whole burst
    await settle();
    expect(sent).toHaveLength(2);
    clock.fireNext(); // the next gap passes quietly
    clock.fireNext(); // the interval
    await settle();
    expect(sent).toHaveLength(3);
  });

  it('ignores failures and sends nothing before enrolment or after stop', async () => {
    const failing = heartbeatInPlace();
    failing.fail(true);
    await failing.settle();
    failing.clock.fireNext();
    failing.passEnded();
    await failing.settle();
    expect(failing.sent).toHaveLength(2); // it threw nothing and kept going

    const unenrolled = heartbeatInPlace({ credentials: () => undefined });
    await unenrolled.settle();
    expect(unenrolled.sent).toHaveLength(0);

    const stopped = heartbeatInPlace();
    await stopped.settle();
    stopped.heartbeat.stop();
    stopped.clock.fireNext();
    stopped.clock.fireNext();
    stopped.passEnded();
    await stopped.settle();
    expect(stopped.sent).toHaveLength(1);
  });
});
