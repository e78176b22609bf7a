// The kiosk's outbox: takes a resident's submission with no network, seals it to the hub, and
// answers with the receipt's code and secret only once the sealed record is committed.
// Only ciphertext and non-personal metadata are stored; the secret and PIN go to the receipt.
import { importHubPublicKey, sealSubmission, type HubKey } from '../../protocol/envelope';
import { derivePin, makeLookupSecret } from '../../protocol/lookup-secret';
import { KIOSK_ID_PATTERN, MAX_ENVELOPE_BYTES, type OutboxCounts } from '../../protocol/submission';
import { encodeSubmissionPayload, type SubmissionContent } from '../../protocol/submission-payload';
import {
  makeTrackingCode,
  normalizeKioskPrefix,
  TRACKING_COUNTER_MAX,
} from '../../protocol/tracking-code';
import type { OutboxRecord } from './outbox-db';
import { OutboxError } from './outbox-error';
import type { OutboxStore } from './outbox-store';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-schedule';

/** What sealing needs, from enrolment: who this kiosk is and the hub's pinned key. */
export interface OutboxConfig {
  kioskId: string;
  kioskPrefix: string;
  /** The hub's HPKE public key as enrolment gave it (raw P-256, base64url). */
  hubPublicKey: string;
}

/** The part of `navigator.storage` the outbox uses. */
export interface StorageLike {
  estimate?(): Promise<{ usage?: number; quota?: number }>;
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
}

/** What the receipt prints: the secret and PIN exist only here, never in storage. */
export interface EnqueueReceipt {
  submissionId: string;
  trackingCode: string;
  lookupSecret: string;
  pin: string;
  createdAt: number;
}

/** Proof that staff mode is open; only the staff-mode module should ask for one. */
export interface StaffCapability {
  readonly grantedAt: number;
}
const issued = new WeakSet<StaffCapability>();

/** Grants the capability discard needs; call only after staff have signed in to staff mode. */
export function grantStaffCapability(now = Date.now()): StaffCapability {
  const capability = Object.freeze({ grantedAt: now });
  issued.add(capability);
  return capability;
}

// Envelope bytes beyond the payload: header, encapsulated key and tag, with room to spare.
const ENVELOPE_OVERHEAD = 512;
// How often one submission is sealed again because other pages took its counter first.
const MAX_SEALS = 3;
// Free space kept beyond twice the envelope, for the browser's own bookkeeping.
const STORAGE_MARGIN = 16 * 1024 * 1024;

/** Enqueue, list, counts, retry, discard and nextDue: everything screens need from the outbox. */
export class Outbox {
  private hubKey: { text: string; key: Promise<HubKey> } | undefined;
  private readonly now: () => number;
  private readonly policy: RetryPolicy;
  private readonly storage: StorageLike | undefined;
  private readonly wake: () => void;
  private persistence: Promise<boolean | undefined> | undefined;
  /** The submission being sealed and stored now; the next one waits for it. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: OutboxStore,
    private readonly config: () => OutboxConfig | undefined,
    options: {
      now?: () => number;
      storage?: StorageLike;
      /** Called after enqueue and retry, to start delivery at once. */
      wake?: () => void;
      policy?: RetryPolicy;
    } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.storage = 'storage' in options ? options.storage : globalThis.navigator?.storage;
    this.wake = options.wake ?? (() => undefined);
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
  }

  /** Asks once for persistent storage so the browser will not evict queued envelopes. */
  requestPersistence(): Promise<boolean | undefined> {
    this.persistence ??= (async () => {
      try {
        if (await this.storage?.persisted?.()) return true;
        return await this.storage?.persist?.();
      } catch {
        return undefined;
      }
    })();
    return this.persistence;
  }

  /** Seals and stores a submission; resolves only after the record is committed. */
  async enqueue(submission: SubmissionContent): Promise<EnqueueReceipt> {
    const config = this.config();
    if (
      !config ||
      !KIOSK_ID_PATTERN.test(config.kioskId) ||
      normalizeKioskPrefix(config.kioskPrefix) !== config.kioskPrefix
    ) {
      throw new OutboxError('NOT_ENROLLED');
    }
    void this.requestPersistence();
    const hubPublicKey = await this.hubPublicKey(config.hubPublicKey);
    const lookupSecret = makeLookupSecret();
    let payload: Uint8Array;
    try {
      payload = encodeSubmissionPayload({ ...submission, lookupSecret });
    } catch (error) {
      throw new OutboxError('INVALID_SUBMISSION', { cause: error });
    }
    try {
      const expected = payload.length + ENVELOPE_OVERHEAD;
      if (expected > MAX_ENVELOPE_BYTES) throw new OutboxError('TOO_LARGE');
      await this.checkRoom(expected);
      const sealed = await this.inTurn(() => this.sealAndAdd(config, hubPublicKey, payload));
      this.wake();
      return { ...sealed, lookupSecret, pin: await derivePin(lookupSecret) };
    } finally {
      payload.fill(0); // the plaintext does not outlive this call
    }
  }

  // One submission at a time in this page, so this page's commits come in counter order.
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  /**
   * Seals the payload under the next counter and commits it with that counter, in one strict
   * write. A page in another tab may commit the same counter first (COUNTER_TAKEN): then the
   * payload is sealed again under the next one, a few times at most.
   */
  private async sealAndAdd(config: OutboxConfig, hubPublicKey: HubKey, payload: Uint8Array) {
    for (let attempt = 1; ; attempt++) {
      const sequence = await this.store.nextCounter(TRACKING_COUNTER_MAX);
      const trackingCode = makeTrackingCode(config.kioskPrefix, sequence);
      const submissionId = globalThis.crypto.randomUUID();
      const createdAt = this.now();
      const envelope = await sealSubmission({
        hubPublicKey,
        submissionId,
        kioskId: config.kioskId,
        trackingCode,
        payload,
        createdAt,
      });
      const record: OutboxRecord = {
        id: submissionId,
        trackingCode,
        sequence,
        state: 'queued',
        attempts: 0,
        nextAttemptAt: createdAt,
        leaseUntil: null,
        lastError: null,
        createdAt,
        deliveredAt: null,
        size: envelope.byteLength,
      };
      try {
        await this.store.add(record, envelope.buffer);
        return { submissionId, trackingCode, createdAt };
      } catch (error) {
        const taken = error instanceof OutboxError && error.code === 'COUNTER_TAKEN';
        if (!taken || attempt >= MAX_SEALS) throw error;
      }
    }
  }

  private hubPublicKey(text: string): Promise<HubKey> {
    // Re-enrolment may pin a new key: the cache holds only the key for the current text.
    if (this.hubKey?.text !== text) {
      const key = importHubPublicKey(text).catch((error: unknown) => {
        this.hubKey = undefined;
        throw new OutboxError('NOT_ENROLLED', { cause: error });
      });
      this.hubKey = { text, key };
    }
    return this.hubKey.key;
  }

  // Since Chromium 138 estimate() reports usage plus a fixed quota, so this rarely refuses
  // there; the strict write is the real guard (QuotaExceededError becomes STORAGE_FULL).
  private async checkRoom(bytes: number): Promise<void> {
    let estimate: { usage?: number; quota?: number } | undefined;
    try {
      estimate = await this.storage?.estimate?.();
    } catch {
      return; // no estimate: the write itself will tell us if the disk is full
    }
    if (estimate?.quota === undefined) return;
    if (estimate.quota - (estimate.usage ?? 0) < bytes * 2 + STORAGE_MARGIN) {
      throw new OutboxError('STORAGE_FULL');
    }
  }

  /** Every record (codes, states, times, errors), newest first; never any envelope bytes. */
  list(): Promise<OutboxRecord[]> {
    return this.store.list();
  }

  /** Counts per state for staff and the heartbeat. */
  counts(): Promise<OutboxCounts> {
    return this.store.counts();
  }

  /** Staff: sends a dead-letter (or waiting) record again now. */
  async retry(id: string): Promise<void> {
    await this.store.retry(id, this.now());
    this.wake();
  }

  /** Staff only: deletes a dead-letter record. Needs a capability from grantStaffCapability. */
  async discard(id: string, staff: StaffCapability): Promise<void> {
    if (!issued.has(staff)) throw new OutboxError('STAFF_ONLY');
    await this.store.discard(id);
  }

  /** The record the delivery loop will send next, and when (clock jumps accounted for). */
  nextDue(now = this.now()): Promise<{ record: OutboxRecord; dueAt: number } | undefined> {
    return this.store.nextDue(now, this.policy);
  }
}
