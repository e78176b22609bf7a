// The submissions table. A row is written once, after its blob, by a single statement that
// also records the first status event; a second writer of the same id (a retry, a parallel
// duplicate) inserts nothing and reads the row that won, so there is never a read-then-write.
import type { Queryable } from '../storage/database';

/** A received submission as stored; the envelope itself is in the blob store. */
export interface SubmissionRow {
  id: string;
  kioskId: string;
  trackingCode: string;
  envelopeSha256: string;
  envelopeBytes: number;
  receivedAt: Date;
}

/** What the hub learnt from an opened envelope, ready to store. */
export interface NewSubmission {
  id: string;
  kioskId: string;
  trackingCode: string;
  envelopeSha256: string;
  envelopeBytes: number;
  lookupSecretHash: string;
  lookupPinHash: string;
  sealedAt: Date;
}

interface Row {
  id: string;
  kiosk_id: string;
  tracking_code: string;
  envelope_sha256: string;
  envelope_bytes: number;
  received_at: Date;
}

function fromRow(row: Row): SubmissionRow {
  return {
    id: row.id,
    kioskId: row.kiosk_id,
    trackingCode: row.tracking_code,
    envelopeSha256: row.envelope_sha256,
    envelopeBytes: row.envelope_bytes,
    receivedAt: row.received_at,
  };
}

const COLUMNS = 'id, kiosk_id, tracking_code, envelope_sha256, envelope_bytes, received_at';

/** The submission with this id, if the hub has it. */
export async function findSubmission(q: Queryable, id: string): Promise<SubmissionRow | undefined> {
  const { rows } = await q.query<Row>(`select ${COLUMNS} from submissions where id = $1`, [id]);
  return rows[0] && fromRow(rows[0]);
}

/**
 * Inserts the row and its 'received' event; undefined when the id or the tracking code is
 * taken already (the unique constraints decide, so parallel duplicates cannot both win).
 */
export async function insertSubmission(
  q: Queryable,
  s: NewSubmission,
): Promise<SubmissionRow | undefined> {
  const { rows } = await q.query<Row>(
    `with inserted as (
       insert into submissions (id, kiosk_id, tracking_code, envelope_sha256, envelope_bytes,
                                lookup_secret_hash, lookup_pin_hash, sealed_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict do nothing
       returning ${COLUMNS}
     ), first_event as (
       insert into submission_events (submission_id, status, at, actor)
       select id, 'received', received_at, 'kiosk:' || kiosk_id from inserted
     )
     select ${COLUMNS} from inserted`,
    [
      s.id,
      s.kioskId,
      s.trackingCode,
      s.envelopeSha256,
      s.envelopeBytes,
      s.lookupSecretHash,
      s.lookupPinHash,
      s.sealedAt,
    ],
  );
  return rows[0] && fromRow(rows[0]);
}
