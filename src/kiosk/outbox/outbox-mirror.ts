// The outbox's second copy, kept outside IndexedDB. A browser killed mid-write can find its
// IndexedDB damaged at the next start and discard the origin's databases whole; the resident
// already holds a printed receipt by then. So every sealed envelope is also written to a
// folder (the origin private file system in the browser) with the record's fixed facts, and
// with it the kiosk's enrolment and the highest tracking counter handed out. At start-up
// outbox-recovery.ts rebuilds from here whatever IndexedDB lost. Only ciphertext, tracking
// codes, counters and the enrolment are kept: nothing personal.

/** A flat folder of files, each written whole or not at all. */
export interface MirrorFolder {
  /**
   * Replaces `name` with `parts`, one after another, atomically; resolves once the bytes are
   * handed to the disk. Parts spare the caller joining a large buffer into a copy.
   */
  write(name: string, ...parts: Uint8Array[]): Promise<void>;
  /** The first `length` bytes of `name` (all if omitted), or undefined if there is no such file. */
  read(name: string, length?: number): Promise<Uint8Array | undefined>;
  /** Every file name. */
  names(): Promise<string[]>;
  /** Deletes `name`; a missing file is not an error. */
  remove(name: string): Promise<void>;
}

/** The fixed facts of one submission, enough to queue it again. */
export interface MirroredSubmission {
  id: string;
  trackingCode: string;
  sequence: number;
  createdAt: number;
  size: number;
}

const ENROLMENT_FILE = 'enrolment.json';
const COUNTER_FILE = 'counter.json';
const PREFIX = 'submission-';
const FORMAT = 1;
/** Bytes before the header: its length, big-endian. */
const LENGTH_BYTES = 4;
/** Headers are a few hundred bytes; anything longer is not one of ours. */
const MAX_HEADER = 4096;
const ID_PATTERN = /^[0-9a-f-]{36}$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function fileOf(id: string): string {
  return PREFIX + id;
}

function json(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

function parse(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return undefined; // a damaged file counts as none
  }
}

function readHeader(data: unknown): MirroredSubmission | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const h = data as Record<string, unknown>;
  if (h.format !== FORMAT) return undefined;
  const { id, trackingCode, sequence, createdAt, size } = h;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
  if (typeof trackingCode !== 'string' || !Number.isSafeInteger(sequence)) return undefined;
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(size)) return undefined;
  return { id, trackingCode, sequence: sequence as number, createdAt, size: size as number };
}

/**
 * Envelopes, the enrolment and the counter's high-water mark, one file each. A copy's own
 * file says its counter, so the counter file only has to cover copies that are gone: it is
 * written after a copy is kept, off the resident's path, and a copy is forgotten only once
 * the counter file covers it. (Copies a page before this one made are covered at start-up:
 * recovery notes the highest counter it finds.)
 */
export class OutboxMirror {
  /** The highest counter noted by this page, and the write that records it, in order. */
  private highest = 0;
  /** The highest counter known to be in the counter file. */
  private written = 0;
  private counterWrite: Promise<void> = Promise.resolve();
  /** Counters of the copies this page kept, by id, until they are forgotten. */
  private readonly counters = new Map<string, number>();

  constructor(private readonly folder: MirrorFolder) {}

  /** Keeps a sealed envelope and its facts; resolves once written. */
  async keep(submission: MirroredSubmission, envelope: ArrayBuffer): Promise<void> {
    const header = json({ format: FORMAT, ...submission });
    const start = new Uint8Array(LENGTH_BYTES + header.length);
    new DataView(start.buffer).setUint32(0, header.length);
    start.set(header, LENGTH_BYTES);
    this.counters.set(submission.id, submission.sequence);
    await this.folder.write(fileOf(submission.id), start, new Uint8Array(envelope));
  }

  /**
   * Drops an envelope the hub has (or staff discarded), once the counter file covers its
   * counter. Should that write fail (a full disk), the copy is still dropped: room matters
   * more then, and the outbox's own counter still holds the number.
   */
  async forget(id: string): Promise<void> {
    const sequence = this.counters.get(id);
    if (sequence !== undefined) {
      await this.noteCounter(sequence).catch((error: unknown) => {
        console.error('outbox mirror: counter not written before a copy was removed', error);
      });
    }
    await this.folder.remove(fileOf(id));
    this.counters.delete(id);
  }

  /** The facts of every kept envelope, without reading the envelopes; damaged files skipped. */
  async submissions(): Promise<MirroredSubmission[]> {
    const found: MirroredSubmission[] = [];
    for (const name of await this.folder.names()) {
      const facts = name.startsWith(PREFIX) ? await this.facts(name) : undefined;
      if (facts) found.push(facts);
    }
    return found.sort((a, b) => a.sequence - b.sequence);
  }

  private async facts(name: string): Promise<MirroredSubmission | undefined> {
    const start = await this.folder.read(name, LENGTH_BYTES + MAX_HEADER);
    if (!start || start.length < LENGTH_BYTES) return undefined;
    const length = new DataView(start.buffer, start.byteOffset).getUint32(0);
    if (length > MAX_HEADER || start.length < LENGTH_BYTES + length) return undefined;
    const header = readHeader(parse(start.subarray(LENGTH_BYTES, LENGTH_BYTES + length)));
    return header && fileOf(header.id) === name ? header : undefined;
  }

  /**
   * Removes files that are none of ours, such as the temporary file of a write the browser
   * died in (".crswap" in Chromium), and copies whose facts cannot be read (nothing could send
   * them); returns how many. Only at start-up, before any write.
   */
  async sweep(): Promise<number> {
    let removed = 0;
    for (const name of await this.folder.names()) {
      if (name === ENROLMENT_FILE || name === COUNTER_FILE) continue;
      if (name.startsWith(PREFIX) && (await this.facts(name))) continue;
      try {
        await this.folder.remove(name);
        removed++;
      } catch {
        // Still open elsewhere: the next start tries again.
      }
    }
    return removed;
  }

  /** A kept envelope's bytes, if they are whole. */
  async envelope(submission: MirroredSubmission): Promise<ArrayBuffer | undefined> {
    const bytes = await this.folder.read(fileOf(submission.id));
    if (!bytes || bytes.length < LENGTH_BYTES) return undefined;
    const start = LENGTH_BYTES + new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
    if (bytes.length - start !== submission.size) return undefined;
    return bytes.slice(start).buffer;
  }

  /** Keeps the kiosk's enrolment as saved (it is unvalidated here; readers validate it). */
  keepEnrolment(enrolment: unknown): Promise<void> {
    return this.folder.write(ENROLMENT_FILE, json(enrolment));
  }

  /** The kept enrolment, or undefined. */
  async enrolment(): Promise<unknown> {
    return parse(await this.folder.read(ENROLMENT_FILE));
  }

  /** Notes that tracking counter `sequence` has been handed out; resolves once on disk. */
  noteCounter(sequence: number): Promise<void> {
    this.highest = Math.max(this.highest, sequence);
    if (this.highest <= this.written) return Promise.resolve();
    // One write after another, each of the highest so far: a slow earlier write can never
    // land last with a lower number, and notes made while one is under way share the next.
    const write = this.counterWrite
      .catch(() => undefined)
      .then(async () => {
        const highest = this.highest;
        if (highest <= this.written) return;
        await this.folder.write(COUNTER_FILE, json({ highest }));
        this.written = Math.max(this.written, highest);
      });
    this.counterWrite = write;
    return write;
  }

  /** The highest tracking counter noted, 0 if none. */
  async highestCounter(): Promise<number> {
    const data = parse(await this.folder.read(COUNTER_FILE)) as { highest?: unknown } | undefined;
    const highest = data?.highest;
    return Number.isSafeInteger(highest) && (highest as number) > 0 ? (highest as number) : 0;
  }
}
