// Acting like a kiosk with a hub: an enrolled outbox, its delivery loop and the fake hub,
// all on one manual clock, plus a way to let the loop run until it has nothing left to do.
import type { KioskCredentials } from '../delivery-attempt';
import type { Outbox } from '../outbox';
import { OutboxSync } from '../sync';
import { createFakeHub } from './fake-hub';
import { ManualClock, outboxInPlace, residentSubmission, seededRandom } from './outbox-fixtures';

/** An enrolled kiosk, its loop (not started) and a fake hub; `newSync` makes a second page's loop. */
export async function kioskWithHub(
  options: { credentials?: () => KioskCredentials | undefined } = {},
) {
  const clock = new ManualClock();
  const env = await outboxInPlace({ clock });
  const hub = createFakeHub();
  const token = hub.token; // what enrolment gave this kiosk
  const credentials = options.credentials ?? (() => ({ hubUrl: 'https://hub.test/', token }));
  const newSync = (store = env.store) =>
    new OutboxSync(store, credentials, {
      fetch: (input, init) => hub.fetch(input, init), // tests may wrap hub.fetch later
      now: clock.now,
      random: seededRandom(7),
      timers: clock,
    });
  return { ...env, hub, clock, sync: newSync(), newSync };
}

/** Runs the loop and every timer it sets until it has nothing left to do. */
export async function runUntilQuiet(sync: OutboxSync, clock: ManualClock, maxTimers = 20_000) {
  await sync.idle();
  for (let fired = 0; clock.fireNext(); fired++) {
    if (fired > maxTimers) throw new Error('the loop never went quiet');
    await sync.idle();
  }
}

/** Residents submit `n` times; returns the submission ids in order. */
export async function enqueueMany(outbox: Outbox, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await outbox.enqueue(residentSubmission())).submissionId);
  return ids;
}
