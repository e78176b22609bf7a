// The delivery loop: PUTs queued envelopes to the hub, a few at a time, and only one loop runs
// at once — a trigger during a pass asks for one more pass, nothing more. Each record is leased
// before it is sent, so no record is ever in flight twice, and a page that dies mid-send never
// locks it for good; the submission id makes every resend harmless (the hub answers 200 for the
// same bytes).
import {
  attemptDelivery,
  probeHub,
  type KioskCredentials,
  type SyncBlock,
  type Timers,
} from './delivery-attempt';
import { OutboxError } from './outbox-error';
import type { Claim, ClaimAhead, OutboxStore } from './outbox-store';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-schedule';

/** What woke the loop; all are treated alike, and the last one is shown to staff. */
export type SyncTrigger =
  'start-up' | 'enrolled' | 'online' | 'timer' | 'wake' | 'staff' | 'enqueue';

/** The loop's state for staff screens and the heartbeat. */
export interface SyncStatus {
  running: boolean;
  lastTrigger: SyncTrigger | null;
  blocked: SyncBlock;
  lastPassAt: number | null;
  lastDeliveryAt: number | null;
  /** While paused after a failure: kiosk-clock ms when the loop tries again by itself. */
  pausedUntil: number | null;
}

/** What the loop takes from its surroundings; tests inject all of it. */
export interface SyncOptions {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  timers: Timers;
  policy: RetryPolicy;
  /** A PUT that has not answered by then is abandoned and retried later. */
  requestTimeoutMs: number;
  /** How long a record stays locked by a sender that may have died. */
  leaseMs: number;
}

function ignoreStorageFull(error: unknown): number {
  if (error instanceof OutboxError && error.code === 'STORAGE_FULL') return 0;
  throw error;
}

/**
 * How many PUTs a pass keeps in flight once the hub has accepted one. One at a time, each PUT
 * waits for the one before it (the strict write that settles it, then the next claim), so a
 * backlog after an outage drains at a fraction of what the hub takes; a few at once hide those
 * waits. Few, because a kiosk shares a building's network and a hub serves many kiosks.
 */
export const MAX_IN_FLIGHT = 4;

/**
 * What a claim takes beyond the free places once the hub has accepted one: small envelopes
 * (no photos) in a backlog go several to a commit instead of one commit each. Bounded in
 * bytes, so envelopes with photos are claimed as places free up and none waits long under
 * a lease.
 */
export const CLAIM_AHEAD: ClaimAhead = { records: 16, bytes: 1024 * 1024 };

/**
 * How often one record is made due again when the hub answers after an outage. A record whose
 * own PUT keeps failing while the others' succeed (a proxy that drops its large body, say) is
 * not the network's failure: past this it waits out its own delays, and halts no more passes
 * than they allow.
 */
export const MAX_REVIVALS = 2;

/** What one pass knows while its deliveries are in flight. */
interface PassState {
  /** How many may be in flight: one until the hub has answered with a decision, then more. */
  width: number;
  /** A delivery failed for a reason that is not the record's: claim no more this pass. */
  halted: boolean;
  /** The first storage error from settling, rethrown once nothing is in flight. */
  failure: { error: unknown } | undefined;
  /** Records being made due again after an outage, for the next claim to see. */
  reviving?: Promise<void>;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The kiosk's one delivery loop. */
export class OutboxSync {
  private readonly o: SyncOptions;
  private running: Promise<void> | undefined;
  private again = false;
  /** After a failure: how long (by timer, not by clock) the loop waits before trying again. */
  private pauseMs = 0;
  private started = false;
  private stopped = false;
  private timer: unknown;
  /**
   * Whether records may be waiting out delays the network or the hub caused: since the last
   * failed attempt, or since this page started (records keep their delays across a restart).
   */
  private outage = true;
  /** How often each record was made due again after an outage (see MAX_REVIVALS). */
  private readonly revived = new Map<string, number>();
  private scheduling = 0;
  private scheduled: Promise<void> | undefined;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly state: SyncStatus = {
    running: false,
    lastTrigger: null,
    blocked: null,
    lastPassAt: null,
    lastDeliveryAt: null,
    pausedUntil: null,
  };

  constructor(
    private readonly store: OutboxStore,
    private readonly credentials: () => KioskCredentials | undefined,
    options: Partial<SyncOptions> = {},
  ) {
    const requestTimeoutMs = options.requestTimeoutMs ?? 120_000;
    this.o = {
      fetch: (input, init) => globalThis.fetch(input, init),
      now: Date.now,
      random: Math.random,
      timers: browserTimers,
      policy: DEFAULT_RETRY_POLICY,
      requestTimeoutMs,
      leaseMs: requestTimeoutMs + 60_000,
      ...options,
    };
  }

  /** Start-up: records left `sending` by a previous page go back to the queue, then a pass. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    try {
      await this.store.releaseLeases(this.o.now(), this.o.leaseMs, true);
    } catch {
      // The pass below meets the same storage problem and reports it.
    }
    this.trigger('start-up');
  }

  /**
   * Asks for a pass: starts one, or queues one more if a pass is running. Any trigger ends a
   * pause after failures: the timer fires only when the pause is over, and the others
   * (online, a wake from the service worker, staff) are reasons to believe it is.
   */
  trigger(reason: SyncTrigger): void {
    if (this.stopped) return;
    this.state.lastTrigger = reason;
    if (this.running) {
      this.again = true;
      return;
    }
    this.state.running = true;
    this.notify();
    this.running = this.loop().finally(() => {
      this.running = undefined;
      this.state.running = false;
      this.notify();
      const scheduled = this.schedule().finally(() => {
        if (this.scheduled === scheduled) this.scheduled = undefined;
      });
      this.scheduled = scheduled;
    });
  }

  /** Calls `listener` with the status when a run of passes starts and ends; returns an unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener(this.status());
  }

  /** Staff "sync now": a pass right away, resolved when it has finished. */
  async syncNow(): Promise<SyncStatus> {
    this.trigger('staff');
    await this.idle();
    return this.status();
  }

  /** Resolves once no pass is running and the next timer is set. */
  async idle(): Promise<void> {
    while (this.running || this.scheduled) {
      await this.running;
      await this.scheduled;
    }
  }

  /** A copy of the loop's state. */
  status(): SyncStatus {
    return { ...this.state };
  }

  /** Stops triggering and timers; a request in flight finishes and is recorded. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.o.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const cutShort = this.pauseCutShort();
      this.pauseMs = 0;
      this.state.pausedUntil = null;
      try {
        await this.pass(cutShort);
      } catch {
        this.pause(this.o.policy.maxDelayMs, 'STORAGE');
      }
    } while (this.again && !this.stopped);
  }

  /**
   * A pause for an unreachable or failing hub that a trigger ends early (a new submission,
   * `online`, staff), or undefined. A time beyond the longest pause ever set comes from a
   * clock that moved back, and counts as no pause.
   */
  private pauseCutShort(): { until: number; block: SyncBlock } | undefined {
    const { pausedUntil: until, blocked: block } = this.state;
    if (until === null || (block !== 'OFFLINE' && block !== 'HUB_BUSY')) return undefined;
    const left = until - this.o.now();
    const longest = Math.max(this.o.policy.maxDelayMs, this.o.policy.maxRetryAfterMs);
    return left > 0 && left <= longest ? { until, block } : undefined;
  }

  private async pass(cutShort?: { until: number; block: SyncBlock }): Promise<void> {
    const now = this.o.now();
    this.state.lastPassAt = now;
    const credentials = this.credentials();
    if (!credentials) {
      // Enrolment calls trigger() when done; until then, look again now and then.
      this.pause(this.o.policy.maxDelayMs, 'NOT_ENROLLED');
      return;
    }
    if (this.state.blocked === 'NOT_ENROLLED' || this.state.blocked === 'STORAGE') {
      this.state.blocked = null;
    }
    // Woken early from a pause: ask the hub first. While it stays unreachable the pause
    // stands, and no envelope is read from disk nor any attempt written down.
    if (cutShort && !(await probeHub(credentials, this.o))) {
      this.pause(cutShort.until - this.o.now(), cutShort.block);
      return;
    }
    // On a full disk lapsed leases wait until deliveries have made room to release them.
    await this.store.releaseLeases(now, this.o.leaseMs, false).catch(ignoreStorageFull);
    // A pass starts with one PUT, as a probe: a hub that is down, busy or refusing the token
    // sees one failed request per pass, not MAX_IN_FLIGHT.
    const pass: PassState = { width: 1, halted: false, failure: undefined };
    /** PUTs on their way; a place frees as soon as the hub has answered. */
    const inFlight = new Set<Promise<void>>();
    /** Answers being written down: the pass ends only once they are. */
    const settling = new Set<Promise<void>>();
    /** Claimed and leased, waiting for a free place. */
    let ready: Claim[] = [];
    try {
      while (!this.stopped && !pass.halted) {
        if (inFlight.size >= pass.width) {
          await Promise.race(inFlight);
          continue;
        }
        if (!ready.length) {
          await pass.reviving;
          // Every free place at once, and a few more once the hub has accepted one.
          const free = pass.width - inFlight.size;
          const ahead = pass.width > 1 ? CLAIM_AHEAD : undefined;
          const now = this.o.now();
          ready = await this.store.claimDue(now, this.o.policy, this.o.leaseMs, free, ahead);
          if (!ready.length) break;
        }
        const claim = ready.shift()!;
        // A claim that waited too long might see its lease lapse before its PUT gives up:
        // give it back with the rest, and claim again with fresh leases.
        if (!claim.unleased && claim.record.leaseUntil! - this.o.now() < this.o.requestTimeoutMs) {
          await this.store.unclaim([claim, ...ready]);
          ready = [];
          continue;
        }
        const sending: Promise<void> = this.deliver(claim, credentials, pass, settling).finally(
          () => inFlight.delete(sending),
        );
        inFlight.add(sending);
        // Without a lease (a full disk) the record stays queued, so the next claim would pick
        // it again: send it alone, and claim the next once its answer is written down.
        if (claim.unleased) {
          await sending;
          await Promise.all(settling);
        }
      }
    } finally {
      // Whatever stopped the claiming, the pass ends only when nothing is in flight, every
      // answer is written down, and claims never sent are given back.
      await Promise.all(inFlight);
      await this.store.unclaim(ready).catch((error: unknown) => {
        pass.failure ??= { error };
      });
      await Promise.all(settling);
    }
    if (pass.failure) throw pass.failure.error;
    await this.store.pruneTombstones();
  }

  /**
   * Sends one claimed record and starts writing down its outcome, tracked in `settling`;
   * resolves once the hub has answered, never rejects (errors go to `pass`).
   */
  private async deliver(
    claim: Claim,
    credentials: KioskCredentials,
    pass: PassState,
    settling: Set<Promise<void>>,
  ): Promise<void> {
    let outcome;
    try {
      outcome = await attemptDelivery(claim, credentials, this.o);
    } catch (error) {
      pass.halted = true;
      pass.failure ??= { error };
      return;
    }
    const at = this.o.now();
    const from = claim.unleased ? 'queued' : 'sending';
    const writeDown = (written: Promise<void>) => {
      const tracked: Promise<void> = written
        .catch((error: unknown) => {
          pass.halted = true;
          pass.failure ??= { error };
        })
        .finally(() => settling.delete(tracked));
      settling.add(tracked);
    };
    if (outcome.state === 'queued') {
      // Claim no more; the ones in flight finish and are settled, each with its own delay.
      pass.halted = true;
      this.outage = true;
      // The failure is the hub's or the network's, not this record's: everyone waits, as long
      // as the longest wait this pass was told (a 429's Retry-After, say).
      if (outcome.delayMs >= this.pauseMs) this.pause(outcome.delayMs, outcome.block);
      const nextAttemptAt = at + outcome.delayMs;
      writeDown(this.store.settle(claim.record.id, at, { ...outcome, nextAttemptAt }, from));
      return;
    }
    // A delivery that ends after another's failure does not lift the pause that failure set.
    if (!pass.halted) {
      this.state.blocked = null;
      this.state.pausedUntil = null;
      pass.width = MAX_IN_FLIGHT;
      // The hub is back: what failed while it was out of reach goes now, not after its delay.
      if (this.outage) {
        this.outage = false;
        writeDown((pass.reviving = this.reviveWaiting()));
      }
    }
    if (outcome.state === 'delivered') this.revived.delete(claim.record.id);
    writeDown(
      this.store.settle(claim.record.id, at, outcome, from).then(() => {
        if (outcome.state === 'delivered') this.state.lastDeliveryAt = at;
      }),
    );
  }

  /** Makes records waiting out an outage's delays due now; never fails the pass. */
  private async reviveWaiting(): Promise<void> {
    const tooOften = (id: string) => (this.revived.get(id) ?? 0) >= MAX_REVIVALS;
    try {
      const ids = await this.store.dueAgain(this.o.now(), this.o.policy, tooOften);
      for (const id of ids) this.revived.set(id, (this.revived.get(id) ?? 0) + 1);
    } catch {
      // They keep their own delays: nothing is lost, only later.
    }
  }

  private pause(ms: number, block: SyncBlock): void {
    this.pauseMs = ms;
    this.state.pausedUntil = this.o.now() + ms;
    this.state.blocked = block;
  }

  private async schedule(): Promise<void> {
    const generation = ++this.scheduling;
    if (this.timer !== undefined) this.o.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    const now = this.o.now();
    let at: number | undefined;
    try {
      at = await this.store.nextWakeAt(now, this.o.policy, this.o.leaseMs);
    } catch {
      at = now + this.o.policy.maxDelayMs;
    }
    if (generation !== this.scheduling || this.running || this.stopped || at === undefined) return;
    const limit = Math.max(this.o.policy.maxDelayMs, this.o.policy.maxRetryAfterMs);
    const wait = Math.max(at - now, this.pauseMs, this.o.policy.minDelayMs);
    const delay = Math.min(wait, limit);
    this.timer = this.o.timers.setTimeout(() => {
      this.timer = undefined;
      this.trigger('timer');
    }, delay);
  }
}
