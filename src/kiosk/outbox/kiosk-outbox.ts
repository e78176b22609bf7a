// Start-up of everything that delivers submissions: recovery from the outbox mirror, the
// enrolment (saved, or automatic for the local demo), the outbox with its delivery loop, and
// the heartbeat. main.tsx loads this module
// after the first screen renders, so sealing and storage code stay off the attract screen;
// screens that need the outbox call kioskOutbox() through a dynamic import as well.
import type { KioskEnrolmentKeeper } from '../enrolment/enrolment-keeper';
import { kioskEnrolment, kioskEnrolmentDb } from '../enrolment/kiosk-enrolment';
import { startHeartbeat, type Heartbeat } from './heartbeat';
import { opfsFolder } from './opfs-folder';
import { OutboxDb } from './outbox-db';
import { OutboxMirror } from './outbox-mirror';
import { recoverFromMirror } from './outbox-recovery';
import { startOutbox, type OutboxRuntime } from './outbox-runtime';

declare global {
  interface ImportMetaEnv {
    /** '1' only in the end-to-end tests' second build: see outbox-test-seam.ts. */
    readonly VITE_OUTBOX_TEST_SEAM?: string;
  }
}

/** The page's running outbox, its enrolment and its heartbeat. */
export interface KioskOutbox extends OutboxRuntime {
  enrolment: KioskEnrolmentKeeper;
  heartbeat: Heartbeat;
}

let running: KioskOutbox | undefined;

/** Starts delivery on the first call (enrolment, loop, heartbeat); later calls return the same. */
export function kioskOutbox(): KioskOutbox {
  if (running) return running;
  const enrolment = kioskEnrolment();
  const db = new OutboxDb();
  const folder = opfsFolder();
  const mirror = folder && new OutboxMirror(folder);
  // Nothing reads the enrolment or the queue before the mirror has put back what was lost.
  const recovered = mirror
    ? recoverFromMirror(mirror, db, kioskEnrolmentDb()).then(
        (recovery) => {
          if (recovery.enrolmentRestored || recovery.requeued.length || recovery.unreadable.length)
            console.warn('outbox recovered from its mirror', recovery);
        },
        (error: unknown) => console.error('outbox mirror not read', error),
      )
    : Promise.resolve();
  const runtime = startOutbox(() => enrolment.current(), { db, mirror, ready: recovered });
  const heartbeat = startHeartbeat({
    appVersion: __APP_VERSION__,
    counts: () => runtime.outbox.counts(),
    credentials: () => enrolment.current(),
    sync: runtime.sync,
  });
  const stopListening = enrolment.subscribe((status) => {
    if (status.state !== 'enrolled') return;
    void runtime.outbox.store.mirrorEnrolment(status.enrolment).catch((error: unknown) => {
      console.error('outbox mirror: enrolment not written', error);
    });
    runtime.sync.trigger('enrolled');
    heartbeat.beat();
  });
  const retryEnrolment = () => enrolment.retryNow();
  globalThis.addEventListener?.('online', retryEnrolment);
  void recovered.then(() => enrolment.start());
  running = {
    ...runtime,
    enrolment,
    heartbeat,
    stop() {
      globalThis.removeEventListener?.('online', retryEnrolment);
      stopListening();
      enrolment.stop();
      heartbeat.stop();
      runtime.stop();
      running = undefined;
    },
  };
  // Vite replaces the flag with a constant, so the normal build drops this import entirely.
  if (import.meta.env.VITE_OUTBOX_TEST_SEAM === '1') {
    const exposed = running;
    void import('./outbox-test-seam').then((seam) => seam.exposeOutboxForTests(exposed));
  }
  return running;
}
