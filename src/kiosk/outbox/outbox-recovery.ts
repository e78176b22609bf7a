// Start-up, before enrolment and delivery begin: whatever the mirror holds and IndexedDB lost
// is put back. A browser that discarded its damaged IndexedDB would otherwise enrol again as
// a new kiosk, hand out tracking codes already printed, and never send the envelopes residents
// hold receipts for. Runs before anything else opens the outbox, so nothing races it.
import type { EnrolmentDb } from '../enrolment/enrolment-db';
import { readSavedEnrolment } from '../enrolment/enrolment-record';
import type { OutboxDb, OutboxRecord } from './outbox-db';
import type { OutboxMirror } from './outbox-mirror';

/** What recovery put back, for the log and for tests. */
export interface Recovery {
  enrolmentRestored: boolean;
  /** The counter afterwards is at least this (0: the mirror noted none). */
  counterAtLeast: number;
  /** Codes queued again from the mirror. */
  requeued: string[];
  /** Mirror copies of delivered submissions, removed. */
  forgotten: number;
  /** Mirror copies whose bytes were cut short, so could not be queued; removed. */
  unreadable: string[];
  /** Leftovers removed, such as the temporary file of a write the browser died in. */
  swept: number;
}

/** Rebuilds the enrolment, the counter and missing queued records from the mirror. */
export async function recoverFromMirror(
  mirror: OutboxMirror,
  outbox: OutboxDb,
  enrolment: EnrolmentDb,
  now: () => number = Date.now,
): Promise<Recovery> {
  const result: Recovery = {
    enrolmentRestored: false,
    counterAtLeast: 0,
    requeued: [],
    forgotten: 0,
    unreadable: [],
    swept: await mirror.sweep(),
  };

  // The enrolment first: the envelopes are bound to this kiosk's id and sent with its token.
  const kept = await mirror.enrolment();
  if (readSavedEnrolment(kept)) {
    const saved = await enrolment.saveUnlessKept(
      kept,
      (existing) => readSavedEnrolment(existing) !== undefined,
    );
    result.enrolmentRestored = saved === kept;
  }

  const submissions = await mirror.submissions();
  const noted = await mirror.highestCounter();
  result.counterAtLeast = Math.max(noted, ...submissions.map((s) => s.sequence));
  if (result.counterAtLeast > 0) await outbox.raiseCounter(result.counterAtLeast);
  // The counter file is written after a copy, so a page that died may have left copies it
  // does not cover yet; it must before any of them is forgotten.
  if (result.counterAtLeast > noted) {
    await mirror.noteCounter(result.counterAtLeast).catch((error: unknown) => {
      console.error('outbox mirror: counter not written at start-up', error);
    });
  }

  for (const submission of submissions) {
    const record = await outbox.record(submission.id);
    if (record?.state === 'delivered') {
      await mirror.forget(submission.id);
      result.forgotten++;
      continue;
    }
    if (record) continue; // still in the outbox: the mirror is only its copy
    const envelope = await mirror.envelope(submission);
    if (!envelope) {
      // Torn: the write was cut short, so its receipt was never printed (enqueue waits for it).
      result.unreadable.push(submission.trackingCode);
      await mirror.forget(submission.id);
      continue;
    }
    const queued: OutboxRecord = {
      ...submission,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now(),
      leaseUntil: null,
      lastError: null,
      deliveredAt: null,
    };
    if (await outbox.insertIfAbsent(queued, envelope))
      result.requeued.push(submission.trackingCode);
  }
  return result;
}
