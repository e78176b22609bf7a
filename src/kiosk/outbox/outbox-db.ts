// The one module that knows the outbox database: its name, version, stores, indexes and
// upgrades. What lives where:
//   submissions  one small record per submission (ids, code, state, times, last error) —
//                never personal data; kept after delivery as a tombstone for status
//   envelopes    the sealed bytes (ArrayBuffer) by submission id, deleted on delivery
//   meta         `tracking-counter`: the last counter used for a tracking code, never reused
// Envelopes sit apart from records so staff lists and heartbeat counts never read megabytes.
// The `by-due` index (state, next attempt, sequence) lets the delivery loop find the next
// record without reading the whole queue, which a thousand queued records made slow.
// Every write is a `durability: 'strict'` transaction, and inside a transaction nothing is
// awaited but that transaction's own requests.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { OutboxError, toOutboxError } from './outbox-error';

/** The database's name in the kiosk's origin. */
export const OUTBOX_DB_NAME = 'dvc-kiosk-outbox';

/** Where a submission is on its way to the hub. */
export type OutboxState = 'queued' | 'sending' | 'delivered' | 'dead-letter';

/** The last failure, as staff see it: our code, the hub's status and its message. */
export interface OutboxLastError {
  code: string;
  status?: number;
  message?: string;
}

/** One submission's non-personal metadata; its envelope lives in the `envelopes` store. */
export interface OutboxRecord {
  /** UUID made once at submit: the idempotency key for every delivery attempt. */
  id: string;
  trackingCode: string;
  /** The tracking-code counter: orders delivery without trusting the clock. */
  sequence: number;
  state: OutboxState;
  attempts: number;
  /** Kiosk-clock ms; read through effectiveDueAt, never trusted beyond the longest delay. */
  nextAttemptAt: number;
  /** While `sending`: when the lock lapses if the sender died. */
  leaseUntil: number | null;
  lastError: OutboxLastError | null;
  createdAt: number;
  deliveredAt: number | null;
  /** Envelope size in bytes (kept on the tombstone for the record). */
  size: number;
}

interface OutboxSchema extends DBSchema {
  submissions: {
    key: string;
    value: OutboxRecord;
    indexes: { 'by-state': OutboxState; 'by-due': [OutboxState, number, number] };
  };
  envelopes: { key: string; value: ArrayBuffer };
  meta: { key: string; value: number };
}

type StoreName = 'submissions' | 'envelopes' | 'meta';

/** One upgrade step, written against the stores as they were at that version. */
export type OutboxMigration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void;

/** Upgrade steps; step i takes a database from version i to i + 1. Append, never edit. */
export const OUTBOX_MIGRATIONS: readonly OutboxMigration[] = [
  (db) => {
    db.createObjectStore('submissions', { keyPath: 'id' }).createIndex('by-state', 'state');
    db.createObjectStore('envelopes');
    db.createObjectStore('meta');
  },
  (_db, tx) => {
    tx.objectStore('submissions').createIndex('by-due', ['state', 'nextAttemptAt', 'sequence']);
  },
];

// Every queued record in due order, and those due strictly later than a time, in `by-due`.
const allQueued = () =>
  IDBKeyRange.bound(['queued', -Infinity, -Infinity], ['queued', Infinity, Infinity]);
const queuedAfter = (time: number) =>
  IDBKeyRange.bound(['queued', time, Infinity], ['queued', Infinity, Infinity], true);

/** The `by-due` index in a read or a write transaction. */
interface DueIndex {
  getAll(query: IDBKeyRange, count?: number): Promise<OutboxRecord[]>;
}

async function dueCandidatesIn(
  index: DueIndex,
  trustedUntil: number,
  count = 1,
): Promise<OutboxRecord[]> {
  const first = await index.getAll(allQueued(), count);
  const later = await index.getAll(queuedAfter(trustedUntil));
  const found = new Map<string, OutboxRecord>();
  for (const record of [...first, ...later]) found.set(record.id, record);
  return [...found.values()];
}

const COUNTER_KEY = 'tracking-counter';

/** What a change to one record does: write it (and maybe drop its envelope), or delete it. */
export type RecordChange =
  { put: OutboxRecord; dropEnvelope?: boolean } | { delete: true } | undefined;

/** The outbox database: typed reads and strict, all-or-nothing writes. */
export class OutboxDb {
  private opening: Promise<IDBPDatabase<OutboxSchema>> | undefined;

  constructor(
    private readonly name = OUTBOX_DB_NAME,
    private readonly migrations: readonly OutboxMigration[] = OUTBOX_MIGRATIONS,
  ) {}

  /** Opens (and upgrades) the database; fails with STORAGE_UNAVAILABLE, e.g. if it is newer. */
  open(): Promise<IDBPDatabase<OutboxSchema>> {
    const migrations = this.migrations;
    this.opening ??= openDB<OutboxSchema>(this.name, migrations.length, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? migrations.length); v++) {
          migrations[v]!(db as unknown as IDBPDatabase<unknown>, tx as never);
        }
      },
      // A newer kiosk version in another tab needs the database: let it go, reopen later.
      blocking: () => this.close(),
      terminated: () => {
        this.opening = undefined;
      },
    }).catch((error: unknown) => {
      this.opening = undefined;
      throw toOutboxError(error);
    });
    return this.opening;
  }

  /** Closes the connection; the next call reopens it. */
  close(): void {
    const opening = this.opening;
    this.opening = undefined;
    void opening?.then((db) => db.close()).catch(() => undefined);
  }

  private async read<T>(body: (db: IDBPDatabase<OutboxSchema>) => Promise<T>): Promise<T> {
    try {
      return await body(await this.open());
    } catch (error) {
      throw toOutboxError(error);
    }
  }

  private async write<S extends StoreName, T>(
    stores: S[],
    body: (tx: IDBPTransaction<OutboxSchema, S[], 'readwrite'>) => Promise<T>,
  ): Promise<T> {
    const db = await this.open();
    let tx: IDBPTransaction<OutboxSchema, S[], 'readwrite'> | undefined;
    try {
      tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
      const done = tx.done;
      done.catch(() => undefined); // awaited below; this only keeps an abort from going unseen
      const result = await body(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already committed or aborted.
      }
      throw toOutboxError(error);
    }
  }

  /** The counter the next submission would take; only `insert` takes it for good. */
  async nextCounter(max: number): Promise<number> {
    const next = ((await this.read((db) => db.get('meta', COUNTER_KEY))) ?? 0) + 1;
    if (next > max) throw new OutboxError('COUNTER_EXHAUSTED');
    return next;
  }

  /** Moves the counter up to at least `highest` (never down): no code is handed out twice. */
  raiseCounter(highest: number): Promise<void> {
    return this.write(['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      if (((await meta.get(COUNTER_KEY)) ?? 0) < highest) await meta.put(highest, COUNTER_KEY);
    });
  }

  /** Stores `record` and its envelope unless a record with its id exists; says which. */
  insertIfAbsent(record: OutboxRecord, envelope: ArrayBuffer): Promise<boolean> {
    return this.write(['submissions', 'envelopes'], async (tx) => {
      if (await tx.objectStore('submissions').getKey(record.id)) return false;
      await tx.objectStore('envelopes').put(envelope, record.id);
      await tx.objectStore('submissions').add(record);
      return true;
    });
  }

  /**
   * Stores a new record and its envelope, and moves the counter up to the record's sequence:
   * all three together, in one committed transaction, or none. COUNTER_TAKEN, storing nothing,
   * when the counter has already reached that sequence (a submission from another page took
   * it after this one read it): the caller seals again under a fresh counter.
   */
  insert(record: OutboxRecord, envelope: ArrayBuffer): Promise<void> {
    return this.write(['submissions', 'envelopes', 'meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      if (record.sequence <= ((await meta.get(COUNTER_KEY)) ?? 0)) {
        throw new OutboxError('COUNTER_TAKEN');
      }
      await meta.put(record.sequence, COUNTER_KEY);
      await tx.objectStore('envelopes').add(envelope, record.id);
      await tx.objectStore('submissions').add(record);
    });
  }

  /** Reads the records in one state (all if none given), without envelopes. */
  records(state?: OutboxState): Promise<OutboxRecord[]> {
    return this.read((db) =>
      state ? db.getAllFromIndex('submissions', 'by-state', state) : db.getAll('submissions'),
    );
  }

  /** Counts the records in one state from the index, reading no values. */
  count(state: OutboxState): Promise<number> {
    return this.read((db) => db.countFromIndex('submissions', 'by-state', state));
  }

  /** One record, without its envelope. */
  record(id: string): Promise<OutboxRecord | undefined> {
    return this.read((db) => db.get('submissions', id));
  }

  /** A record's sealed bytes, while it still has them. */
  envelope(id: string): Promise<ArrayBuffer | undefined> {
    return this.read((db) => db.get('envelopes', id));
  }

  /**
   * The queued record first in due order, plus every queued record due after `trustedUntil`
   * (times a clock that has since moved back wrote): all it takes to find the earliest due.
   */
  dueCandidates(trustedUntil: number): Promise<OutboxRecord[]> {
    return this.read((db) =>
      dueCandidatesIn(db.transaction('submissions').store.index('by-due'), trustedUntil),
    );
  }

  /**
   * Reads the first `count` queued records in due order and those due after `trustedUntil`
   * (see dueCandidates), writes the records `decide` returns and reads their envelopes, all in
   * one transaction: a batch of claims costs one commit.
   */
  changeDueCandidates(
    trustedUntil: number,
    count: number,
    decide: (candidates: OutboxRecord[]) => OutboxRecord[],
  ): Promise<Array<{ record: OutboxRecord; envelope: ArrayBuffer | undefined }>> {
    return this.write(['submissions', 'envelopes'], async (tx) => {
      const index = tx.objectStore('submissions').index('by-due');
      const changed = decide(await dueCandidatesIn(index, trustedUntil, count));
      const claimed = [];
      for (const record of changed) {
        await this.apply(tx, record.id, { put: record });
        claimed.push({ record, envelope: await tx.objectStore('envelopes').get(record.id) });
      }
      return claimed;
    });
  }

  /** Deletes a record's envelope alone: a write a full disk still allows, as it adds nothing. */
  dropEnvelope(id: string): Promise<void> {
    return this.write(['envelopes'], async (tx) => {
      await tx.objectStore('envelopes').delete(id);
    });
  }

  /** Reads one record and applies `decide`'s change in the same transaction. */
  changeRecord(id: string, decide: (record: OutboxRecord | undefined) => RecordChange) {
    return this.write(['submissions', 'envelopes'], async (tx) => {
      const change = decide(await tx.objectStore('submissions').get(id));
      await this.apply(tx, id, change);
      return change;
    });
  }

  /** Like changeRecord for several records at once: one transaction, one commit. */
  changeEach(
    changes: ReadonlyArray<{
      id: string;
      decide: (record: OutboxRecord | undefined) => RecordChange;
    }>,
  ): Promise<RecordChange[]> {
    return this.write(['submissions', 'envelopes'], async (tx) => {
      const made: RecordChange[] = [];
      for (const { id, decide } of changes) {
        const change = decide(await tx.objectStore('submissions').get(id));
        await this.apply(tx, id, change);
        made.push(change);
      }
      return made;
    });
  }

  /** Reads every record in a state and applies the changes `decide` returns, all at once. */
  changeRecords(
    state: OutboxState,
    decide: (records: OutboxRecord[]) => Array<{ id: string; change: RecordChange }>,
  ): Promise<OutboxRecord[]> {
    return this.write(['submissions', 'envelopes'], async (tx) => {
      const records = await tx.objectStore('submissions').index('by-state').getAll(state);
      const changed: OutboxRecord[] = [];
      for (const { id, change } of decide(records)) {
        await this.apply(tx, id, change);
        if (change && 'put' in change) changed.push(change.put);
      }
      return changed;
    });
  }

  private async apply(
    tx: IDBPTransaction<OutboxSchema, Array<'submissions' | 'envelopes'>, 'readwrite'>,
    id: string,
    change: RecordChange,
  ): Promise<void> {
    if (!change) return;
    if ('delete' in change || change.dropEnvelope) await tx.objectStore('envelopes').delete(id);
    if ('delete' in change) await tx.objectStore('submissions').delete(id);
    else await tx.objectStore('submissions').put(change.put);
  }
}
