// The end-to-end tests' seam, until the wizard exists to make submissions: in a kiosk built
// with VITE_OUTBOX_TEST_SEAM=1 (global-setup's second build, dist/kiosk-e2e) this puts the REAL
// running outbox, delivery loop and enrolment on `window.__dvcOutboxTestSeam`, so tests enqueue
// real sealed submissions in the real page. The normal build never includes this module, and
// an end-to-end test checks that dist/kiosk holds no trace of OUTBOX_TEST_SEAM_GLOBAL.
import type { KioskOutbox } from './kiosk-outbox';
import { outboxErrorText } from './outbox-error-text';

/** The window property the seam sets; tests look for it, and for its absence in dist/kiosk. */
export const OUTBOX_TEST_SEAM_GLOBAL = '__dvcOutboxTestSeam';

/** What tests reach on the page: the running instances, and the sentence a screen would show. */
export interface OutboxTestSeam {
  outbox: KioskOutbox['outbox'];
  sync: KioskOutbox['sync'];
  enrolment: KioskOutbox['enrolment'];
  errorText: typeof outboxErrorText;
}

/** Exposes the running outbox to end-to-end tests; only the test build calls it. */
export function exposeOutboxForTests(running: KioskOutbox): void {
  const seam: OutboxTestSeam = {
    outbox: running.outbox,
    sync: running.sync,
    enrolment: running.enrolment,
    errorText: outboxErrorText,
  };
  Object.defineProperty(globalThis, OUTBOX_TEST_SEAM_GLOBAL, { value: seam, configurable: true });
}
