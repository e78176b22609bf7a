// Receiving one sealed submission, exactly once whatever fails: check the envelope belongs to
// the calling kiosk, open it to prove it is whole, keep only hashes of its lookup secret and
// PIN, store the bytes, then the row; a small envelope's bytes go in the row's own statement,
// one commit for both. A retry at any point (lost answer, crash between blob and row, parallel
// duplicates) ends with one row and the same answer. In the usual case that
// is one database statement, which also checks the kiosk is not revoked (the token check in
// front of it may answer from a cache).
import {
  EnvelopeError,
  parseEnvelopeHeader,
  type EnvelopeErrorCode,
} from '../../protocol/envelope';
import { parseTrackingCode } from '../../protocol/tracking-code';
import type { BlobStore } from '../blobs/blob-store';
import type { KioskIdentity } from '../enrolment/kiosks';
import { ApiError } from '../http/api-error';
import type { Database } from '../storage/database';
import type { EnvelopeOpening } from './envelope-opening';
import {
  findKeptEnvelope,
  findSubmission,
  type SubmissionOutcome,
  type SubmissionRow,
} from './submission-rows';
import type { ExpectedSubmission, SubmissionWriter } from './submission-writer';

/** What receiving needs from the hub. */
export interface SubmissionIntakeDeps {
  database: Database;
  blobs: BlobStore;
  /** Opens envelopes with the hub's private key, here or on other threads. */
  opening: EnvelopeOpening;
  /** Stores rows, several PUTs to a statement under load. */
  writer: SubmissionWriter;
  /** Told when the database says a kiosk the token check let through is revoked. */
  onRevoked?: (kioskId: string) => void;
  /** Envelopes up to this size are kept in the database with their row, not in `blobs`. */
  keepInDatabaseMaxBytes: number;
}

/** 201 when this call stored it, 200 when the same bytes were stored before. */
export interface ReceivedSubmission {
  status: 201 | 200;
  row: SubmissionRow;
}

const REFUSALS: Record<EnvelopeErrorCode, [code: string, message: string]> = {
  TRUNCATED: ['ENVELOPE_MALFORMED', 'The envelope is cut short.'],
  MALFORMED: ['ENVELOPE_MALFORMED', 'The envelope is not laid out as a version 1 envelope.'],
  UNSUPPORTED_VERSION: [
    'ENVELOPE_VERSION_UNSUPPORTED',
    'This hub cannot read that envelope version.',
  ],
  MISMATCH: ['ENVELOPE_MISMATCH', 'The envelope header does not match the request.'],
  OPEN_FAILED: [
    'ENVELOPE_OPEN_FAILED',
    'The envelope does not open with the hub key: it was changed, or sealed to another hub.',
  ],
  BAD_PAYLOAD: ['ENVELOPE_PAYLOAD_INVALID', 'The opened envelope does not hold a submission.'],
  BAD_KEY: ['ENVELOPE_OPEN_FAILED', 'The envelope does not open with the hub key.'],
  BAD_INPUT: ['ENVELOPE_MALFORMED', 'The envelope is not laid out as a version 1 envelope.'],
};

function refuse(error: unknown): never {
  if (!(error instanceof EnvelopeError)) throw error;
  const [code, message] = REFUSALS[error.code];
  throw new ApiError(422, code, message);
}

function sameOrConflict(existing: SubmissionRow, sha256: string): ReceivedSubmission {
  if (existing.envelopeSha256 === sha256) return { status: 200, row: existing };
  throw new ApiError(
    409,
    'SUBMISSION_CONFLICT',
    'The hub already holds other bytes under this submission id; nothing was overwritten.',
  );
}

function revoked(deps: SubmissionIntakeDeps, kioskId: string): never {
  deps.onRevoked?.(kioskId);
  throw new ApiError(403, 'KIOSK_REVOKED', 'This kiosk has been revoked; enrol it again.');
}

// The answer once the statement has run: what it stored or found, or a second look for a row
// a parallel writer committed meanwhile; no row at all means the tracking code is taken.
async function answer(
  deps: SubmissionIntakeDeps,
  kiosk: KioskIdentity,
  submissionId: string,
  sha256: string,
  outcome: SubmissionOutcome,
): Promise<ReceivedSubmission> {
  if (!outcome.kioskActive) revoked(deps, kiosk.id);
  if (outcome.row)
    return outcome.stored ? { status: 201, row: outcome.row } : sameOrConflict(outcome.row, sha256);
  const winner = await findSubmission(deps.database, kiosk.id, submissionId);
  if (!winner.kioskActive) revoked(deps, kiosk.id);
  if (winner.row) return sameOrConflict(winner.row, sha256);
  throw new ApiError(
    409,
    'TRACKING_CODE_TAKEN',
    'Another submission already has this tracking code; the kiosk must not reuse a code.',
  );
}

/** Verifies and stores one envelope PUT by `kiosk` at `submissionId`. */
export async function receiveSubmission(
  deps: SubmissionIntakeDeps,
  input: { kiosk: KioskIdentity; submissionId: string; envelope: Uint8Array },
): Promise<ReceivedSubmission> {
  // The writer may hold a statement back a moment for this one (submission-writer.ts).
  const expected = deps.writer.expect();
  try {
    return await verifyAndStore(deps, input, expected);
  } finally {
    expected.cancel();
  }
}

async function verifyAndStore(
  deps: SubmissionIntakeDeps,
  input: { kiosk: KioskIdentity; submissionId: string; envelope: Uint8Array },
  expected: ExpectedSubmission,
): Promise<ReceivedSubmission> {
  const { kiosk, submissionId } = input;
  let header;
  try {
    header = parseEnvelopeHeader(input.envelope);
  } catch (error) {
    refuse(error);
  }
  const sealedAt = new Date(header.createdAt);
  if (Number.isNaN(sealedAt.getTime())) refuse(new EnvelopeError('MALFORMED'));
  if (header.submissionId !== submissionId) {
    throw new ApiError(
      422,
      'SUBMISSION_ID_MISMATCH',
      'The envelope is for another submission id than the one in the address.',
    );
  }
  if (header.kioskId !== kiosk.id) {
    throw new ApiError(403, 'KIOSK_MISMATCH', 'This envelope was sealed by another kiosk.');
  }
  const code = parseTrackingCode(header.trackingCode);
  if (!code.ok || code.prefix !== kiosk.codePrefix) {
    throw new ApiError(
      403,
      'TRACKING_CODE_NOT_THIS_KIOSK',
      "The tracking code does not start with this kiosk's prefix.",
    );
  }
  // From here on the bytes are the ones opening gives back (see envelope-opening.ts).
  const result = await deps.opening.open(input.envelope);
  const { envelope, sha256 } = result;
  if (!result.ok) {
    // Bytes that do not open may still be other bytes under an id already stored: that is a
    // conflict (409), as it would be had they opened, not a broken envelope.
    expected.cancel();
    const before = await findSubmission(deps.database, kiosk.id, submissionId);
    if (!before.kioskActive) revoked(deps, kiosk.id);
    if (before.row) return sameOrConflict(before.row, sha256);
    refuse(result.error);
  }
  const { opened } = result;
  const keep = envelope.length <= deps.keepInDatabaseMaxBytes;
  if (!keep) await deps.blobs.put(sha256, envelope);
  const outcome = await expected.store({
    id: submissionId,
    kioskId: kiosk.id,
    trackingCode: header.trackingCode,
    envelopeSha256: sha256,
    envelopeBytes: envelope.length,
    lookupSecretHash: opened.lookupSecretHash,
    lookupPinHash: opened.lookupPinHash,
    sealedAt,
    ...(keep ? { envelope } : {}),
  });
  return answer(deps, kiosk, submissionId, sha256, outcome);
}

/** The bytes of a stored envelope, from the database or the blob store, wherever it was kept. */
export async function readEnvelope(
  deps: Pick<SubmissionIntakeDeps, 'database' | 'blobs'>,
  sha256: string,
): Promise<Uint8Array | undefined> {
  return (await findKeptEnvelope(deps.database, sha256)) ?? deps.blobs.get(sha256);
}
