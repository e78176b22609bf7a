// PUT /api/v1/submissions/:id: a kiosk delivers one sealed submission. 201 stored, 200 the
// same bytes again, 409 other bytes under the same id; 413 past the cap before reading it.
import { Hono } from 'hono';
import {
  ENVELOPE_CONTENT_TYPE,
  MAX_ENVELOPE_BYTES,
  SUBMISSION_ID_PATTERN,
  type SubmissionPutResult,
} from '../../protocol/submission';
import { requireKiosk, type KioskEnv } from '../enrolment/kiosk-auth';
import { createKioskTokenCache } from '../enrolment/kiosk-token-cache';
import { ApiError } from '../http/api-error';
import type { HubKeys } from '../keys/hub-keys';
import type { BlobStore } from '../blobs/blob-store';
import type { Database } from '../storage/database';
import type { EnvelopeGate } from '../submissions/envelope-gate';
import { takeEnvelopeBody } from '../submissions/envelope-body';
import { openInThisThread, type EnvelopeOpening } from '../submissions/envelope-opening';
import { createEnvelopeOpener } from '../submissions/open-envelope';
import { createSubmissionWriter } from '../submissions/submission-writer';
import { receiveSubmission, type SubmissionIntakeDeps } from '../submissions/receive-submission';

/** The path pattern the body cap in app.ts names. */
export const SUBMISSION_PUT_PATH = /^\/api\/v1\/submissions\/[^/]+$/;

// Envelopes without photos, or with small ones, are kept in the database with their row: one
// commit instead of a file written and flushed for each. Larger ones, most with photos, go to
// the blob store, so rows stay small in bulk (DESIGN: ~200 GB of envelopes a day city-wide).
const KEEP_IN_DATABASE_MAX_BYTES = 64 * 1024;

/** Submission routes; `envelopeGate` bounds the envelope bytes held in memory at once. */
export function submissionRoutes(deps: {
  database: Database;
  blobs: BlobStore;
  hubKeys: HubKeys;
  envelopeGate: EnvelopeGate;
  spoolDir: string;
  /** Where envelopes are opened; this thread unless the hub set up a pool. */
  opening?: EnvelopeOpening;
}): Hono<KioskEnv> {
  const routes = new Hono<KioskEnv>();
  // The token check may answer from memory: storing re-checks revocation (receive-submission.ts).
  const kiosks = createKioskTokenCache(deps.database);
  const intake: SubmissionIntakeDeps = {
    database: deps.database,
    blobs: deps.blobs,
    opening: deps.opening ?? openInThisThread(createEnvelopeOpener(deps.hubKeys.privateKey)),
    // PGlite runs one statement at a time; PostgreSQL's pool runs a few batches side by side.
    writer: createSubmissionWriter(deps.database, {
      inFlight: deps.database.kind === 'pglite' ? 1 : 4,
    }),
    onRevoked: (kioskId) => kiosks.forget(kioskId),
    keepInDatabaseMaxBytes: KEEP_IN_DATABASE_MAX_BYTES,
  };
  routes.put('/api/v1/submissions/:id', requireKiosk(kiosks.find), async (c) => {
    c.header('Cache-Control', 'no-store');
    const submissionId = c.req.param('id');
    if (!SUBMISSION_ID_PATTERN.test(submissionId)) {
      throw new ApiError(400, 'BAD_SUBMISSION_ID', 'A submission id is a lower-case UUID.');
    }
    const mediaType = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== ENVELOPE_CONTENT_TYPE) {
      throw new ApiError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `Send the envelope as ${ENVELOPE_CONTENT_TYPE}.`,
      );
    }
    const { bytes: envelope, leave } = await takeEnvelopeBody(c, {
      maxBytes: MAX_ENVELOPE_BYTES,
      spoolDir: deps.spoolDir,
      gate: deps.envelopeGate,
    });
    try {
      const { status, row } = await receiveSubmission(intake, {
        kiosk: c.get('kiosk'),
        submissionId,
        envelope,
      });
      return c.json<SubmissionPutResult>(
        {
          submissionId: row.id,
          trackingCode: row.trackingCode,
          outcome: status === 201 ? 'stored' : 'already-stored',
          receivedAt: row.receivedAt.toISOString(),
        },
        status,
      );
    } finally {
      leave();
    }
  });
  return routes;
}
