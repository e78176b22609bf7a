// Outbox records and the rules for moving them between states: queued → sending → delivered,
// or dead-letter. Plain objects in, plain objects out; OutboxDb does the storing, and the
// mirror (outbox-mirror.ts), when there is one, keeps a second copy of every waiting envelope.
import type { OutboxCounts } from '../../protocol/submission';
import type { OutboxDb, OutboxLastError, OutboxRecord, RecordChange } from './outbox-db';
import { OutboxError } from './outbox-error';
import type { OutboxMirror } from './outbox-mirror';
import { effectiveDueAt, leaseExpired, trustHorizon, type RetryPolicy } from './retry-schedule';

/** How many delivered tombstones to keep for staff; older ones go, counted, never by age. */
export const TOMBSTONES_KEPT = 1000;

/** A record claimed for sending, with the bytes to send. */
export interface Claim {
  record: OutboxRecord;
  envelope: ArrayBuffer;
  /** Sent without a lease (the record stays `queued`) because the disk is full. */
  unleased?: true;
}

function isStorageFull(error: unknown): boolean {
  return error instanceof OutboxError && error.code === 'STORAGE_FULL';
}

function earliestDue(records: OutboxRecord[], now: number, policy: RetryPolicy) {
  let best: { record: OutboxRecord; dueAt: number } | undefined;
  for (const record of records) {
    const dueAt = effectiveDueAt(record.nextAttemptAt, now, policy);
    // Among equally due records the oldest submission goes first.
    if (
      !best ||
      dueAt < best.dueAt ||
      (dueAt === best.dueAt && record.sequence < best.record.sequence)
    ) {
      best = { record, dueAt };
    }
  }
  return best;
}

/** How many records a claim may take beyond the free places, to send as places free up. */
export interface ClaimAhead {
  records: number;
  /** Envelope bytes the claim may hold in memory in all; the free places are always taken. */
  bytes: number;
}

/** Records due now, in the order they go (soonest due, then oldest submission): `places` of
 * them, and more as `ahead` allows. */
function dueNow(
  records: OutboxRecord[],
  now: number,
  policy: RetryPolicy,
  places: number,
  ahead: ClaimAhead,
) {
  const due = records
    .map((record) => ({ record, dueAt: effectiveDueAt(record.nextAttemptAt, now, policy) }))
    .filter((candidate) => candidate.dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt || a.record.sequence - b.record.sequence)
    .map((candidate) => candidate.record);
  const picked = due.slice(0, places);
  let bytes = picked.reduce((sum, record) => sum + record.size, 0);
  for (const record of due.slice(places, places + ahead.records)) {
    if (bytes + record.size > ahead.bytes) break;
    picked.push(record);
    bytes += record.size;
  }
  return picked;
}

/** How a delivery attempt ended, as settle writes it down. */
export type SettleOutcome =
  | { state: 'delivered' }
  | { state: 'queued'; nextAttemptAt: number; error: OutboxLastError }
  | { state: 'dead-letter'; error: OutboxLastError };

/**
 * The change an attempt's outcome makes to its record. Delivery wins from any state; the rest
 * apply only to a record still as the attempt left it (`sending`, or `queued` when sent
 * without a lease).
 */
function settleChange(now: number, outcome: SettleOutcome, from: 'sending' | 'queued') {
  return (record: OutboxRecord | undefined): RecordChange => {
    if (!record || record.state === 'delivered') return undefined;
    if (outcome.state === 'delivered') {
      const put = {
        ...record,
        state: outcome.state,
        deliveredAt: now,
        leaseUntil: null,
        lastError: null,
      };
      return { put, dropEnvelope: true };
    }
    if (record.state !== from) return undefined;
    const nextAttemptAt = outcome.state === 'queued' ? outcome.nextAttemptAt : record.nextAttemptAt;
    return {
      put: {
        ...record,
        state: outcome.state,
        nextAttemptAt,
        // An attempt without a lease was not counted when it began.
        attempts: from === 'queued' ? record.attempts + 1 : record.attempts,
        leaseUntil: null,
        lastError: outcome.error,
      },
    };
  };
}

/** An outcome waiting to be written down, and the caller waiting for it. */
interface PendingSettle {
  id: string;
  now: number;
  outcome: SettleOutcome;
  from: 'sending' | 'queued';
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Record-level operations over OutboxDb, shared by Outbox (people) and OutboxSync (delivery). */
export class OutboxStore {
  private readonly listeners = new Set<() => void>();
  /** Leased records whose failed attempt a full disk kept us from writing down: not in flight. */
  private readonly stranded = new Set<string>();

  /** Outcomes that came in while others were being written: the next commit takes them all. */
  private pendingSettles: PendingSettle[] = [];
  private settling: Promise<void> | undefined;
  /** Mirror copies still being written, by id: removing one waits for its write. */
  private readonly copying = new Map<string, Promise<void>>();
  /** The enrolment's write to the mirror: envelopes are mirrored only after it. */
  private enrolmentKept: Promise<void> = Promise.resolve();

  constructor(
    readonly db: OutboxDb,
    readonly mirror?: OutboxMirror,
  ) {}

  /** Keeps the kiosk's enrolment in the mirror, before any envelope sealed under it. */
  mirrorEnrolment(enrolment: unknown): Promise<void> {
    const mirror = this.mirror;
    if (!mirror) return Promise.resolve();
    this.enrolmentKept = this.enrolmentKept
      .catch(() => undefined)
      .then(() => mirror.keepEnrolment(enrolment));
    return this.enrolmentKept;
  }

  /** Calls `listener` after any change to the outbox; returns a function to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** The counter the next submission would take; `add` takes it for good. */
  nextCounter(max: number): Promise<number> {
    return this.db.nextCounter(max);
  }

  private async noteCounter(mirror: OutboxMirror, sequence: number): Promise<void> {
    try {
      await this.enrolmentKept;
      await mirror.noteCounter(sequence);
    } catch (error) {
      console.error('outbox mirror: counter not written', error);
    }
  }

  /**
   * Adds a sealed submission, due at once, taking its counter for good: in the database and,
   * at the same time, in the mirror. Only the database decides:
   * a copy the mirror could not write is logged, and a copy of a submission the database
   * refused is removed again. COUNTER_TAKEN as OutboxDb.insert says.
   */
  async add(record: OutboxRecord, envelope: ArrayBuffer): Promise<void> {
    // Delivery may see the record as soon as the database commits, before the copy lands.
    const mirrored = this.mirrorCopy(record, envelope).finally(() => {
      this.copying.delete(record.id);
    });
    this.copying.set(record.id, mirrored);
    try {
      await this.db.insert(record, envelope);
    } catch (error) {
      await mirrored;
      await this.forgetMirrored(record.id);
      throw error;
    }
    await mirrored;
    this.changed();
  }

  private async mirrorCopy(record: OutboxRecord, envelope: ArrayBuffer): Promise<void> {
    if (!this.mirror) return;
    try {
      await this.enrolmentKept;
      const { id, trackingCode, sequence, createdAt, size } = record;
      await this.mirror.keep({ id, trackingCode, sequence, createdAt, size }, envelope);
      // The copy names its own counter; the counter file catches up off the resident's path.
      void this.noteCounter(this.mirror, sequence);
    } catch (error) {
      console.error('outbox mirror: copy not written', error);
    }
  }

  /**
   * On a disk too full to write down a delivery, the second copies give way: every record
   * they copy is still whole in the database, and a delivery that cannot be recorded would
   * stop the queue. Copies are made again for new submissions once there is room. Says
   * whether any room was freed.
   */
  private async mirrorGivesWay(): Promise<boolean> {
    const mirror = this.mirror;
    if (!mirror) return false;
    try {
      const copies = await mirror.submissions();
      await Promise.all(copies.map((copy) => this.forgetMirrored(copy.id)));
      if (copies.length) console.warn(`outbox mirror: ${copies.length} copies removed, disk full`);
      return copies.length > 0;
    } catch (error) {
      console.error('outbox mirror: no room made', error);
      return false;
    }
  }

  private async forgetMirrored(id: string): Promise<void> {
    await this.copying.get(id); // never fails: mirrorCopy logs its own errors
    try {
      await this.mirror?.forget(id);
    } catch (error) {
      console.error('outbox mirror: copy not removed', error);
    }
  }

  /** Every record, newest first, without envelopes. */
  async list(): Promise<OutboxRecord[]> {
    return (await this.db.records()).sort((a, b) => b.sequence - a.sequence);
  }

  /** One record, without its envelope. */
  get(id: string): Promise<OutboxRecord | undefined> {
    return this.db.record(id);
  }

  /** How many records are in each state, and how much is waiting. */
  async counts(): Promise<OutboxCounts> {
    const [queued, sending, deadLetter, delivered] = await Promise.all([
      this.db.records('queued'),
      this.db.records('sending'),
      this.db.count('dead-letter'),
      this.db.count('delivered'),
    ]);
    const waiting = [...queued, ...sending];
    return {
      queued: queued.length,
      sending: sending.length,
      deadLetter,
      delivered,
      queuedBytes: waiting.reduce((n, r) => n + r.size, 0),
      oldestQueuedAt: waiting.length ? Math.min(...waiting.map((r) => r.createdAt)) : null,
    };
  }

  /** The queued record that would be sent next, and when it is due. */
  async nextDue(now: number, policy: RetryPolicy) {
    return earliestDue(await this.db.dueCandidates(now + trustHorizon(policy)), now, policy);
  }

  /** When the delivery loop should next look: the next due record or lapsing lease. */
  async nextWakeAt(now: number, policy: RetryPolicy, leaseMs: number): Promise<number | undefined> {
    const [due, sending] = await Promise.all([
      this.nextDue(now, policy),
      this.db.records('sending'),
    ]);
    const leases = sending.map((r) =>
      leaseExpired(r.leaseUntil, now, leaseMs) ? now : r.leaseUntil!,
    );
    const times = [...(due ? [due.dueAt] : []), ...leases];
    return times.length ? Math.min(...times) : undefined;
  }

  /**
   * Locks up to `places` due records (state `sending`, with a lease), and more as `ahead`
   * allows, in one commit, and returns them with their bytes in the order they should go.
   */
  async claimDue(
    now: number,
    policy: RetryPolicy,
    leaseMs: number,
    places: number,
    ahead: ClaimAhead = { records: 0, bytes: 0 },
  ): Promise<Claim[]> {
    const max = places + ahead.records;
    const lease = (records: OutboxRecord[]) =>
      dueNow(records, now, policy, places, ahead).map((record) => ({
        ...record,
        state: 'sending' as const,
        attempts: record.attempts + 1,
        leaseUntil: now + leaseMs,
      }));
    for (;;) {
      let claimed;
      try {
        claimed = await this.db.changeDueCandidates(now + trustHorizon(policy), max, lease);
      } catch (error) {
        // A full disk refuses the lease, a write that adds bytes; only deliveries free the
        // space, so send one without it: the id makes a second sender harmless.
        if (!isStorageFull(error)) throw error;
        const next = await this.peekNextDue(now, policy);
        return next ? [next] : [];
      }
      const claims: Claim[] = [];
      for (const { record, envelope } of claimed) {
        if (envelope) claims.push({ record, envelope });
        // Bytes gone without delivery cannot be sent; staff must see it, not a silent loss.
        else
          await this.settle(record.id, now, {
            state: 'dead-letter',
            error: { code: 'ENVELOPE_MISSING' },
          });
      }
      if (claims.length || !claimed.length) return claims;
    }
  }

  /**
   * Gives back leased records that were never sent: queued again with the attempt the lease
   * counted taken back, unless something else has changed them since.
   */
  async unclaim(claims: readonly Claim[]): Promise<void> {
    const leased = claims.filter((claim) => !claim.unleased);
    if (!leased.length) return;
    try {
      await this.db.changeEach(
        leased.map(({ record: claimed }) => ({
          id: claimed.id,
          decide: (record): RecordChange =>
            record?.state === 'sending' && record.leaseUntil === claimed.leaseUntil
              ? {
                  put: {
                    ...record,
                    state: 'queued',
                    leaseUntil: null,
                    attempts: Math.max(0, record.attempts - 1),
                  },
                }
              : undefined,
        })),
      );
    } catch (error) {
      if (!isStorageFull(error)) throw error;
      // Not in flight: the next pass releases them without waiting for the lease to lapse.
      for (const { record } of leased) this.stranded.add(record.id);
      return;
    }
    this.changed();
  }

  /** Locks the next due record (state `sending`, with a lease) and returns it with its bytes. */
  async claimNextDue(
    now: number,
    policy: RetryPolicy,
    leaseMs: number,
  ): Promise<Claim | undefined> {
    return (await this.claimDue(now, policy, leaseMs, 1))[0];
  }

  /** The next due record and its bytes, read without claiming it (the disk is full). */
  private async peekNextDue(now: number, policy: RetryPolicy): Promise<Claim | undefined> {
    const next = await this.nextDue(now, policy);
    if (!next || next.dueAt > now) return undefined;
    const envelope = await this.db.envelope(next.record.id);
    // Missing bytes are marked dead-letter once there is room to write it.
    if (!envelope) return undefined;
    const record = { ...next.record, attempts: next.record.attempts + 1 };
    return { record, envelope, unleased: true };
  }

  /**
   * Records a delivery attempt's outcome (see settleChange). Outcomes that arrive while another
   * is being written are written together, in one commit, once it is done.
   */
  settle(
    id: string,
    now: number,
    outcome: SettleOutcome,
    from: 'sending' | 'queued' = 'sending',
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pendingSettles.push({ id, now, outcome, from, resolve, reject });
      this.settling ??= this.settlePending();
    });
  }

  private async settlePending(): Promise<void> {
    while (this.pendingSettles.length) {
      await this.settleBatch(this.pendingSettles.splice(0));
    }
    this.settling = undefined;
  }

  private async settleBatch(batch: PendingSettle[]): Promise<void> {
    if (batch.length > 1) {
      try {
        await this.db.changeEach(
          batch.map((s) => ({ id: s.id, decide: settleChange(s.now, s.outcome, s.from) })),
        );
        const delivered = batch.filter((s) => s.outcome.state === 'delivered');
        await Promise.all(delivered.map((s) => this.forgetMirrored(s.id)));
        this.changed();
        for (const s of batch) s.resolve();
        return;
      } catch {
        // A full disk, say: each on its own, the way that knows how to make room.
      }
    }
    for (const s of batch) {
      try {
        await this.settleOne(s.id, s.now, s.outcome, s.from);
        s.resolve();
      } catch (error) {
        s.reject(error);
      }
    }
  }

  private async settleOne(
    id: string,
    now: number,
    outcome: SettleOutcome,
    from: 'sending' | 'queued',
  ): Promise<void> {
    const decide = settleChange(now, outcome, from);
    try {
      await this.db.changeRecord(id, decide);
    } catch (error) {
      if (!isStorageFull(error)) throw error;
      // A full disk still allows writes that only delete: free the delivered bytes first, then
      // write the tombstone into the room they leave. A failure that cannot be written down
      // changes nothing: the record waits, whole, for the next attempt (released early below).
      if (outcome.state !== 'delivered') {
        if (from === 'sending') this.stranded.add(id);
        return;
      }
      await this.db.dropEnvelope(id);
      // The mirror's copy shares the quota, and deleting a file frees its room at once.
      await this.forgetMirrored(id);
      try {
        await this.db.changeRecord(id, decide);
      } catch (again) {
        if (!isStorageFull(again) || !(await this.mirrorGivesWay())) throw again;
        await this.db.changeRecord(id, decide);
      }
    }
    if (outcome.state === 'delivered') await this.forgetMirrored(id);
    this.changed();
  }

  /** Puts `sending` records back in the queue: all at start-up, else lapsed or stranded ones. */
  async releaseLeases(now: number, leaseMs: number, all: boolean): Promise<number> {
    const due = (r: OutboxRecord) =>
      all || leaseExpired(r.leaseUntil, now, leaseMs) || this.stranded.has(r.id);
    // Usually none is due: a read then spares every pass a write that would queue behind
    // (and hold up) a resident's submission being stored.
    if (!(await this.db.records('sending')).some(due)) {
      this.stranded.clear();
      return 0;
    }
    const released = await this.db.changeRecords('sending', (records) =>
      records.filter(due).map((r) => ({
        id: r.id,
        change: { put: { ...r, state: 'queued' as const, leaseUntil: null } },
      })),
    );
    this.stranded.clear();
    if (released.length) this.changed();
    return released.length;
  }

  /**
   * Makes queued records that are waiting out a failed attempt due now, except those `skip`
   * names, and returns their ids. For a hub that answers again after an outage: every attempt
   * that ends in the queue failed for the network's or the hub's reason, not the record's, so
   * its delay (up to ten minutes) says nothing about the record once the hub is back. A full
   * disk leaves every delay as it was; nothing else changes.
   */
  async dueAgain(now: number, policy: RetryPolicy, skip: (id: string) => boolean) {
    const waiting = (r: OutboxRecord) =>
      r.lastError !== null && effectiveDueAt(r.nextAttemptAt, now, policy) > now && !skip(r.id);
    // Usually none waits: a read spares the pass a write.
    if (!(await this.db.records('queued')).some(waiting)) return [];
    let revived: OutboxRecord[];
    try {
      revived = await this.db.changeRecords('queued', (records) =>
        records
          .filter(waiting)
          .map((r) => ({ id: r.id, change: { put: { ...r, nextAttemptAt: now } } })),
      );
    } catch (error) {
      if (isStorageFull(error)) return [];
      throw error;
    }
    if (revived.length) this.changed();
    return revived.map((r) => r.id);
  }

  /** Makes a queued or dead-letter record due now. */
  async retry(id: string, now: number): Promise<void> {
    const change = await this.db.changeRecord(id, (record): RecordChange => {
      if (!record || (record.state !== 'queued' && record.state !== 'dead-letter'))
        return undefined;
      return { put: { ...record, state: 'queued', nextAttemptAt: now } };
    });
    if (!change) await this.refuse(id, 'NOT_RETRYABLE');
    this.changed();
  }

  /** Deletes a dead-letter record and its envelope; nothing still deliverable can be discarded. */
  async discard(id: string): Promise<void> {
    const change = await this.db.changeRecord(id, (record): RecordChange =>
      record?.state === 'dead-letter' ? { delete: true } : undefined,
    );
    if (!change) await this.refuse(id, 'NOT_DISCARDABLE');
    await this.forgetMirrored(id);
    this.changed();
  }

  private async refuse(id: string, code: 'NOT_RETRYABLE' | 'NOT_DISCARDABLE'): Promise<never> {
    throw new OutboxError((await this.db.record(id)) ? code : 'NOT_FOUND');
  }

  /** Keeps the newest `keep` delivered tombstones. */
  async pruneTombstones(keep = TOMBSTONES_KEPT): Promise<void> {
    if ((await this.db.count('delivered')) <= keep) return;
    await this.db.changeRecords('delivered', (records) =>
      records
        .sort((a, b) => b.sequence - a.sequence)
        .slice(keep)
        .map((r) => ({ id: r.id, change: { delete: true as const } })),
    );
  }
}
