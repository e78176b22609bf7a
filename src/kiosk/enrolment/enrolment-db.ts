// The one module that knows the enrolment database: its name, version and store. It holds who
// this kiosk is to the hub — id, code prefix, token and the hub's public key pinned at
// enrolment. None of it is personal data, so no session wipe touches it; it lives apart from
// the config database so that a config reset can never unenrol the kiosk.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The database's name in the kiosk's origin. */
export const ENROLMENT_DB_NAME = 'dvc-kiosk-enrolment';
const VERSION = 1;
const CURRENT = 'current';

interface EnrolmentSchema extends DBSchema {
  /** One record, key "current", unvalidated here: an older kiosk version may have written it. */
  enrolment: { key: string; value: unknown };
}

/** Reads and writes the one saved enrolment, with strict durability. */
export class EnrolmentDb {
  private opening: Promise<IDBPDatabase<EnrolmentSchema>> | undefined;

  constructor(private readonly name = ENROLMENT_DB_NAME) {}

  private open(): Promise<IDBPDatabase<EnrolmentSchema>> {
    this.opening ??= openDB<EnrolmentSchema>(this.name, VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('enrolment');
      },
      blocking: () => this.close(),
      terminated: () => {
        this.opening = undefined;
      },
    }).catch((error: unknown) => {
      this.opening = undefined; // the next call tries again
      throw error;
    });
    return this.opening;
  }

  /** The saved enrolment as stored, or undefined. */
  async read(): Promise<unknown> {
    return (await this.open()).get('enrolment', CURRENT);
  }

  /** Replaces the saved enrolment (staff enrolled again with a code). */
  async replace(record: unknown): Promise<void> {
    const tx = (await this.open()).transaction('enrolment', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(record, CURRENT), tx.done]);
  }

  /**
   * Saves `record` unless a record that `keep` accepts is there already (another page enrolled
   * first); returns whichever is saved afterwards.
   */
  async saveUnlessKept(record: unknown, keep: (existing: unknown) => boolean): Promise<unknown> {
    const tx = (await this.open()).transaction('enrolment', 'readwrite', { durability: 'strict' });
    const existing = await tx.store.get(CURRENT);
    const kept = existing !== undefined && keep(existing);
    if (!kept) await tx.store.put(record, CURRENT);
    await tx.done;
    return kept ? existing : record;
  }

  /** Closes the connection; the next call reopens it. */
  close(): void {
    const opening = this.opening;
    this.opening = undefined;
    void opening?.then((db) => db.close()).catch(() => undefined);
  }
}
