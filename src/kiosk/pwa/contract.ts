// Messages between the page and the service worker; no DOM or worker types here.

/** Sent by the page at the attract screen: a waiting version may take over now. */
export const ACTIVATE_WAITING_VERSION = 'activate-waiting-version';

/** Sent by the service worker's `sync` event to wake the page's delivery loop. */
export const WAKE_OUTBOX = 'wake-outbox';
