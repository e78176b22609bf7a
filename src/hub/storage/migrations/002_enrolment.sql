-- What enrolment needs beyond 001's kiosks: a name staff recognise, how the kiosk enrolled,
-- what its last heartbeat said, and a fast, unique lookup by token hash for every request.
alter table kiosks
  add column label text,
  add column enrolled_via text not null default 'code',
  add column app_version text,
  add column storage jsonb,
  add column clock_skew_ms bigint;

create unique index kiosks_token_hash on kiosks (token_hash);

-- One-time enrolment codes. Only the hash is kept; a code is used by setting used_at, once,
-- in the same transaction that creates the kiosk.
create table enrolment_codes (
  code_hash text primary key,
  site_id text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  kiosk_id text references kiosks (id)
);

-- The hub's public key(s) kiosks have pinned. A hub that starts with another key pair (a lost
-- DATA_DIR, a second instance without HUB_PRIVATE_KEY) refuses to start instead of answering
-- every submission with "cannot open".
create table hub_keys (
  public_key text primary key,
  created_at timestamptz not null default now()
);
