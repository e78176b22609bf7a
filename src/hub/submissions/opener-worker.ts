// One thread of the opener pool (opener-pool.ts): opens the envelopes it is sent with the
// hub's key and sends each back, bytes included, with what it found.
import { parentPort, workerData } from 'node:worker_threads';
import type { EnvelopeErrorCode } from '../../protocol/envelope';
import { openAndHash } from './envelope-opening';
import { createEnvelopeOpenerForScalar, type OpenedEnvelope } from './open-envelope';

/** A request from the pool: one envelope, its buffer moved here. */
export interface OpenRequest {
  id: number;
  envelope: Uint8Array;
}

/** The answer: the bytes moved back, their hash, and the opened envelope or the refusal. */
export type OpenReply = { id: number; envelope: Uint8Array; sha256: string } & (
  | { ok: true; opened: OpenedEnvelope }
  | { ok: false; code: EnvelopeErrorCode; message: string }
  | { ok: false; fault: string }
);

/** Sent once, when the thread can open envelopes. */
export interface OpenerReady {
  ready: true;
}

/** What the pool gives each thread when it starts. */
export interface OpenerWorkerData {
  scalar: Uint8Array;
}

const port = parentPort;
if (!port) throw new Error('opener-worker runs only as a worker thread');
const { scalar } = workerData as OpenerWorkerData;
const opener = createEnvelopeOpenerForScalar(scalar);
scalar.fill(0);
port.postMessage({ ready: true } satisfies OpenerReady);

port.on('message', ({ id, envelope }: OpenRequest) => {
  let reply: OpenReply;
  try {
    const result = openAndHash(opener, envelope);
    reply = result.ok
      ? { id, envelope, sha256: result.sha256, ok: true, opened: result.opened }
      : {
          id,
          envelope,
          sha256: result.sha256,
          ok: false,
          code: result.error.code,
          message: result.error.message,
        };
  } catch (error) {
    reply = { id, envelope, sha256: '', ok: false, fault: String(error) };
  }
  port.postMessage(reply, [envelope.buffer as ArrayBuffer]);
});
