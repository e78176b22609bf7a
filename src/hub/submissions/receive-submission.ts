// Receiving one sealed submission, exactly once whatever fails: check the envelope belongs to
// the calling kiosk, open it to prove it is whole, keep only hashes of its lookup secret and
// PIN, store the bytes, then the row. A retry at any point (lost answer, crash between blob
// and row, parallel duplicates) ends with one row and the same answer.
import {
  EnvelopeError,
  openSubmission,
  parseEnvelopeHeader,
  type EnvelopeErrorCode,
} from '../../protocol/envelope';
import { derivePin, hashLookupPin, hashLookupSecret } from '../../protocol/lookup-secret';
import { decodeSubmissionPayload } from '../../protocol/submission-payload';
import { parseTrackingCode } from '../../protocol/tracking-code';
import { blobAddress, type BlobStore } from '../blobs/blob-store';
import type { KioskIdentity } from '../enrolment/kiosks';
import type { HubKeys } from '../keys/hub-keys';
import { ApiError } from '../http/api-error';
import type { Database } from '../storage/database';
import { findSubmission, insertSubmission, type SubmissionRow } from './submission-rows';

/** What receiving needs from the hub. */
export interface SubmissionIntakeDeps {
  database: Database;
  blobs: BlobStore;
  hubKeys: HubKeys;
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

// Opens the envelope and reduces its secret to hashes; the plaintext is wiped before returning.
async function lookupHashes(
  deps: SubmissionIntakeDeps,
  envelope: Uint8Array,
  expected: { submissionId: string; kioskId: string; trackingCode: string },
) {
  const { header, payload } = await openSubmission({
    hubPrivateKey: deps.hubKeys.privateKey,
    envelope,
    expected,
  }).catch(refuse);
  try {
    let lookupSecret: string;
    try {
      lookupSecret = decodeSubmissionPayload(payload).lookupSecret;
    } catch (error) {
      refuse(error);
    }
    const code = header.trackingCode;
    return {
      secretHash: await hashLookupSecret(code, lookupSecret),
      pinHash: await hashLookupPin(code, await derivePin(lookupSecret)),
    };
  } finally {
    payload.fill(0);
  }
}

/** Verifies and stores one envelope PUT by `kiosk` at `submissionId`. */
export async function receiveSubmission(
  deps: SubmissionIntakeDeps,
  input: { kiosk: KioskIdentity; submissionId: string; envelope: Uint8Array },
): Promise<ReceivedSubmission> {
  const { kiosk, submissionId, envelope } = input;
  let header;
  try {
    header = parseEnvelopeHeader(envelope);
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

  const sha256 = blobAddress(envelope);
  // A retry of something stored is answered without opening it again.
  const before = await findSubmission(deps.database, submissionId);
  if (before) return sameOrConflict(before, sha256);

  const hashes = await lookupHashes(deps, envelope, {
    submissionId,
    kioskId: kiosk.id,
    trackingCode: header.trackingCode,
  });
  await deps.blobs.put(sha256, envelope);
  const row = await insertSubmission(deps.database, {
    id: submissionId,
    kioskId: kiosk.id,
    trackingCode: header.trackingCode,
    envelopeSha256: sha256,
    envelopeBytes: envelope.length,
    lookupSecretHash: hashes.secretHash,
    lookupPinHash: hashes.pinHash,
    sealedAt,
  });
  if (row) return { status: 201, row };
  const winner = await findSubmission(deps.database, submissionId);
  if (winner) return sameOrConflict(winner, sha256);
  throw new ApiError(
    409,
    'TRACKING_CODE_TAKEN',
    'Another submission already has this tracking code; the kiosk must not reuse a code.',
  );
}
