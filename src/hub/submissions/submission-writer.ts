// Storing submissions in batches. Each statement carries every submission that arrived while
// the statements before it ran: under load, one statement and one commit for tens of PUTs
// instead of one each (PGlite runs statements one at a time on the hub's own thread, so this
// is most of what a PUT costs it; PostgreSQL saves round trips and commits). A lone PUT on an
// idle hub is stored at once, alone.
//
// Under load most PUTs are still being opened and their bytes written when a statement could
// start, and each reaches the writer on a turn of its own: started at once, statements would
// carry two or three submissions and PGlite would spend most of its time on commits. So a PUT
// says it is coming (`expect`) as soon as it starts, and a statement about to start waits for
// those on their way, a few milliseconds at most, then carries them all.
import type { Queryable } from '../storage/database';
import { storeSubmissions, type NewSubmission, type SubmissionOutcome } from './submission-rows';

/** Stores one submission as storeSubmissions would, sharing a statement with others. */
export interface SubmissionWriter {
  store(submission: NewSubmission): Promise<SubmissionOutcome>;
  /** Says one submission is on its way, so the statement about to start may wait for it. */
  expect(): ExpectedSubmission;
}

/** A submission the writer waits for, until it is stored or given up. */
export interface ExpectedSubmission {
  store(submission: NewSubmission): Promise<SubmissionOutcome>;
  /** It will not come (refused, or failed first); nothing once stored, and nothing twice. */
  cancel(): void;
}

export interface SubmissionWriterOptions {
  /** Statements running at once (1 suits PGlite, which runs one at a time anyway). */
  inFlight: number;
  /** Submissions one statement carries at most. */
  maxBatch?: number;
  /** How long the first submission in the queue may wait for expected ones (default 10 ms). */
  lingerMs?: number;
  /** Milliseconds from a fixed point (tests); performance.now by default. */
  now?: () => number;
}

interface Waiter {
  submission: NewSubmission;
  queuedAt: number;
  resolve: (outcome: SubmissionOutcome) => void;
  reject: (error: unknown) => void;
}

// One statement for `batch`. Two PUTs of one id in a batch (parallel duplicates) become one
// row in the statement; the others are answered with the row it found or stored, as the
// unique index would have answered them one by one.
async function storeBatch(q: Queryable, batch: Waiter[]): Promise<void> {
  const groups = new Map<string, Waiter[]>();
  for (const waiter of batch) {
    const group = groups.get(waiter.submission.id);
    if (group) group.push(waiter);
    else groups.set(waiter.submission.id, [waiter]);
  }
  const firsts = [...groups.values()];
  let outcomes: SubmissionOutcome[];
  try {
    outcomes = await storeSubmissions(
      q,
      firsts.map((group) => group[0]!.submission),
    );
  } catch (error) {
    if (firsts.length === 1) {
      for (const waiter of batch) waiter.reject(error);
      return;
    }
    // Whatever failed, it fails alone: each submission is tried again in its own statement.
    for (const group of firsts) await storeBatch(q, group);
    return;
  }
  firsts.forEach((group, i) => {
    const outcome = outcomes[i]!;
    group[0]!.resolve(outcome);
    for (const duplicate of group.slice(1)) duplicate.resolve({ ...outcome, stored: false });
  });
}

/** A writer over `q`. */
export function createSubmissionWriter(
  q: Queryable,
  options: SubmissionWriterOptions,
): SubmissionWriter {
  const maxBatch = options.maxBatch ?? 100;
  const lingerMs = options.lingerMs ?? 10;
  const now = options.now ?? (() => performance.now());
  const queue: Waiter[] = [];
  let running = 0;
  let expected = 0;
  let scheduled = false;
  let linger: NodeJS.Timeout | undefined;
  // Whether the next statement should wait for expected submissions, and how long.
  const waitFor = () => {
    if (expected === 0 || queue.length >= maxBatch) return 0;
    return queue[0]!.queuedAt + lingerMs - now();
  };
  const pump = () => {
    scheduled = false;
    while (running < options.inFlight && queue.length) {
      const wait = waitFor();
      if (wait > 0) {
        linger ??= setTimeout(() => {
          linger = undefined;
          schedule();
        }, Math.ceil(wait));
        return;
      }
      clearTimeout(linger);
      linger = undefined;
      const batch = queue.splice(0, maxBatch);
      running++;
      void storeBatch(q, batch).finally(() => {
        running--;
        schedule();
      });
    }
  };
  // A statement starts on the next turn of the event loop, so PUTs finishing in this one
  // (their envelopes opened, their blobs written) share it.
  const schedule = () => {
    if (scheduled || !queue.length) return;
    scheduled = true;
    setImmediate(pump);
  };
  const store = (submission: NewSubmission) =>
    new Promise<SubmissionOutcome>((resolve, reject) => {
      queue.push({ submission, queuedAt: now(), resolve, reject });
      schedule();
    });
  return {
    store,
    expect() {
      expected++;
      let waiting = true;
      const arrived = () => {
        if (!waiting) return false;
        waiting = false;
        expected--;
        return true;
      };
      return {
        store(submission) {
          arrived();
          return store(submission);
        },
        cancel() {
          if (arrived()) schedule();
        },
      };
    },
  };
}
