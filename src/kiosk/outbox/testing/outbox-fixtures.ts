// Putting an outbox in place for tests: a fresh fake IndexedDB, a hub key pair, a manual
// clock with timers, and submissions that look like a resident's.
import { IDBFactory } from 'fake-indexeddb';
import { exportHubPublicKey, generateHubKeyPair, type HubKey } from '../../../protocol/envelope';
import type { SubmissionContent } from '../../../protocol/submission-payload';
import { Outbox, type OutboxConfig, type StorageLike } from '../outbox';
import { OutboxDb } from '../outbox-db';
import { OutboxStore } from '../outbox-store';
import type { Timers } from '../delivery-attempt';

/**
 * A wall clock and timers that move only when the test says so. Timers run on their own
 * monotonic time, as browsers' do: moving the wall clock (`time`) does not move them.
 */
export class ManualClock implements Timers {
  private pending = new Map<number, { due: number; run: () => void }>();
  private nextId = 1;
  private monotonic = 0;

  constructor(public time = Date.UTC(2025, 6, 1, 8, 0, 0)) {}

  now = (): number => this.time;

  setTimeout = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.pending.set(id, { due: this.monotonic + ms, run });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };

  /** Delays of the timers still pending, soonest first. */
  pendingDelays(): number[] {
    return [...this.pending.values()].map((t) => t.due - this.monotonic).sort((a, b) => a - b);
  }

  /** Lets time pass up to the soonest timer and runs it; false if none is pending. */
  fireNext(): boolean {
    const [id, timer] = [...this.pending.entries()].sort((a, b) => a[1].due - b[1].due)[0] ?? [];
    if (id === undefined || !timer) return false;
    this.pending.delete(id);
    const elapsed = Math.max(0, timer.due - this.monotonic);
    this.monotonic += elapsed;
    this.time += elapsed;
    timer.run();
    return true;
  }
}

/** A seeded random in [0, 1), so failures replay. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Gives each test its own empty IndexedDB. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A submission as the wizard hands it over, with a photo. */
export function residentSubmission(name = 'Nguyễn Thị Hoà'): SubmissionContent {
  const photo = new Uint8Array(20_000).map((_, i) => (i * 7) & 0xff);
  return {
    procedureId: 'dang-ky-khai-sinh',
    language: 'vi',
    answers: { 'ho-ten': name, 'so-dien-thoai': '0912345678' },
    attachments: [{ field: 'cccd-front', mediaType: 'image/jpeg', bytes: photo }],
  };
}

/** Plenty of room, persistence granted. */
export const roomyStorage: StorageLike = {
  estimate: async () => ({ usage: 10_000_000, quota: 10_000_000_000 }),
  persisted: async () => false,
  persist: async () => true,
};

/** An enrolled kiosk's outbox over a fresh database, with the hub's private key for checks. */
export async function outboxInPlace(
  options: { clock?: ManualClock; storage?: StorageLike; wake?: () => void } = {},
): Promise<{
  outbox: Outbox;
  store: OutboxStore;
  hubPrivateKey: HubKey;
  clock: ManualClock;
  config: OutboxConfig;
}> {
  const clock = options.clock ?? new ManualClock();
  const keys = await generateHubKeyPair();
  const store = new OutboxStore(new OutboxDb());
  const config: OutboxConfig = {
    kioskId: 'kiosk-hk-0012',
    kioskPrefix: 'K7Q',
    hubPublicKey: await exportHubPublicKey(keys.publicKey),
  };
  const outbox = new Outbox(store, () => config, {
    now: clock.now,
    storage: options.storage ?? roomyStorage,
    ...(options.wake ? { wake: options.wake } : {}),
  });
  return { outbox, store, hubPrivateKey: keys.privateKey, clock, config };
}
