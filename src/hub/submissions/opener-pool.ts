// Opening envelopes on a pool of worker threads. Opening (an ECDH, a key schedule, AES-GCM
// over every byte, three hashes) is a third of what a PUT costs the hub's one thread; here it
// runs beside that thread, on cores of its own, and the thread keeps HTTP and the database.
// Envelope bytes move to a worker and back without being copied. A thread that dies fails
// only the envelopes it held (answered 500, sent again by their kiosks), and is replaced.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EnvelopeError } from '../../protocol/envelope';
import type { HubKey } from '../../protocol/envelope';
import type { EnvelopeOpening, OpenResult } from './envelope-opening';
import { hubPrivateScalar } from './open-envelope';
import type { OpenReply, OpenRequest, OpenerReady, OpenerWorkerData } from './opener-worker';

/**
 * Threads a hub opens envelopes on, by default: none on two cores or fewer, where the hub's
 * thread and its database already share the machine and a third busy thread only costs the
 * handing over; otherwise one per core beyond those two, at most four.
 */
export function defaultOpenerThreads(cores = availableParallelism()): number {
  return Math.max(0, Math.min(4, cores - 2));
}

const BOOT = new URL('./opener-worker-boot.mjs', import.meta.url);

interface Pending {
  resolve: (result: OpenResult) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Settles when the thread can open envelopes, or has failed before it could. */
  ready: Promise<void>;
}

// A buffer can move to another thread only if the view covers all of it and owns it alone.
function movable(envelope: Uint8Array): Uint8Array {
  const whole = envelope.byteOffset === 0 && envelope.byteLength === envelope.buffer.byteLength;
  return whole && envelope.buffer instanceof ArrayBuffer ? envelope : envelope.slice();
}

/** A pool of opening threads. */
export interface OpenerPool extends EnvelopeOpening {
  /** The threads running now, for health checks and tests. */
  threads(): readonly Worker[];
  /** Resolves once every thread can open envelopes; rejects if one failed to start. */
  ready(): Promise<void>;
}

/**
 * A pool of `size` threads opening envelopes sealed to `hubPrivateKey`. They start at once
 * (loading one takes about half a second), so the first kiosk to deliver does not wait.
 */
export function createOpenerPool(
  hubPrivateKey: HubKey,
  size: number,
  /** The thread's start-up module; tests give one that fails. */
  boot: URL = BOOT,
): OpenerPool {
  if (!Number.isInteger(size) || size < 1) throw new Error('an opener pool needs a thread');
  const scalar = hubPrivateScalar(hubPrivateKey);
  const threads: Array<Thread | undefined> = Array.from({ length: size }, () => undefined);
  let nextId = 1;
  let closed = false;

  const start = (slot: number): Thread => {
    const data: OpenerWorkerData = { scalar };
    const worker = new Worker(boot, { workerData: data });
    // Idle threads never keep the hub's process alive; a pending open is always on a request.
    worker.unref();
    let started: { resolve: () => void; reject: (error: Error) => void } | undefined;
    const ready = new Promise<void>((resolve, reject) => (started = { resolve, reject }));
    ready.catch(() => undefined); // asked for through ready(); a thread may fail unwatched
    const thread: Thread = { worker, pending: new Map(), ready };
    const fail = (error: Error) => {
      if (threads[slot] === thread) threads[slot] = undefined;
      started?.reject(error);
      for (const { reject } of thread.pending.values()) reject(error);
      thread.pending.clear();
    };
    worker.on('message', (reply: OpenReply | OpenerReady) => {
      if ('ready' in reply) return started?.resolve();
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      const { envelope, sha256 } = reply;
      if (reply.ok) waiting.resolve({ envelope, sha256, ok: true, opened: reply.opened });
      else if ('code' in reply) {
        const error = new EnvelopeError(reply.code);
        error.message = reply.message;
        waiting.resolve({ envelope, sha256, ok: false, error });
      } else waiting.reject(new Error(`envelope opener thread: ${reply.fault}`));
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`envelope opener thread stopped (${code})`)));
    threads[slot] = thread;
    return thread;
  };

  // The first start of each thread: a thread that fails it is gone from `threads` by then.
  const firstStarts = Array.from({ length: size }, (_, slot) => start(slot).ready);

  // The thread with the fewest envelopes waiting, started again if it has stopped.
  const pick = (): Thread => {
    let best = 0;
    for (let slot = 1; slot < size; slot++) {
      if ((threads[slot]?.pending.size ?? 0) < (threads[best]?.pending.size ?? 0)) best = slot;
    }
    return threads[best] ?? start(best);
  };

  return {
    open(envelope) {
      if (closed) return Promise.reject(new Error('the envelope opener pool is closed'));
      const thread = pick();
      const id = nextId++;
      const request: OpenRequest = { id, envelope: movable(envelope) };
      return new Promise<OpenResult>((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage(request, [request.envelope.buffer as ArrayBuffer]);
      });
    },
    threads: () => threads.flatMap((thread) => (thread ? [thread.worker] : [])),
    async ready() {
      await Promise.all(firstStarts);
    },
    async close() {
      closed = true;
      scalar.fill(0);
      await Promise.all(threads.map((thread) => thread?.worker.terminate()));
    },
  };
}
