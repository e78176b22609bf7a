// A gate in front of the page's own requests, so a new version can take over while no
// request is on its way through the outgoing service worker. Chromium stops the outgoing
// worker as the new one starts activating; a request arriving at that moment starts the old
// worker again, and the activation is then left parked until the browser gives up on it
// minutes later. Closing the gate, letting requests in flight finish, and only then asking
// the waiting version to take over removes that window.

type Fetch = typeof globalThis.fetch;

export interface FetchGate {
  /** The page's fetch: passes straight through while open, waits while closed. */
  readonly fetch: Fetch;
  /** Holds new requests until `open()`. */
  close(): void;
  /** Lets held requests go, in the order they were made. */
  open(): void;
  /** Resolves once no request that passed the gate is still in flight. */
  drained(): Promise<void>;
  readonly inFlight: number;
  readonly held: number;
}

export function createFetchGate(inner: Fetch): FetchGate {
  let closed = false;
  let inFlight = 0;
  let held: Array<() => void> = [];
  let waitingForDrain: Array<() => void> = [];

  const settle = () => {
    inFlight -= 1;
    if (inFlight > 0) return;
    const waiters = waitingForDrain;
    waitingForDrain = [];
    for (const resolve of waiters) resolve();
  };

  const pass: Fetch = (input, init) => {
    inFlight += 1;
    let response: Promise<Response>;
    try {
      response = inner(input, init);
    } catch (error) {
      settle();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return response.finally(settle);
  };

  return {
    fetch: (input, init) => {
      if (!closed) return pass(input, init);
      return new Promise<void>((resolve) => held.push(resolve)).then(() => pass(input, init));
    },
    close() {
      closed = true;
    },
    open() {
      closed = false;
      const release = held;
      held = [];
      for (const go of release) go();
    },
    drained() {
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => waitingForDrain.push(resolve));
    },
    get inFlight() {
      return inFlight;
    },
    get held() {
      return held.length;
    },
  };
}
