// Opening envelopes for the intake, in this thread or in a pool of threads (opener-pool.ts).
// Either way the caller hands the envelope over and works on with the bytes it is given back:
// a pool moves them to another thread and back without copying, so the ones handed over are
// no longer readable once `open` is called.
import { EnvelopeError } from '../../protocol/envelope';
import { blobAddress } from '../blobs/blob-store';
import type { EnvelopeOpener, OpenedEnvelope } from './open-envelope';

/** What opening an envelope found: its bytes, their SHA-256, and what they hold or why not. */
export type OpenResult = { envelope: Uint8Array; sha256: string } & (
  { ok: true; opened: OpenedEnvelope } | { ok: false; error: EnvelopeError }
);

/** Opens envelopes sealed to the hub; rejects only for a fault of its own, never for bad bytes. */
export interface EnvelopeOpening {
  open(envelope: Uint8Array): Promise<OpenResult>;
  /** Stops any threads it started. */
  close(): Promise<void>;
}

/** Hashes and opens `envelope` with `opener`, as one step of either kind of opening. */
export function openAndHash(opener: EnvelopeOpener, envelope: Uint8Array): OpenResult {
  const sha256 = blobAddress(envelope);
  try {
    return { envelope, sha256, ok: true, opened: opener.open(envelope) };
  } catch (error) {
    if (error instanceof EnvelopeError) return { envelope, sha256, ok: false, error };
    throw error;
  }
}

/** Opening in the calling thread: for tests, and for a hub told to use no threads. */
export function openInThisThread(opener: EnvelopeOpener): EnvelopeOpening {
  return {
    open: async (envelope) => openAndHash(opener, envelope),
    close: async () => undefined,
  };
}
