-- Sealed submissions as the hub received them. The envelope itself lives in the blob store,
-- named by its SHA-256; the row is written after the blob, so a row always has its bytes.
-- The lookup secret and PIN are kept only as hashes (see src/protocol/lookup-secret.ts).
create table submissions (
  id uuid primary key,
  kiosk_id text not null references kiosks (id),
  tracking_code text not null unique,
  envelope_sha256 text not null,
  envelope_bytes integer not null,
  lookup_secret_hash text not null,
  lookup_pin_hash text not null,
  sealed_at timestamptz not null,
  received_at timestamptz not null default now(),
  status text not null default 'received'
);

create index submissions_kiosk_id on submissions (kiosk_id);
create index submissions_received_at on submissions (received_at);

-- Every status change with its time and note; the first is 'received', written with the row.
create table submission_events (
  id bigint generated always as identity primary key,
  submission_id uuid not null references submissions (id),
  status text not null,
  at timestamptz not null default now(),
  note text not null default '',
  actor text not null
);

create index submission_events_submission_id on submission_events (submission_id, at);
