// Storing submissions in batches. Each statement carries every submission that arrived while
// the statements before it ran: under load, one statement and one commit for tens of PUTs
// instead of one each (PGlite runs statements one at a time on the hub's own thread, so this
// is most of what a PUT costs it; PostgreSQL saves round trips and commits). A lone PUT on an
// idle hub is stored at once, alone.
import type { Queryable } from '../storage/database';
import { storeSubmissions, type NewSubmission, type SubmissionOutcome } from './submission-rows';

/** Stores one submission as storeSubmissions would, sharing a statement with others. */
export interface SubmissionWriter {
  store(submission: NewSubmission): Promise<SubmissionOutcome>;
}

export interface SubmissionWriterOptions {
  /** Statements running at once (1 suits PGlite, which runs one at a time anyway). */
  inFlight: number;
  /** Submissions one statement carries at most. */
  maxBatch?: number;
}

interface Waiter {
  submission: NewSubmission;
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
  const queue: Waiter[] = [];
  let running = 0;
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    while (running < options.inFlight && queue.length) {
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
  return {
    store(submission) {
      return new Promise((resolve, reject) => {
        queue.push({ submission, resolve, reject });
        schedule();
      });
    },
  };
}
