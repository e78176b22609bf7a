// The submissions table. A row is written once, after its blob, by a single statement that
// also records the first status event and checks, in the same snapshot, that the kiosk is still
// enrolled and unrevoked; one statement may carry many submissions (submission-writer.ts).
// A small envelope has no blob: the same statement keeps its bytes in submission_envelopes.
// A second writer of the same id (a retry, a parallel duplicate) inserts nothing and is told
// about the row that won, so there is never a read-then-write.
import type { Queryable } from '../storage/database';

/** A received submission as stored; the envelope is in submission_envelopes or the blob store. */
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
  /** The envelope, to keep in the database with the row; absent when it is in the blob store. */
  envelope?: Uint8Array;
}

/**
 * What one statement found: whether the kiosk may still submit, and the row under the id,
 * `stored` when this statement wrote it. No row with an active kiosk means a parallel writer
 * is committing the id right now, or the tracking code is taken: ask findSubmission.
 */
export interface SubmissionOutcome {
  kioskActive: boolean;
  stored: boolean;
  row: SubmissionRow | undefined;
}

interface Row {
  kiosk_active: boolean;
  stored: boolean;
  id: string | null;
  kiosk_id: string | null;
  tracking_code: string | null;
  envelope_sha256: string | null;
  envelope_bytes: number | null;
  received_at: Date | null;
}

function outcomeOf(row: Row | undefined): SubmissionOutcome {
  if (!row) throw new Error('the submission statement returned no row');
  const found = row.id !== null && row.received_at !== null;
  return {
    kioskActive: row.kiosk_active,
    stored: row.stored,
    row: found
      ? {
          id: row.id!,
          kioskId: row.kiosk_id!,
          trackingCode: row.tracking_code!,
          envelopeSha256: row.envelope_sha256!,
          envelopeBytes: row.envelope_bytes!,
          receivedAt: row.received_at!,
        }
      : undefined,
  };
}

const COLUMNS = ['id', 'kiosk_id', 'tracking_code', 'envelope_sha256', 'envelope_bytes'];
const BOTH = [...COLUMNS, 'received_at'].map((c) => `coalesce(i.${c}, s.${c}) as ${c}`).join(', ');

// Every part of one statement sees the same snapshot: `s` never shows the rows `inserted`
// adds, and a row a parallel transaction commits while this one waits on the unique index
// shows in neither (hence findSubmission). Times travel as ISO text: the PostgreSQL client
// would send an array of dates typed as a single one. The kept envelopes travel end to end as
// one base64 text, each row naming where its own bytes start: a text array of them costs both
// engines an escaping pass on the way out and a parse on the way in, over every byte, and
// PGlite's bytea arrays are slower still. It is decoded once, for the whole statement.
// Envelope bytes are kept only for rows this statement inserted, so a refused or duplicate
// submission leaves nothing behind.
const STORE = `
  with input as (
    select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int4[], $6::text[],
                         $7::text[], $8::text[]::timestamptz[], $9::int4[])
      with ordinality as t(id, kiosk_id, tracking_code, envelope_sha256, envelope_bytes,
                           lookup_secret_hash, lookup_pin_hash, sealed_at, envelope_at, n)
  ), envelopes as (
    select decode($10::text, 'base64') as bytes
  ), active as (
    select id from kiosks where id in (select kiosk_id from input) and revoked_at is null
  ), inserted as (
    insert into submissions (id, kiosk_id, tracking_code, envelope_sha256, envelope_bytes,
                             lookup_secret_hash, lookup_pin_hash, sealed_at)
    select id, kiosk_id, tracking_code, envelope_sha256, envelope_bytes, lookup_secret_hash,
           lookup_pin_hash, sealed_at
      from input where kiosk_id in (select id from active) order by n
    on conflict do nothing
    returning ${COLUMNS.join(', ')}, received_at
  ), first_event as (
    insert into submission_events (submission_id, status, at, actor)
    select id, 'received', received_at, 'kiosk:' || kiosk_id from inserted
  ), kept as (
    insert into submission_envelopes (sha256, bytes)
    select i.envelope_sha256,
           substring((select bytes from envelopes) from input.envelope_at + 1
                     for input.envelope_bytes)
      from inserted i join input on input.id = i.id
     where input.envelope_at is not null
    on conflict do nothing
  )
  select input.kiosk_id in (select id from active) as kiosk_active,
         i.id is not null as stored, ${BOTH}
    from input
    left join inserted i on i.id = input.id
    left join submissions s on s.id = input.id
   order by input.n`;

const FIND = `
  select exists (select 1 from kiosks where id = $2 and revoked_at is null) as kiosk_active,
         false as stored, ${COLUMNS.map((c) => `s.${c}`).join(', ')}, s.received_at
    from (values (1)) as one
    left join submissions s on s.id = $1`;

/**
 * Inserts each row and its 'received' event, all in one statement, except those of a revoked
 * kiosk and those whose id or tracking code is taken (the unique constraints decide, so
 * parallel duplicates cannot both win; within one call the ids must differ). Outcomes come
 * back in the order of `list`.
 */
export async function storeSubmissions(
  q: Queryable,
  list: readonly NewSubmission[],
): Promise<SubmissionOutcome[]> {
  const column = <T>(pick: (s: NewSubmission) => T) => list.map(pick);
  const { rows } = await q.query<Row>(STORE, [
    column((s) => s.id),
    column((s) => s.kioskId),
    column((s) => s.trackingCode),
    column((s) => s.envelopeSha256),
    column((s) => s.envelopeBytes),
    column((s) => s.lookupSecretHash),
    column((s) => s.lookupPinHash),
    column((s) => s.sealedAt.toISOString()),
    ...keptEnvelopes(list),
  ]);
  if (rows.length !== list.length) throw new Error('the submission statement lost a row');
  return rows.map(outcomeOf);
}

// Where each kept envelope starts in the run of them all (null for one in the blob store), and
// that run in base64. The statement cuts each one out by its row's envelope_bytes.
function keptEnvelopes(list: readonly NewSubmission[]): [(number | null)[], string] {
  const kept: Uint8Array[] = [];
  let length = 0;
  const starts = list.map(({ envelope, envelopeBytes }) => {
    if (!envelope) return null;
    if (envelope.length !== envelopeBytes) throw new Error('envelopeBytes is not its length');
    kept.push(envelope);
    length += envelope.length;
    return length - envelope.length;
  });
  return [starts, Buffer.concat(kept, length).toString('base64')];
}

/** The envelope kept in the database under `sha256`, if it is there (not in the blob store). */
export async function findKeptEnvelope(
  q: Queryable,
  sha256: string,
): Promise<Uint8Array | undefined> {
  const { rows } = await q.query<{ bytes: Uint8Array }>(
    'select bytes from submission_envelopes where sha256 = $1',
    [sha256],
  );
  return rows[0]?.bytes;
}

/** The row under `id`, if any, and whether `kioskId` may still submit. */
export async function findSubmission(
  q: Queryable,
  kioskId: string,
  id: string,
): Promise<SubmissionOutcome> {
  const { rows } = await q.query<Row>(FIND, [id, kioskId]);
  return outcomeOf(rows[0]);
}
