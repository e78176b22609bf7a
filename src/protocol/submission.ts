// What kiosk and hub say to each other about submissions: ids, paths, bodies and answers.
// Wire objects use `v.object`, which drops unknown keys, so either side can add a field first.
import * as v from 'valibot';
import { normalizeKioskPrefix, normalizeTrackingCode } from './tracking-code';

/** A submission id: a lower-case UUID made once at submit, the idempotency key forever. */
export const SUBMISSION_ID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const SubmissionId = v.pipe(
  v.string(),
  v.regex(SUBMISSION_ID_PATTERN, 'a lower-case UUID such as 0b6f3c1e-…'),
);

/** A kiosk id as the hub assigns it at enrolment: ASCII, 1–64 characters. */
export const KIOSK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const KioskId = v.pipe(
  v.string(),
  v.regex(KIOSK_ID_PATTERN, '1–64 letters, digits, dots, dashes or underscores'),
);

/** A tracking code in its canonical printed form, e.g. K7Q-0042-X. */
export const TrackingCode = v.pipe(
  v.string(),
  v.check((s) => normalizeTrackingCode(s) === s, 'a tracking code such as K7Q-0042-X'),
);

/** A kiosk's tracking-code prefix in canonical form, e.g. K7Q. */
export const KioskPrefix = v.pipe(
  v.string(),
  v.check((s) => normalizeKioskPrefix(s) === s, 'three Crockford base32 symbols such as K7Q'),
);

/** The largest envelope the hub accepts; the kiosk refuses bigger ones before printing. */
export const MAX_ENVELOPE_BYTES = 12 * 1024 * 1024;

/** The media type of an envelope on the wire. */
export const ENVELOPE_CONTENT_TYPE = 'application/octet-stream';

/** Where a kiosk PUTs a sealed submission: 201 stored, 200 same bytes again, 409 other bytes. */
export function submissionPath(submissionId: string): string {
  return `/api/v1/submissions/${submissionId}`;
}

/** The hub's health: answers while the hub and its database are up; kiosks probe it. */
export const HEALTH_PATH = '/api/v1/health';

/** Where a kiosk POSTs its heartbeat. */
export const HEARTBEAT_PATH = '/api/v1/heartbeats';

/** The hub's answer to an enrolment: who the kiosk is and what it needs to seal and send. */
export const EnrolmentResponse = v.object({
  kioskId: KioskId,
  kioskPrefix: KioskPrefix,
  siteId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{2,64}$/)),
  /** Bearer token that can only create submissions and send heartbeats. */
  token: v.pipe(v.string(), v.minLength(16), v.maxLength(512)),
  /** The hub's HPKE public key, pinned by the kiosk: raw P-256 point as base64url. */
  hubPublicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{87}$/, 'a raw P-256 key')),
});
export type EnrolmentResponse = v.InferOutput<typeof EnrolmentResponse>;

/** Body of the hub's 201/200 to a submission PUT. */
export const SubmissionPutResult = v.object({
  submissionId: SubmissionId,
  trackingCode: TrackingCode,
  /** `stored` with 201; `already-stored` with 200 when the same bytes came again. */
  outcome: v.picklist(['stored', 'already-stored']),
  receivedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type SubmissionPutResult = v.InferOutput<typeof SubmissionPutResult>;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** How many submissions a kiosk holds in each state; sent in heartbeats, shown to staff. */
export const OutboxCounts = v.object({
  queued: Count,
  sending: Count,
  deadLetter: Count,
  delivered: Count,
  /** Bytes of ciphertext still waiting on the kiosk. */
  queuedBytes: Count,
  /** Kiosk-clock time (ms) of the oldest undelivered submission, or null. */
  oldestQueuedAt: v.nullable(Count),
});
export type OutboxCounts = v.InferOutput<typeof OutboxCounts>;

/** A kiosk's periodic report: version, outbox and storage, with its own clock for skew. */
export const HeartbeatBody = v.object({
  appVersion: v.pipe(v.string(), v.maxLength(100)),
  sentAt: v.pipe(v.string(), v.isoTimestamp()),
  outbox: OutboxCounts,
  storage: v.optional(v.object({ usage: Count, quota: Count, persisted: v.optional(v.boolean()) })),
});
export type HeartbeatBody = v.InferOutput<typeof HeartbeatBody>;

/** Every 4xx/5xx body from the hub: a stable code and a sentence for staff. */
export const ApiErrorBody = v.object({
  error: v.object({
    code: v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9_]{1,63}$/)),
    message: v.string(),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBody>;
