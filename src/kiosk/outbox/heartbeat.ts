// The kiosk's heartbeat: its version, outbox counts and storage, POSTed to the hub every few
// minutes and after each delivery pass, so the fleet view sees a silent or backed-up kiosk.
// A heartbeat that fails is simply dropped: the next one says the same and more.
import { HEARTBEAT_PATH, type HeartbeatBody, type OutboxCounts } from '../../protocol/submission';
import type { KioskCredentials, Timers } from './delivery-attempt';
import type { StorageLike } from './outbox';
import type { SyncStatus } from './sync';

/** How often a kiosk reports when nothing happens. */
export const HEARTBEAT_INTERVAL_MS = 5 * 60_000;

/** What the heartbeat reads and where it sends; tests inject all of it. */
export interface HeartbeatOptions {
  appVersion: string;
  counts: () => Promise<OutboxCounts>;
  credentials: () => KioskCredentials | undefined;
  /** The delivery loop: a heartbeat follows the end of each run of passes. */
  sync: { subscribe(listener: (status: SyncStatus) => void): () => void };
  fetch: typeof fetch;
  now: () => number;
  timers: Timers;
  storage: StorageLike | undefined;
  intervalMs: number;
  /** After a heartbeat, the next waits at least this long (many passes, few heartbeats). */
  minGapMs: number;
  timeoutMs: number;
}

/** A running heartbeat: `beat()` asks for one soon; `stop()` ends it. */
export interface Heartbeat {
  beat(): void;
  stop(): void;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Starts heartbeats: one now, one per interval, one after each delivery pass. */
export function startHeartbeat(options: Partial<HeartbeatOptions> & HeartbeatRequired): Heartbeat {
  const o: HeartbeatOptions = {
    fetch: (input, init) => globalThis.fetch(input, init),
    now: Date.now,
    timers: browserTimers,
    storage: globalThis.navigator?.storage,
    intervalMs: HEARTBEAT_INTERVAL_MS,
    minGapMs: 5_000,
    timeoutMs: 30_000,
    ...options,
  };
  let stopped = false;
  let sending = false;
  let cooling = false;
  let wanted = false;
  let interval: unknown;

  // Timers, not the wall clock, space heartbeats out: a kiosk clock that jumps changes nothing.
  const beat = () => {
    if (stopped) return;
    wanted = true;
    if (sending || cooling) return;
    wanted = false;
    if (!o.credentials()) return; // not enrolled yet: enrolment asks for a beat when it is
    sending = true;
    void sendHeartbeat(o).finally(() => {
      sending = false;
      cooling = true;
      o.timers.setTimeout(() => {
        cooling = false;
        if (wanted) beat();
      }, o.minGapMs);
    });
  };
  const tick = () => {
    interval = o.timers.setTimeout(() => {
      beat();
      tick();
    }, o.intervalMs);
  };
  const unsubscribe = o.sync.subscribe((status) => {
    if (!status.running) beat();
  });
  beat();
  tick();
  return {
    beat,
    stop() {
      stopped = true;
      unsubscribe();
      if (interval !== undefined) o.timers.clearTimeout(interval);
    },
  };
}

type HeartbeatRequired = Pick<HeartbeatOptions, 'appVersion' | 'counts' | 'credentials' | 'sync'>;

/** Sends one heartbeat; true when the hub took it. Never throws. */
export async function sendHeartbeat(o: HeartbeatOptions): Promise<boolean> {
  const credentials = o.credentials();
  if (!credentials) return false;
  try {
    const body: HeartbeatBody = {
      appVersion: o.appVersion.slice(0, 100),
      sentAt: new Date(o.now()).toISOString(),
      outbox: await o.counts(),
      ...(await storageOf(o.storage)),
    };
    const response = await o.fetch(`${credentials.hubUrl.replace(/\/+$/, '')}${HEARTBEAT_PATH}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${credentials.token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    void response.body?.cancel().catch(() => undefined);
    return response.ok;
  } catch {
    return false;
  }
}

async function storageOf(
  storage: StorageLike | undefined,
): Promise<Pick<HeartbeatBody, 'storage'>> {
  try {
    const estimate = await storage?.estimate?.();
    if (estimate?.usage === undefined || estimate.quota === undefined) return {};
    const persisted = await storage?.persisted?.();
    return {
      storage: {
        usage: Math.round(estimate.usage),
        quota: Math.round(estimate.quota),
        ...(persisted !== undefined ? { persisted } : {}),
      },
    };
  } catch {
    return {};
  }
}
